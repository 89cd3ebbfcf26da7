package vn.egov.console.mailbox.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.time.ProvinceTime;
import vn.egov.console.base.ui.Notifications;
import vn.egov.console.base.ui.ReasonDialog;
import vn.egov.console.base.ui.ViewHeader;
import vn.egov.console.base.ui.WrappingHeader;
import vn.egov.console.mailbox.MailboxRequestRow;
import vn.egov.console.mailbox.MailboxRequestService;
import vn.egov.console.mailbox.MailboxRow;
import vn.egov.console.mailbox.MailboxService;
import vn.egov.console.mailbox.RequestStatus;
import vn.egov.console.organization.UnitService;
import vn.egov.console.security.Actor;
import vn.egov.console.security.CurrentUser;
import vn.egov.console.security.Role;

/**
 * Mailbox requests: units file them here; an IT officer's request first waits for the unit head, who approves or
 * returns it here; the DIC approves or rejects them (with a reason) and provisions the approved mailboxes on the mail
 * server.
 */
@Route("mailboxes/requests")
@PermitAll
@Menu(title = "nav.mailboxRequests", order = 31, icon = "vaadin:envelope-open-o")
public class MailboxRequestsView extends Div implements HasDynamicTitle {

    private final MailboxRequestService requests;
    private final MailboxService mailboxes;
    private final Actor actor;
    final Grid<MailboxRequestRow> grid = new Grid<>();
    final Grid<MailboxRow> awaiting = new Grid<>();
    final Select<RequestStatus> status = new Select<>();
    final Button create = new Button();
    private final Div awaitingPanel = new Div();

    MailboxRequestsView(MailboxRequestService requests, MailboxService mailboxes, UnitService units,
                        CurrentUser currentUser) {
        this.requests = requests;
        this.mailboxes = mailboxes;
        this.actor = currentUser.require();
        addClassName("page");
        create.setId("new-request");
        create.setText(getTranslation("mailboxRequest.new.title"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> new NewRequestDialog(requests, units.listActive(), this::refresh).open());
        ViewHeader header = new ViewHeader(getTranslation("nav.mailboxRequests"),
                getTranslation("mailboxRequest.subtitle"));
        if (actor.role() != Role.LEADER) header.actions(create);
        status.setLabel(getTranslation("mailbox.col.status"));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("mailbox.filter.allStatuses"));
        status.setItems(RequestStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("mailbox.filter.allStatuses")
                : getTranslation(s.translationKey()));
        status.addValueChangeListener(e -> refresh());
        if (actor.isAdmin()) status.setValue(RequestStatus.PENDING);
        Div bar = new Div(status);
        bar.addClassName("toolbar");
        add(header);
        if (actor.isAdmin()) add(awaitingPanel());
        add(bar, requestGrid());
        refresh();
    }

