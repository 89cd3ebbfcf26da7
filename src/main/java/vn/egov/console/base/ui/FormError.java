package vn.egov.console.base.ui;

import com.vaadin.flow.component.html.Div;
import vn.egov.console.base.error.BusinessException;

/**
 * The red line at the top of a form or dialog that says why the last action was refused. It stays hidden until there
 * is something to say, and screen readers announce it as soon as it appears.
 */
public class FormError extends Div {

    public FormError() {
        addClassName("form-error");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    public void show(BusinessException refusal) {
        show(Notifications.translate(refusal));
    }

    public void show(String message) {
        setText(message);
        setVisible(true);
    }
}
