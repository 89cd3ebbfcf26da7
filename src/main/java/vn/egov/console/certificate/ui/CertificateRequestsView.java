package vn.egov.console.certificate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.function.Consumer;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.time.ProvinceTime;
import vn.egov.console.base.ui.Notifications;
import vn.egov.console.base.ui.ReasonDialog;
import vn.egov.console.base.ui.ViewHeader;
import vn.egov.console.base.ui.WrappingHeader;
import vn.egov.console.certificate.CertificateService;
import vn.egov.console.certificate.RequestRow;
import vn.egov.console.certificate.RequestStatus;

/**
 * Certificate requests: units file them (new, and from a certificate's page renewal, revocation, lost token); a unit
 * head approves or returns their officers' requests here; the DIC processes approved ones here, oldest first.
 */
@Route("certificates/requests")
@PermitAll
public class CertificateRequestsView extends Div implements HasDynamicTitle {

    private final CertificateService service;
    private final boolean admin;
    final Grid<RequestRow> grid = new Grid<>();
    final Checkbox openOnly = new Checkbox();
    private Grid.Column<RequestRow> resolution;
    final Button newRequest = new Button();
    final Button issue = new Button();
    final Button revoke = new Button();
    final Button reject = new Button();
    final Button open = new Button();
    final Button headApprove = new Button();
    final Button headReturn = new Button();

    CertificateRequestsView(CertificateService service) {
        this.service = service;
        this.admin = service.isAdmin();
        addClassName("page");
        addClassName("page-fill");
        add(header(), toolbar(), grid());
        refresh();
    }

    private ViewHeader header() {
        ViewHeader header = new ViewHeader(getTranslation("nav.certificateRequests"),
                getTranslation(admin ? "certificate.requests.subtitleAdmin" : "certificate.requests.subtitle"));
        newRequest.setText(getTranslation("certificate.action.requestNew"));
        newRequest.setIcon(VaadinIcon.PLUS.create());
        newRequest.addThemeVariants(ButtonVariant.PRIMARY);
        newRequest.addClickListener(e -> new NewRequestDialog(service, r -> refresh()).open());
        issue.setText(getTranslation("certificate.action.issue"));
        issue.addThemeVariants(ButtonVariant.PRIMARY);
        issue.addClickListener(e -> selected().ifPresent(r -> new IssueDialog(service, r, c -> refresh()).open()));
        revoke.setText(getTranslation("certificate.action.revoke"));
        revoke.addThemeVariants(ButtonVariant.ERROR);
        revoke.addClickListener(e -> selected().ifPresent(r -> decide(getTranslation("certificate.action.revoke"),
                reason -> service.processRevocation(r.id(), r.version(), reason))));
        reject.setText(getTranslation("certificate.action.reject"));
        reject.addClickListener(e -> selected().ifPresent(r -> decide(getTranslation("certificate.action.reject"),
                reason -> service.reject(r.id(), r.version(), reason))));
        open.setText(getTranslation("certificate.action.open"));
        open.addClickListener(e -> selected().filter(r -> r.certificateId() != null)
                .ifPresent(r -> getUI().ifPresent(ui -> ui.navigate("certificates/" + r.certificateId()))));
        headApprove.setText(getTranslation("approval.approve"));
        headApprove.setId("head-approve");
        headApprove.addThemeVariants(ButtonVariant.SUCCESS);
        headApprove.addClickListener(e -> selected().ifPresent(r -> {
            try {
                service.approveAsHead(r.id(), r.version());
                Notifications.success(getTranslation("approval.approved", r.holderName()));
                refresh();
            } catch (vn.egov.console.base.error.BusinessException ex) {
                Notifications.error(ex);
            }
        }));
        headReturn.setText(getTranslation("approval.return"));
        headReturn.setId("head-return");
        headReturn.addClickListener(e -> selected().ifPresent(r -> decide(getTranslation("approval.return"),
                reason -> service.returnToOfficer(r.id(), r.version(), reason))));
        if (admin) header.actions(issue, revoke, reject, open);
        else if (service.canRequest()) header.actions(newRequest, headApprove, headReturn, open);
        else header.actions(open);
        updateButtons(null);
        return header;
    }

