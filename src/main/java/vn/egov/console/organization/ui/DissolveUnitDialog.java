package vn.egov.console.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.ui.FormError;
import vn.egov.console.base.ui.Notifications;
import vn.egov.console.organization.UnitService;
import vn.egov.console.organization.UnitSummary;

/** Dissolve a unit (giải thể) that no longer has active children or users. */
class DissolveUnitDialog extends Dialog {

    final TextArea reason = new TextArea();
    final FormError error = new FormError();
    final Button confirm = new Button();

    DissolveUnitDialog(UnitService service, UnitSummary unit, Consumer<UnitSummary> dissolved) {
        setHeaderTitle(getTranslation("unit.dialog.dissolve", unit.name()));
        reason.setLabel(getTranslation("common.reason"));
        reason.setWidthFull();
        add(new Paragraph(getTranslation("unit.dissolve.explain")), error, reason);
        confirm.setText(getTranslation("unit.action.dissolve"));
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        confirm.addClickListener(e -> {
            try {
                UnitSummary result = service.dissolve(unit.id(), reason.getValue());
                Notifications.success(getTranslation("unit.dissolved", unit.name()));
                close();
                dissolved.accept(result);
            } catch (BusinessException ex) {
                error.show(ex);
            }
        });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), confirm);
        setWidth("min(520px, 95vw)");
    }
}
