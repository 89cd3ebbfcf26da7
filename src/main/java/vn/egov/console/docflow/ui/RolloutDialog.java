package vn.egov.console.docflow.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.text.TextInput;
import vn.egov.console.base.text.TextLimits;
import vn.egov.console.base.ui.FormError;
import vn.egov.console.base.ui.Notifications;
import vn.egov.console.docflow.DocflowService;
import vn.egov.console.docflow.RolloutDraft;
import vn.egov.console.docflow.RolloutRow;
import vn.egov.console.docflow.Stage;

/** Edits one unit's software and stage dates; a rejected save keeps what the user typed and says why. */
class RolloutDialog extends Dialog {

    final TextField vendor = new TextField();
    final TextField product = new TextField();
    final TextField version = new TextField();
    final DatePicker installed = new DatePicker();
    final DatePicker trained = new DatePicker();
    final DatePicker inUse = new DatePicker();
    final DatePicker hub = new DatePicker();
    final DatePicker axis = new DatePicker();
    final TextArea notes = new TextArea();
    final FormError error = new FormError();
    final Button save = new Button();

    RolloutDialog(DocflowService service, RolloutRow row, Runnable saved) {
        setHeaderTitle(getTranslation("docflow.rollout.dialog", row.unitName()));
        RolloutDraft d = row.rollout();
        vendor.setLabel(getTranslation("docflow.vendor"));
        vendor.setValue(nz(d.vendor()));
        product.setLabel(getTranslation("docflow.product"));
        product.setValue(nz(d.product()));
        version.setLabel(getTranslation("docflow.productVersion"));
        version.setValue(nz(d.productVersion()));
        DatePicker[] pickers = {installed, trained, inUse, hub, axis};
        Stage[] stages = Stage.reachable();
        for (int i = 0; i < pickers.length; i++) {
            pickers[i].setLabel(getTranslation(stages[i].translationKey()));
            pickers[i].setValue(d.reachedOn(stages[i]));
            pickers[i].setLocale(getLocale());
            pickers[i].setClearButtonVisible(true);
        }
        notes.setLabel(getTranslation("docflow.notes"));
        notes.setValue(nz(d.notes()));
        TextInput.limit(notes, TextLimits.LONG_TEXT);
        FormLayout form = new FormLayout(vendor, product, version, installed, trained, inUse, hub, axis, notes);
        form.setColspan(notes, 2);
        add(error, form);
        setWidth("720px");
        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            try {
                service.saveRollout(row.unitId(), row.version(), new RolloutDraft(vendor.getValue(), product.getValue(),
                        version.getValue(), installed.getValue(), trained.getValue(), inUse.getValue(),
                        hub.getValue(), axis.getValue(), notes.getValue()));
                close();
                Notifications.success(getTranslation("docflow.saved"));
                saved.run();
            } catch (BusinessException ex) {
                error.show(ex);
            }
        });
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
