package vn.egov.console.certificate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.text.TextInput;
import vn.egov.console.base.text.TextLimits;
import vn.egov.console.base.ui.FormError;
import vn.egov.console.base.ui.Notifications;
import vn.egov.console.certificate.CertificateRow;
import vn.egov.console.certificate.CertificateService;

/** Records the hand-over of an issued certificate to its holder, with the training given (hướng dẫn sử dụng). */
class HandOverDialog extends Dialog {

    final DatePicker handedOverOn = new DatePicker();
    final DatePicker trainedOn = new DatePicker();
    final TextField responsible = new TextField();
    final FormError error = new FormError();
    final Button save = new Button();

    HandOverDialog(CertificateService service, CertificateRow row, Consumer<CertificateRow> onSaved) {
        setHeaderTitle(getTranslation("certificate.action.handOver") + ": " + row.holderName());
        setWidth("34em");
        handedOverOn.setLabel(getTranslation("certificate.handedOverOn"));
        handedOverOn.setLocale(Formats.VIETNAMESE);
        handedOverOn.setValue(service.today());
        handedOverOn.setRequired(true);
        trainedOn.setLabel(getTranslation("certificate.trainedOn"));
        trainedOn.setLocale(Formats.VIETNAMESE);
        trainedOn.setValue(service.today());
        trainedOn.setHelperText(getTranslation("certificate.trainedOn.help"));
        responsible.setLabel(getTranslation("certificate.responsible"));
        responsible.setHelperText(getTranslation("certificate.responsible.help"));
        responsible.setRequired(true);
        TextInput.limit(responsible, TextLimits.NAME);
        FormLayout form = new FormLayout(handedOverOn, trainedOn, responsible);
        form.setColspan(responsible, 2);
        add(error, form);
        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            try {
                CertificateRow saved = service.handOver(row.id(), row.version(), handedOverOn.getValue(),
                        trainedOn.getValue(), responsible.getValue());
                close();
                Notifications.success(getTranslation("certificate.saved"));
                onSaved.accept(saved);
            } catch (BusinessException ex) {
                error.show(ex);
            }
        });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
