package vn.egov.console.base.error;

/** The record asked for does not exist (or no longer exists). */
public class NotFoundException extends BusinessException {

    public NotFoundException(String what, Object id) {
        super("error.notFound", what, id);
    }
}
