package vn.egov.console.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.text.TextInput;
import vn.egov.console.base.text.TextLimits;

/**
 * Asks for the reason of a decision (reject, revoke, suspend, close, …) and runs the decision with it. The service
 * decides whether a blank reason is acceptable; a refusal is shown in the dialog, which then stays open so the user
 * can correct the reason without typing it again.
 */
public class ReasonDialog extends Dialog {


    private final TextArea reason = new TextArea();
    private final FormError error = new FormError();
    private final Button confirm = new Button();

    /** A dialog whose reason is required; {@code decision} runs when confirmed and may refuse with a BusinessException. */
    public ReasonDialog(String title, String confirmText, Consumer<String> decision) {
        setHeaderTitle(title);
        setWidth("min(520px, 95vw)");
        reason.setLabel(getTranslation("common.reason"));
        reason.setRequiredIndicatorVisible(true);
        TextInput.limit(reason, TextLimits.NOTE);
        reason.setWidthFull();
        add(error, reason);
        confirm.setText(confirmText);
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickListener(e -> {
            try {
                decision.accept(reason.getValue());
                close();
            } catch (BusinessException refusal) {
                error.show(refusal);
            }
        });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), confirm);
    }

    /** Shows what the decision will cause above the reason; nothing when {@code warning} is null. */
    public ReasonDialog warning(String warning) {
        if (warning != null) {
            Paragraph note = new Paragraph(warning);
            note.addClassName("warning-note");
            addComponentAtIndex(1, note);
        }
        return this;
    }

    /** Marks the reason as an optional note. */
    public ReasonDialog optional() {
        reason.setLabel(getTranslation("common.reason.optional"));
        reason.setRequiredIndicatorVisible(false);
        return this;
    }

    public TextArea reasonField() {
        return reason;
    }

    public Button confirmButton() {
        return confirm;
    }

    public FormError error() {
        return error;
    }
}