    private Component requestGrid() {
        grid.setId("request-grid");
        grid.setEmptyStateText(getTranslation("mailboxRequest.empty"));
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.addColumn(r -> getTranslation(r.kind().translationKey())).setHeader(new WrappingHeader(getTranslation("mailboxRequest.kind")))
                .setWidth("6rem").setFlexGrow(0);
        grid.addColumn(MailboxRequestRow::holderName).setHeader(getTranslation("mailbox.col.holderName"))
                .setWidth("9rem").setFlexGrow(2);
        grid.addColumn(r -> r.address() == null ? "" : r.address()).setHeader(getTranslation("mailbox.col.address"))
                .setWidth("8rem").setFlexGrow(2);
        grid.addColumn(MailboxRequestRow::unitName).setHeader(getTranslation("mailbox.col.unitName"))
                .setWidth("9rem").setFlexGrow(2);
        grid.addColumn(r -> r.requestedBy() + " · " + Formats.dateTime(r.requestedAt().atZone(ProvinceTime.ZONE)))
                .setHeader(getTranslation("mailboxRequest.requested")).setWidth("8rem").setFlexGrow(0);
        grid.addComponentColumn(r -> {
            boolean atHead = r.status() == RequestStatus.PENDING && r.approval().awaitingHead();
            Span badge = new Span(getTranslation(atHead ? r.approval().step().translationKey()
                    : r.status().translationKey()));
            badge.getElement().getThemeList().add("badge " + switch (r.status()) {
                case PENDING -> atHead ? "contrast" : "";
                case APPROVED -> "success";
                case REJECTED -> "error";
                case RETURNED -> "error";
            });
            if (r.decisionReason() != null) badge.setTitle(r.decisionReason());
            return badge;
        }).setHeader(getTranslation("mailbox.col.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.note() == null ? "" : r.note()).setHeader(getTranslation("mailboxRequest.note"))
                .setWidth("9rem").setFlexGrow(2);
        if (actor.isAdmin()) {
            // kept in view on narrow screens: deciding is what the DIC comes here for
            grid.addComponentColumn(this::decisionButtons).setHeader(getTranslation("mailboxRequest.decision"))
                    .setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        } else if (actor.role() != Role.LEADER) {
            grid.addComponentColumn(this::headButtons).setHeader(getTranslation("mailboxRequest.decision"))
                    .setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        }
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component decisionButtons(MailboxRequestRow r) {
        Div buttons = new Div();
        buttons.addClassName("row-actions");
        if (r.status() != RequestStatus.PENDING) {
            if (r.decisionReason() != null) buttons.add(new Span(r.decisionReason()));
            return buttons;
        }
        Button approve = new Button(getTranslation("mailboxRequest.approve"), e -> {
            try {
                requests.approve(r.id(), r.version());
                Notifications.success(getTranslation("mailboxRequest.approved", r.holderName()));
                refresh();
            } catch (BusinessException ex) {
                Notifications.error(ex);
            }
        });
        approve.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.SUCCESS);
        approve.setId("approve-" + r.id());
        Button reject = new Button(getTranslation("mailboxRequest.reject"), e -> new ReasonDialog(
                getTranslation("mailboxRequest.reject"), getTranslation("mailboxRequest.reject"), why -> {
                    requests.reject(r.id(), r.version(), why);
                    Notifications.success(getTranslation("mailboxRequest.rejected", r.holderName()));
                    refresh();
                }).open());
        reject.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
        reject.setId("reject-" + r.id());
        buttons.add(approve, reject);
        return buttons;
    }

    /** A unit head decides an officer's request here; everyone in the unit reads why a request was sent back. */
    private Component headButtons(MailboxRequestRow r) {
        Div buttons = new Div();
        buttons.addClassName("row-actions");
        if (!requests.canDecide(r)) {
            if (r.decisionReason() != null) {
                Span reason = new Span(r.decisionReason());
                reason.setId("reason-" + r.id());
                buttons.add(reason);
            }
            return buttons;
        }
        Button approve = new Button(getTranslation("approval.approve"), e -> {
            try {
                requests.approveAsHead(r.id(), r.version());
                Notifications.success(getTranslation("approval.approved", r.holderName()));
                refresh();
            } catch (BusinessException ex) {
                Notifications.error(ex);
            }
        });
        approve.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.SUCCESS);
        approve.setId("head-approve-" + r.id());
        Button giveBack = new Button(getTranslation("approval.return"), e -> new ReasonDialog(
                getTranslation("approval.return"), getTranslation("approval.return"), why -> {
                    requests.returnToOfficer(r.id(), r.version(), why);
                    Notifications.success(getTranslation("approval.returned", r.holderName()));
                    refresh();
                }).open());
        giveBack.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
        giveBack.setId("head-return-" + r.id());
        buttons.add(approve, giveBack);
        return buttons;
    }

    private Component awaitingPanel() {
        awaiting.setId("awaiting-grid");
        awaiting.setEmptyStateText(getTranslation("mailboxRequest.awaitingEmpty"));
        awaiting.addColumn(MailboxRow::address).setHeader(getTranslation("mailbox.col.address")).setFlexGrow(2);
        awaiting.addColumn(MailboxRow::holderName).setHeader(getTranslation("mailbox.col.holderName")).setFlexGrow(2);
        awaiting.addColumn(MailboxRow::unitName).setHeader(getTranslation("mailbox.col.unitName")).setFlexGrow(2);
        awaiting.addColumn(r -> Formats.date(r.requestedOn())).setHeader(getTranslation("mailboxRequest.requested"))
                .setAutoWidth(true);
        awaiting.addComponentColumn(m -> {
            Button provision = new Button(getTranslation("mailbox.action.provision"), e -> {
                try {
                    mailboxes.provision(m.id(), m.version());
                    Notifications.success(getTranslation("mailbox.provisioned", m.address()));
                    refresh();
                } catch (BusinessException ex) {
                    Notifications.error(ex);
                }
            });
            provision.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
            provision.setId("provision-" + m.id());
            return provision;
        }).setAutoWidth(true).setFlexGrow(0);
        awaiting.setAllRowsVisible(true);
        awaitingPanel.add(new H2(getTranslation("mailboxRequest.awaiting")), awaiting);
        awaitingPanel.addClassName("panel");
        return awaitingPanel;
    }

    void refresh() {
        grid.setItems(requests.list(status.getValue(), 500));
        if (actor.isAdmin()) {
            var rows = mailboxes.awaitingProvisioning(200);
            awaiting.setItems(rows);
            awaitingPanel.setVisible(!rows.isEmpty());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.mailboxRequests") + " · " + getTranslation("app.title");
    }

}
