package vn.egov.console.certificate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.ui.Notifications;

/** Asks for a reason (required or optional), shows a warning if there is one, and runs the action with it. */
class ReasonDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Div error = new Div();
    final Button confirm = new Button();

    ReasonDialog(String title, String warning, boolean required, Consumer<String> action, Runnable onDone) {
        setHeaderTitle(title);
        setWidth("32em");
        error.addClassName("form-error");
        error.setVisible(false);
        add(error);
        if (warning != null) {
            Paragraph p = new Paragraph(warning);
            p.addClassName("cert-warning");
            add(p);
        }
        reason.setLabel(getTranslation(required ? "certificate.reason.required" : "certificate.reason.optional"));
        reason.setRequired(required);
        reason.setMaxLength(1000);
        reason.setWidthFull();
        add(reason);
        confirm.setText(getTranslation("certificate.confirm"));
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickListener(e -> {
            try {
                action.accept(reason.getValue());
                close();
                Notifications.success(getTranslation("certificate.saved"));
                onDone.run();
            } catch (BusinessException ex) {
                error.setText(Notifications.translate(ex));
                error.setVisible(true);
            }
        });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), confirm);
    }
}
