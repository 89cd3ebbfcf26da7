package vn.egov.console.security.ui;

import com.vaadin.flow.server.VaadinServletRequest;
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
        if (request == null) return;
        try {
            request.getHttpServletRequest().changeSessionId();
        } catch (UnsupportedOperationException mockRequest) {
            // only the browserless tests' mock request cannot; every servlet container can
        }
        // where Spring Security's session repository keeps it (set again so a replicated session sees the change)
        request.getHttpServletRequest().getSession().setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, SecurityContextHolder.getContext());
    }
}
