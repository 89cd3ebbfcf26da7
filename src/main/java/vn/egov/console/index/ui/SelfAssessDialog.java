package vn.egov.console.index.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.function.Consumer;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.evidence.EvidenceUpload;
import vn.egov.console.base.ui.FormError;
import vn.egov.console.index.IndicatorValue;
import vn.egov.console.index.SelfAssessment;

/** A unit declares one indicator: the value its rule scores, and the evidence (number, date, summary, file). */
class SelfAssessDialog extends Dialog {

    final NumberField value = new NumberField();
    final TextField number = new TextField();
    final DatePicker date = new DatePicker();
    final TextArea summary = new TextArea();
    final Upload upload;
    final Button save;
    final FormError error = new FormError();
    String fileName;
    byte[] content;

    /** The uploaded evidence file (checked by the service when saved). */
    void accept(String name, byte[] bytes) {
        this.fileName = name;
        this.content = bytes;
    }

    SelfAssessDialog(IndicatorValue v, Consumer<SelfAssessment> onSave) {
        setHeaderTitle(v.node().code() + " " + v.node().name(getLocale()));
        value.setLabel(getTranslation("index.form.valueLabel"));
        value.setHelperText(getTranslation("index.form.valueHelp") + " — " + getTranslation(v.node().rule().translationKey())
                + (v.node().steps() == null ? "" : " (" + v.node().steps() + ")"));
        value.setValue(v.selfValue());
        value.setStep(0.5);
        number.setLabel(getTranslation("index.evidence.number"));
        date.setLabel(getTranslation("index.evidence.date"));
        summary.setLabel(getTranslation("index.evidence.summary"));
        UI ui = UI.getCurrent();
        upload = new Upload(UploadHandler.inMemory((meta, bytes) -> ui.access(() -> accept(meta.fileName(), bytes))));
        upload.setMaxFiles(1);
        FormLayout form = new FormLayout(value, number, date, summary);
        add(form, new Span(getTranslation("index.evidence.file")), upload, error);
        if (v.evidence() != null) add(new Span(getTranslation("index.evidence") + ": " + v.evidence().fileName()));
        save = new Button(getTranslation("common.save"), e -> {
            try {
                EvidenceUpload evidence = content == null ? null
                        : new EvidenceUpload(number.getValue(), date.getValue(), summary.getValue(), fileName, content);
                onSave.accept(new SelfAssessment(value.getValue() == null ? Double.NaN : value.getValue(), evidence));
                close();
            } catch (BusinessException ex) {
                error.show(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
