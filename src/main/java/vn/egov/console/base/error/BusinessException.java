package vn.egov.console.base.error;

import java.util.Arrays;

/**
 * A rule of the domain said no. Carries a translation key (see vaadin-i18n) and its arguments, so every layer can
 * show the user a specific message in their language; {@link #getMessage()} is the key, for logs and tests.
 */
public class BusinessException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public BusinessException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    @Override
    public String toString() {
        return "BusinessException[" + messageKey + " " + Arrays.toString(arguments) + "]";
    }
}
