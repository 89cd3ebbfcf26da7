package vn.egov.console.apitoken;

/**
 * A refused call of a token API (document figures, public-service figures): the HTTP status to answer with, a stable
 * error code for the caller's program, and a translation key (with arguments) for the human-readable message.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final String messageKey;
    private final transient Object[] arguments;
    private final Integer index;
    private final String field;

    public ApiException(int status, String code, Integer index, String field, String messageKey, Object... arguments) {
        super(code + ": " + messageKey);
        this.status = status;
        this.code = code;
        this.index = index;
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Integer index() {
        return index;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