    private Div toolbar() {
        openOnly.setLabel(getTranslation("certificate.requests.openOnly"));
        openOnly.setValue(true);
        openOnly.addValueChangeListener(e -> refresh());
        Div bar = new Div(openOnly);
        bar.addClassName("toolbar");
        return bar;
    }

    private Grid<RequestRow> grid() {
        grid.setId("certificate-requests");
        grid.setEmptyStateText(getTranslation("certificate.requests.empty"));
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.addColumn(r -> getTranslation(r.type().translationKey()))
                .setHeader(new WrappingHeader(getTranslation("certificate.requestType"))).setWidth("6.5rem")
                .setFlexGrow(0);
        grid.addColumn(RequestRow::holderName).setHeader(getTranslation("certificate.holder")).setWidth("10rem")
                .setFlexGrow(2).setResizable(true);
        grid.addColumn(RequestRow::unitName).setHeader(getTranslation("certificate.unit")).setWidth("10rem")
                .setFlexGrow(2).setResizable(true);
        grid.addColumn(r -> getTranslation(r.kind().translationKey())).setHeader(getTranslation("certificate.kind"))
                .setWidth("7rem").setFlexGrow(0);
        // who and when in one cell, as on the mailbox requests
        grid.addColumn(r -> r.requestedBy() + " · " + Formats.dateTime(r.requestedAt().atZone(ProvinceTime.ZONE)))
                .setHeader(getTranslation("certificate.requested")).setWidth("9rem").setFlexGrow(0);
        grid.addComponentColumn(r -> {
            boolean atHead = r.status() == RequestStatus.OPEN && r.approval().awaitingHead();
            Span badge = new Span(getTranslation(atHead ? r.approval().step().translationKey()
                    : r.status().translationKey()));
            badge.getElement().getThemeList().add(r.status() == RequestStatus.OPEN && !atHead ? "badge" : "badge contrast");
            return badge;
        }).setHeader(getTranslation("certificate.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.reason() == null ? "" : r.reason()).setHeader(getTranslation("certificate.reason"))
                .setWidth("9rem").setFlexGrow(2).setResizable(true);
        // a returned request's resolution is the head's reason: the officer reads it here
        resolution = grid.addColumn(r -> r.resolution() == null ? "" : r.resolution())
                .setHeader(getTranslation("certificate.resolution")).setWidth("8rem").setFlexGrow(1);
        grid.asSingleSelect().addValueChangeListener(e -> updateButtons(e.getValue()));
        grid.addClassName("fill");
        return grid;
    }

    private void updateButtons(RequestRow r) {
        boolean isOpen = r != null && r.status() == RequestStatus.OPEN;
        issue.setEnabled(isOpen && r.type().issues());
        revoke.setEnabled(isOpen && !r.type().issues());
        reject.setEnabled(isOpen);
        open.setEnabled(r != null && r.certificateId() != null);
        boolean decides = r != null && !admin && service.canDecide(r);
        headApprove.setVisible(decides);
        headReturn.setVisible(decides);
    }

    private java.util.Optional<RequestRow> selected() {
        return java.util.Optional.ofNullable(grid.asSingleSelect().getValue());
    }

    private void decide(String title, Consumer<String> decision) {
        new ReasonDialog(title, getTranslation("certificate.confirm"), reason -> {
            decision.accept(reason);
            Notifications.success(getTranslation("certificate.saved"));
            refresh();
        }).open();
    }

    void refresh() {
        grid.setItems(service.requests(null, openOnly.getValue()));
        resolution.setVisible(!openOnly.getValue()); // open requests have no resolution yet
        updateButtons(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.certificateRequests") + " · " + getTranslation("app.title");
    }
}
