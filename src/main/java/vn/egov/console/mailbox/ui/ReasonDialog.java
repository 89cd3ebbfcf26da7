package vn.egov.console.mailbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.ui.Notifications;

/** Asks for the reason of a decision (reject, suspend, close, closure request); the action runs with it. */
class ReasonDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Button confirm = new Button();
    final Div error = new Div();

    ReasonDialog(String title, String confirmText, Consumer<String> action) {
        setHeaderTitle(title);
        reason.setLabel(getTranslation("common.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(1000);
        reason.setWidthFull();
        error.addClassName("form-error");
        error.setVisible(false);
        add(error, reason);
        confirm.setText(confirmText);
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickListener(e -> {
            try {
                action.accept(reason.getValue());
                close();
            } catch (BusinessException ex) {
                error.setText(Notifications.translate(ex));
                error.setVisible(true);
            }
        });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), confirm);
        setWidth("min(520px, 95vw)");
    }
}
