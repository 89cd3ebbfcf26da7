package vn.egov.console.architecture.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import vn.egov.console.architecture.ArchitectureService;
import vn.egov.console.architecture.ArchitectureVersion;
import vn.egov.console.architecture.Framework;
import vn.egov.console.architecture.VersionDraft;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.text.TextInput;
import vn.egov.console.base.text.TextLimits;
import vn.egov.console.base.ui.FormError;
import vn.egov.console.base.ui.Notifications;

/** ADMIN creates a draft architecture version or corrects one's name, framework, decision and period. */
class VersionFormDialog extends Dialog {

    final TextField name = new TextField();
    final ComboBox<Framework> framework = new ComboBox<>();
    final TextField decisionNumber = new TextField();
    final DatePicker decisionDate = new DatePicker();
    final IntegerField periodFrom = new IntegerField();
    final IntegerField periodTo = new IntegerField();
    final FormError error = new FormError();
    final Button save = new Button();

    private final ArchitectureService service;
    private final ArchitectureVersion editing;
    private final Consumer<ArchitectureVersion> onSaved;

    /** @param editing the version to edit, or null for a new draft */
    VersionFormDialog(ArchitectureService service, ArchitectureVersion editing, Consumer<ArchitectureVersion> onSaved) {
        this.service = service;
        this.editing = editing;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(editing == null ? "architecture.form.newVersion" : "architecture.form.editVersion"));
        setWidth("min(44em, 96vw)");
        name.setLabel(getTranslation("architecture.field.versionName"));
        TextInput.limit(name, TextLimits.NAME);
        framework.setLabel(getTranslation("architecture.form.framework"));
        framework.setItems(service.frameworks());
        framework.setItemLabelGenerator(Framework::name);
        decisionNumber.setLabel(getTranslation("architecture.field.decisionNumber"));
        decisionNumber.setHelperText(getTranslation("architecture.form.decisionHelp"));
        TextInput.limit(decisionNumber, 100);
        decisionDate.setLabel(getTranslation("architecture.form.decisionDate"));
        periodFrom.setLabel(getTranslation("architecture.form.periodFrom"));
        periodTo.setLabel(getTranslation("architecture.form.periodTo"));
        if (editing != null) {
            name.setValue(editing.name());
            framework.getListDataView().getItems().filter(f -> f.id() == editing.frameworkId()).findFirst()
                    .ifPresent(framework::setValue);
            decisionNumber.setValue(editing.decisionNumber() == null ? "" : editing.decisionNumber());
            decisionDate.setValue(editing.decisionDate());
            periodFrom.setValue(editing.periodFrom());
            periodTo.setValue(editing.periodTo());
        }
        FormLayout form = new FormLayout(name, framework, decisionNumber, decisionDate, periodFrom, periodTo);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(name, 2);
        form.setColspan(framework, 2);
        add(error, form);
        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    void save() {
        error.setVisible(false);
        VersionDraft draft = new VersionDraft(name.getValue(), framework.getValue() == null ? null : framework.getValue().id(),
                decisionNumber.getValue(), decisionDate.getValue(), periodFrom.getValue(), periodTo.getValue());
        try {
            ArchitectureVersion saved = editing == null ? service.createVersion(draft)
                    : service.updateVersion(editing.id(), editing.version(), draft);
            Notifications.success(getTranslation("architecture.form.versionSaved", saved.name()));
            close();
            onSaved.accept(saved);
        } catch (BusinessException refusal) {
            error.show(refusal);
        }
    }
}
