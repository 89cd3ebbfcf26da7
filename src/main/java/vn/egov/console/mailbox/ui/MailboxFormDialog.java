package vn.egov.console.mailbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import java.util.function.Supplier;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.text.TextInput;
import vn.egov.console.base.text.TextLimits;
import vn.egov.console.base.ui.FormError;
import vn.egov.console.base.ui.Notifications;
import vn.egov.console.base.ui.ReasonDialog;
import vn.egov.console.mailbox.HolderKind;
import vn.egov.console.mailbox.MailboxDraft;
import vn.egov.console.mailbox.MailboxRequestService;
import vn.egov.console.mailbox.MailboxRow;
import vn.egov.console.mailbox.MailboxService;
import vn.egov.console.mailbox.MailboxStatus;
import vn.egov.console.organization.UnitService;
import vn.egov.console.organization.UnitSummary;
import vn.egov.console.security.Actor;
import vn.egov.console.security.Role;

/**
 * View, edit or create a mailbox, and the lifecycle actions that fit its status. The service validates; its message
 * is shown above the form and the user's input stays. Unit users may edit the holder's name and position only.
 */
class MailboxFormDialog extends Dialog {

    final TextField address = new TextField();
    final Select<HolderKind> kind = new Select<>();
    final TextField holderName = new TextField();
    final TextField position = new TextField();
    final ComboBox<UnitSummary> unit = new ComboBox<>();
    final IntegerField quota = new IntegerField();
    final FormError error = new FormError();
    final Button save = new Button();
    final Button provision = new Button();
    final Button suspend = new Button();
    final Button reactivate = new Button();
    final Button closeMailbox = new Button();
    final Button requestClosure = new Button();
    final Button history = new Button();

    MailboxFormDialog(MailboxService service, MailboxRequestService requests, UnitService units, Actor actor,
                      MailboxRow existing, Consumer<MailboxRow> changed) {
        setHeaderTitle(existing == null ? getTranslation("mailbox.dialog.create") : existing.address());
        boolean admin = actor.isAdmin();
        boolean unitUser = actor.role() == Role.UNIT_HEAD || actor.role() == Role.UNIT_OFFICER;
        boolean editable = existing == null || existing.status() != MailboxStatus.CLOSED && (admin || unitUser);

        address.setLabel(getTranslation("mailbox.col.address"));
        address.setHelperText(getTranslation("mailbox.address.help", String.join(", ", service.domains())));
        address.setRequiredIndicatorVisible(true);
        address.setMaxLength(254);
        kind.setLabel(getTranslation("mailbox.col.holderKind"));
        kind.setItems(HolderKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.translationKey()));
        holderName.setLabel(getTranslation("mailbox.col.holderName"));
        holderName.setRequiredIndicatorVisible(true);
        TextInput.limit(holderName, TextLimits.PERSON_NAME);
        position.setLabel(getTranslation("mailbox.col.position"));
        TextInput.limit(position, TextLimits.PERSON_NAME);
        unit.setLabel(getTranslation("mailbox.col.unitName"));
        unit.setItems(units.listActive());
        unit.setItemLabelGenerator(u -> u.name() + " (" + u.code() + ")");
        unit.setRequiredIndicatorVisible(true);
        quota.setLabel(getTranslation("mailbox.col.quotaMb"));
        quota.setMin(0);
        quota.setMax(MailboxService.MAX_QUOTA_MB);

