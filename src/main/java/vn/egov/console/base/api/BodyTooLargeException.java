package vn.egov.console.base.api;

import java.io.IOException;

/** Thrown by the capped request stream once a body grows past the limit, so it is never read whole. */
final class BodyTooLargeException extends IOException {

    private final long limit;

    BodyTooLargeException(long limit) {
        super("request body larger than " + limit + " bytes");
        this.limit = limit;
    }

    long limit() {
        return limit;
    }
}
