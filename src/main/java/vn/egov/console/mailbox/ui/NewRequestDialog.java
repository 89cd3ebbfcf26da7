package vn.egov.console.mailbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.text.TextInput;
import vn.egov.console.base.text.TextLimits;
import vn.egov.console.base.ui.FormError;
import vn.egov.console.base.ui.Notifications;
import vn.egov.console.mailbox.HolderKind;
import vn.egov.console.mailbox.MailboxRequestService;
import vn.egov.console.mailbox.NewMailboxRequest;
import vn.egov.console.organization.UnitSummary;

/** A unit asks the DIC for a mailbox for a new staff member (or for the unit itself). */
class NewRequestDialog extends Dialog {

    final ComboBox<UnitSummary> unit = new ComboBox<>();
    final Select<HolderKind> kind = new Select<>();
    final TextField holderName = new TextField();
    final TextField position = new TextField();
    final TextField address = new TextField();
    final TextArea note = new TextArea();
    final FormError error = new FormError();
    final Button send = new Button();

    NewRequestDialog(MailboxRequestService requests, List<UnitSummary> units, Runnable sent) {
        setHeaderTitle(getTranslation("mailboxRequest.new.title"));
        unit.setLabel(getTranslation("mailbox.col.unitName"));
        unit.setItems(units);
        unit.setItemLabelGenerator(UnitSummary::name);
        unit.setRequiredIndicatorVisible(true);
        if (units.size() == 1) unit.setValue(units.getFirst());
        kind.setLabel(getTranslation("mailbox.col.holderKind"));
        kind.setItems(HolderKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.translationKey()));
        kind.setValue(HolderKind.PERSON);
        holderName.setLabel(getTranslation("mailbox.col.holderName"));
        holderName.setRequiredIndicatorVisible(true);
        TextInput.limit(holderName, TextLimits.PERSON_NAME);
        position.setLabel(getTranslation("mailbox.col.position"));
        TextInput.limit(position, TextLimits.PERSON_NAME);
        address.setLabel(getTranslation("mailboxRequest.address"));
        address.setHelperText(getTranslation("mailboxRequest.address.help"));
        note.setLabel(getTranslation("mailboxRequest.note"));
        TextInput.limit(note, TextLimits.NOTE);
        FormLayout form = new FormLayout(unit, kind, holderName, position, address, note);
        form.setColspan(unit, 2);
        form.setColspan(address, 2);
        form.setColspan(note, 2);
        add(error, form);
        send.setText(getTranslation("mailboxRequest.send"));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClickListener(e -> {
            try {
                if (unit.getValue() == null) throw new BusinessException("error.mailbox.unitRequired");
                requests.requestNew(new NewMailboxRequest(unit.getValue().id(), kind.getValue(), holderName.getValue(),
                        position.getValue(), address.getValue(), note.getValue()));
                Notifications.success(getTranslation("mailboxRequest.sent"));
                close();
                sent.run();
            } catch (BusinessException ex) {
                error.show(ex);
            }
        });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), send);
        setWidth("min(720px, 95vw)");
    }
}
