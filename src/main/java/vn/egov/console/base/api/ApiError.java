package vn.egov.console.base.api;

/**
 * An error answer of the API: HTTP status, a stable code for programs, a translation key (plus arguments) for people.
 */
record ApiError(int status, String code, String messageKey, Object... arguments) {

    static ApiError malformedJson() {
        return new ApiError(400, "malformedJson", "error.api.malformedJson");
    }

    static ApiError badRequest() {
        return new ApiError(400, "badRequest", "error.api.badRequest");
    }

    static ApiError tooLarge(long limit) {
        return new ApiError(413, "bodyTooLarge", "error.api.bodyTooLarge", limit);
    }

    static ApiError unsupportedMediaType() {
        return new ApiError(415, "unsupportedMediaType", "error.api.unsupportedMediaType");
    }

    /** The answer for a bare status set by code that knows no better (a security entry point, Spring MVC itself). */
    static ApiError forStatus(int status) {
        return switch (status) {
            case 400 -> badRequest();
            case 401 -> new ApiError(401, "unauthorized", "error.api.unauthorized");
            case 403 -> new ApiError(403, "forbidden", "error.api.forbidden");
            case 404 -> new ApiError(404, "notFound", "error.api.notFound");
            case 405 -> new ApiError(405, "methodNotAllowed", "error.api.methodNotAllowed");
            case 406 -> new ApiError(406, "notAcceptable", "error.api.notAcceptable");
            case 413 -> new ApiError(413, "bodyTooLarge", "error.api.bodyTooLarge.unknown");
            case 415 -> unsupportedMediaType();
            default -> status >= 500 ? new ApiError(status, "internalError", "error.api.internal")
                    : new ApiError(status, "badRequest", "error.api.badRequest");
        };
    }

    boolean clientError() {
        return status < 500;
    }
}
