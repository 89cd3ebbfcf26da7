package vn.egov.console.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.text.TextInput;
import vn.egov.console.base.text.TextLimits;
import vn.egov.console.base.ui.FormError;
import vn.egov.console.base.ui.Notifications;
import vn.egov.console.organization.Tier;
import vn.egov.console.organization.UnitDraft;
import vn.egov.console.organization.UnitKind;
import vn.egov.console.organization.UnitService;
import vn.egov.console.organization.UnitSummary;

/**
 * Create or edit a unit. The service validates; its message is shown next to the form and the user's input stays,
 * so nothing typed is lost on a rule violation or an edit conflict.
 */
class UnitFormDialog extends Dialog {

    final TextField code = new TextField();
    final TextField name = new TextField();
    final Select<Tier> tier = new Select<>();
    final Select<UnitKind> kind = new Select<>();
    final ComboBox<UnitSummary> parent = new ComboBox<>();
    final IntegerField headcount = new IntegerField();
    final Checkbox itOfficer = new Checkbox();
    final FormError error = new FormError();
    final Button save = new Button();

    UnitFormDialog(UnitService service, UnitSummary existing, Consumer<UnitSummary> saved) {
        setHeaderTitle(getTranslation(existing == null ? "unit.dialog.create" : "unit.dialog.edit"));
        code.setLabel(getTranslation("unit.code"));
        code.setHelperText(getTranslation("unit.code.help"));
        code.setRequiredIndicatorVisible(true);
        TextInput.limit(code, TextLimits.CODE);
        name.setLabel(getTranslation("unit.name"));
        name.setRequiredIndicatorVisible(true);
        TextInput.limit(name, TextLimits.NAME);
        tier.setLabel(getTranslation("unit.tier"));
        tier.setItems(Tier.values());
        tier.setItemLabelGenerator(t -> getTranslation(t.translationKey()));
        kind.setLabel(getTranslation("unit.kind"));
        kind.setItems(UnitKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.translationKey()));
        parent.setLabel(getTranslation("unit.parent"));
        parent.setItems(service.listActive().stream()
                .filter(u -> existing == null || u.id() != existing.id()).toList());
        parent.setItemLabelGenerator(u -> u.name() + " (" + u.code() + ")");
        parent.setClearButtonVisible(true);
        headcount.setLabel(getTranslation("unit.headcount"));
        headcount.setMin(0);
        headcount.setStepButtonsVisible(true);
        itOfficer.setLabel(getTranslation("unit.itOfficer"));

        if (existing != null) {
            code.setValue(existing.code());
            name.setValue(existing.name());
            tier.setValue(existing.tier());
            kind.setValue(existing.kind());
            headcount.setValue(existing.headcount());
            itOfficer.setValue(existing.hasItOfficer());
            if (existing.parentId() != null) {
                parent.getListDataView().getItems().filter(u -> u.id() == existing.parentId()).findFirst()
                        .ifPresent(parent::setValue);
            }
        } else {
            tier.setValue(Tier.COMMUNE);
            kind.setValue(UnitKind.COMMUNE_COMMITTEE);
            headcount.setValue(0);
        }

        FormLayout form = new FormLayout(code, name, tier, kind, parent, headcount, itOfficer);
        form.setColspan(name, 2);
        form.setColspan(parent, 2);
        add(error, form);

        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            var draft = new UnitDraft(code.getValue(), name.getValue(), tier.getValue(), kind.getValue(),
                    parent.getValue() == null ? null : parent.getValue().id(), headcount.getValue(),
                    itOfficer.getValue());
            try {
                UnitSummary result = existing == null ? service.create(draft)
                        : service.update(existing.id(), existing.version(), draft);
                Notifications.success(getTranslation("unit.saved", result.name()));
                close();
                saved.accept(result);
            } catch (BusinessException ex) {
                error.show(ex);
            }
        });
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, save);
        setWidth("min(720px, 95vw)");
    }
}
