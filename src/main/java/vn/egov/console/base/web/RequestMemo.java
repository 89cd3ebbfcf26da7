package vn.egov.console.base.web;

import java.util.function.Supplier;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Remembers a value for the rest of the current HTTP request (one page load, one Vaadin round trip, one API call).
 * A round trip calls a dozen services, and each asks who the caller is and what they may see; the answer cannot
 * change meaningfully within one request, and asking the database once per call instead of once per request took
 * about 8 % of the server's CPU under load (decision 0143). Outside a request (scheduled jobs, start-up, tests
 * without one) every call computes afresh.
 */
public final class RequestMemo {

    private static final String PREFIX = RequestMemo.class.getName() + ".";

    private RequestMemo() {
    }

    /**
     * The value remembered under {@code key} in this request, or {@code compute}'s result, remembered. The key must
     * name everything the value depends on (e.g. the user's name), since one request may change who is signed in.
     */
    @SuppressWarnings("unchecked")
    public static <T> T get(String key, Supplier<T> compute) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) return compute.get();
        String name = PREFIX + key;
        Object known = request.getAttribute(name, RequestAttributes.SCOPE_REQUEST);
        if (known != null) return (T) known;
        T value = compute.get();
        if (value != null) request.setAttribute(name, value, RequestAttributes.SCOPE_REQUEST);
        return value;
    }

    /** Forgets what this request remembered under {@code key}, after a write that changes it. */
    public static void forget(String key) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) request.removeAttribute(PREFIX + key, RequestAttributes.SCOPE_REQUEST);
    }
}
