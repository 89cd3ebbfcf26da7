package vn.egov.console.base.text;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.ui.Notifications;

/**
 * Text fields and {@link TextRule}s together in a form.
 *
 * <p>A browser's {@code maxlength} counts UTF-16 units, so an emoji or a rare Hán character counts twice there: a
 * field limited in the browser to the rule's own number would cut off text the server accepts. {@link #limit} lets
 * the browser stop only what can never fit (twice the limit) and leaves the exact count to the rule.
 *
 * <pre>{@code
 * TextInput.limit(title, TextLimits.NAME);
 * binder.forField(title).withConverter(TextInput.converter(TITLE)).bind(Draft::title, Draft::setTitle);
 * }</pre>
 */
public final class TextInput {

    private TextInput() {
    }

    public static void limit(TextField field, int maxCharacters) {
        field.setMaxLength(2 * maxCharacters);
    }

    public static void limit(TextArea field, int maxCharacters) {
        field.setMaxLength(2 * maxCharacters);
    }

    /** A Binder converter that stores what {@link TextRule#clean} returns and shows its refusal under the field. */
    public static Converter<String, String> converter(TextRule rule) {
        return Converter.from(value -> {
            try {
                return Result.ok(rule.clean(value));
            } catch (BusinessException refusal) {
                return Result.error(Notifications.translate(refusal));
            }
        }, value -> value == null ? "" : value);
    }
}
