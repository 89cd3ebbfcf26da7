package vn.egov.console.base.ui;

import java.io.EOFException;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises a browser that went away while the server was still answering (tab closed, network dropped, reload in
 * the middle of a response). Nothing is wrong with the console then and nobody can be told, so it is no error.
 */
final class ClientDisconnect {

    /** Matched by name so this class needs neither Tomcat nor Spring MVC on its compile path. */
    private static final Set<String> DISCONNECT_TYPES = Set.of(
            "org.apache.catalina.connector.ClientAbortException",
            "org.springframework.web.context.request.async.AsyncRequestNotUsableException",
            "org.eclipse.jetty.io.EofException");
    private static final Set<String> DISCONNECT_MESSAGES = Set.of("broken pipe", "connection reset by peer",
            "connection reset", "an established connection was aborted");

    private ClientDisconnect() {
    }

    static boolean isCauseOf(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (DISCONNECT_TYPES.contains(t.getClass().getName()) || t instanceof EOFException) return true;
            if (t instanceof IOException && t.getMessage() != null
                    && DISCONNECT_MESSAGES.contains(t.getMessage().strip().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
