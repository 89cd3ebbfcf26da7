package vn.egov.console.certificate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.text.TextInput;
import vn.egov.console.base.text.TextLimits;
import vn.egov.console.base.ui.FormError;
import vn.egov.console.base.ui.Notifications;
import vn.egov.console.certificate.CertificateKind;
import vn.egov.console.certificate.CertificateService;
import vn.egov.console.certificate.NewCertificateRequest;
import vn.egov.console.certificate.RequestRow;
import vn.egov.console.organization.UnitSummary;

/** A unit asks the DIC for a new certificate, for the agency itself or for one of its people. */
class NewRequestDialog extends Dialog {

    final ComboBox<UnitSummary> unit = new ComboBox<>();
    final Select<CertificateKind> kind = new Select<>();
    final TextField holder = new TextField();
    final TextArea reason = new TextArea();
    final FormError error = new FormError();
    final Button save = new Button();

    NewRequestDialog(CertificateService service, Consumer<RequestRow> onSaved) {
        setHeaderTitle(getTranslation("certificate.action.requestNew"));
        setWidth("36em");
        List<UnitSummary> units = service.units();
        unit.setLabel(getTranslation("certificate.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(u -> u.name() + " (" + u.code() + ")");
        if (!units.isEmpty()) unit.setValue(units.getFirst());
        kind.setLabel(getTranslation("certificate.kind"));
        kind.setItems(CertificateKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.translationKey()));
        kind.setValue(CertificateKind.PERSONAL);
        holder.setLabel(getTranslation("certificate.holder"));
        holder.setHelperText(getTranslation("certificate.holder.help"));
        TextInput.limit(holder, TextLimits.NAME);
        holder.setRequired(true);
        kind.addValueChangeListener(e -> {
            if (e.getValue() == CertificateKind.AGENCY && holder.isEmpty() && unit.getValue() != null) {
                holder.setValue(unit.getValue().name());
            }
        });
        reason.setLabel(getTranslation("common.reason.optional"));
        TextInput.limit(reason, TextLimits.NOTE);
        FormLayout form = new FormLayout(unit, kind, holder, reason);
        form.setColspan(unit, 2);
        form.setColspan(holder, 2);
        form.setColspan(reason, 2);
        add(error, form);
        save.setText(getTranslation("certificate.action.send"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            try {
                if (unit.getValue() == null) throw new BusinessException("error.certificate.unitRequired");
                RequestRow saved = service.requestNew(new NewCertificateRequest(unit.getValue().id(), kind.getValue(),
                        holder.getValue(), reason.getValue()));
                close();
                Notifications.success(getTranslation("certificate.requestSent"));
                onSaved.accept(saved);
            } catch (BusinessException ex) {
                error.show(ex);
            }
        });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