        FormLayout form = new FormLayout(address, kind, holderName, position, unit, quota);
        form.setColspan(address, 2);
        form.setColspan(unit, 2);
        add(error);
        if (existing != null) {
            address.setValue(existing.address());
            kind.setValue(existing.holderKind());
            holderName.setValue(existing.holderName());
            position.setValue(existing.position() == null ? "" : existing.position());
            unit.getListDataView().getItems().filter(u -> u.id() == existing.unitId()).findFirst()
                    .ifPresent(unit::setValue);
            quota.setValue(existing.quotaMb());
            Span facts = new Span(getTranslation("mailbox.facts", getTranslation(existing.status().translationKey()),
                    Formats.date(existing.activatedOn()), Formats.date(existing.lastLogin()),
                    Formats.date(existing.closedOn())));
            facts.addClassName("mailbox-facts");
            add(facts);
        } else {
            kind.setValue(HolderKind.PERSON);
        }
        add(form);
        address.setReadOnly(!editable || !admin);
        kind.setReadOnly(!editable || !admin);
        unit.setReadOnly(!editable || !admin);
        quota.setReadOnly(!editable || !admin);
        holderName.setReadOnly(!editable);
        position.setReadOnly(!editable);

        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setVisible(editable);
        save.addClickListener(e -> run(() -> {
            var draft = new MailboxDraft(address.getValue(), kind.getValue(), holderName.getValue(),
                    position.getValue(), unit.getValue() == null ? null : unit.getValue().id(), quota.getValue());
            return existing == null ? service.create(draft) : service.update(existing.id(), existing.version(), draft);
        }, "mailbox.saved", changed));
        Button cancel = new Button(getTranslation("common.close"), e -> close());

        if (existing != null) {
            long id = existing.id();
            long version = existing.version();
            provision.setText(getTranslation("mailbox.action.provision"));
            provision.addClickListener(e -> run(() -> service.provision(id, version), "mailbox.provisioned", changed));
            suspend.setText(getTranslation("mailbox.action.suspend"));
            suspend.addClickListener(e -> new ReasonDialog(getTranslation("mailbox.action.suspend"),
                    getTranslation("mailbox.action.suspend"), why -> done(service.suspend(id, version, why),
                    "mailbox.suspended", changed)).open());
            reactivate.setText(getTranslation("mailbox.action.reactivate"));
            reactivate.addClickListener(e -> run(() -> service.reactivate(id, version), "mailbox.reactivated",
                    changed));
            closeMailbox.setText(getTranslation("mailbox.action.close"));
            closeMailbox.addThemeVariants(ButtonVariant.ERROR);
            closeMailbox.addClickListener(e -> new ReasonDialog(getTranslation("mailbox.action.close"),
                    getTranslation("mailbox.action.close"), why -> done(service.close(id, version, why),
                    "mailbox.closedDone", changed)).open());
            requestClosure.setText(getTranslation("mailbox.action.requestClosure"));
            requestClosure.addClickListener(e -> new ReasonDialog(getTranslation("mailbox.action.requestClosure"),
                    getTranslation("mailboxRequest.send"), why -> {
                        requests.requestClosure(id, why);
                        Notifications.success(getTranslation("mailboxRequest.sent"));
                        close();
                    }).open());
            history.setText(getTranslation("mailbox.action.history"));
            history.addClickListener(e -> new AuditDialog(existing.address(), service.history(id)).open());
            MailboxStatus s = existing.status();
            provision.setVisible(admin && s == MailboxStatus.REQUESTED);
            suspend.setVisible(admin && s == MailboxStatus.ACTIVE);
            reactivate.setVisible(admin && s == MailboxStatus.SUSPENDED);
            closeMailbox.setVisible(admin && s.isLive());
            requestClosure.setVisible(unitUser && s.isLive());
            getFooter().add(history, provision, suspend, reactivate, closeMailbox, requestClosure);
        }
        getFooter().add(cancel, save);
        setWidth("min(760px, 95vw)");
    }

    private void run(Supplier<MailboxRow> action, String messageKey, Consumer<MailboxRow> changed) {
        try {
            done(action.get(), messageKey, changed);
        } catch (BusinessException ex) {
            error.show(ex);
        }
    }

    private void done(MailboxRow result, String messageKey, Consumer<MailboxRow> changed) {
        Notifications.success(getTranslation(messageKey, result.address()));
        close();
        changed.accept(result);
    }
}
