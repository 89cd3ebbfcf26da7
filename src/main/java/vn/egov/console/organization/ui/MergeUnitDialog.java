package vn.egov.console.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.ui.FormError;
import vn.egov.console.base.ui.Notifications;
import vn.egov.console.organization.UnitService;
import vn.egov.console.organization.UnitSummary;

/** Merge a unit into a successor (sáp nhập): its children, users and records move; its history stays. */
class MergeUnitDialog extends Dialog {

    final ComboBox<UnitSummary> successor = new ComboBox<>();
    final TextArea reason = new TextArea();
    final FormError error = new FormError();
    final Button confirm = new Button();

    MergeUnitDialog(UnitService service, UnitSummary unit, Consumer<UnitSummary> merged) {
        setHeaderTitle(getTranslation("unit.dialog.merge", unit.name()));
        successor.setLabel(getTranslation("unit.successor"));
        successor.setItems(service.listActive());
        successor.setItemLabelGenerator(u -> u.name() + " (" + u.code() + ")");
        successor.setWidthFull();
        reason.setLabel(getTranslation("common.reason"));
        reason.setPlaceholder(getTranslation("unit.merge.reasonHint"));
        reason.setWidthFull();
        add(new Paragraph(getTranslation("unit.merge.explain")), error, successor, reason);

        confirm.setText(getTranslation("unit.action.merge"));
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickListener(e -> {
            try {
                if (successor.getValue() == null) throw new BusinessException("error.unit.successorRequired");
                UnitSummary result = service.merge(unit.id(), successor.getValue().id(), reason.getValue());
                Notifications.success(getTranslation("unit.merged", unit.name(), successor.getValue().name()));
                close();
                merged.accept(result);
            } catch (BusinessException ex) {
                error.show(ex);
            }
        });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), confirm);
        setWidth("min(560px, 95vw)");
    }
}
