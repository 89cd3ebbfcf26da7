package vn.egov.console.security.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Keeps a sign-in that the second factor completed: the new security context goes into the HTTP session (Spring
 * Security does not save a context changed during a Vaadin request by itself), under a new session id, since the
 * session now carries more rights than the one an observer may have seen.
 */
final class SignedInSession {

    private SignedInSession() {
    }

    static void save() {
        var request = VaadinServletRequest.getCurrent();
        var response = VaadinServletResponse.getCurrent();
        if (request == null || response == null) return;
        try {
            request.getHttpServletRequest().changeSessionId();
        } catch (UnsupportedOperationException mockRequest) {
            // only the browserless tests' mock request cannot; every servlet container can
        }
        new HttpSessionSecurityContextRepository().saveContext(SecurityContextHolder.getContext(),
                request.getHttpServletRequest(), response.getHttpServletResponse());
    }
}
