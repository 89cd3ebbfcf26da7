package vn.egov.console.audit;

import java.time.Clock;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.egov.console.audit.internal.AuditStore;
import vn.egov.console.security.CurrentUser;

/**
 * The one audit trail of every change: services call {@link #record} next to the write it describes. The entry joins
 * the caller's transaction (there must be one), so a change that rolls back leaves no entry and a committed change
 * always has one. See docs/decisions/0061-audit-trail.md for why these are explicit calls.
 */
@Component
public class AuditTrail {

    /** Recorded as the client of work no request started (scheduled jobs, start-up). */
    public static final String SYSTEM = "system";

    private final AuditStore store;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditTrail(AuditStore store, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEntry entry) {
        if (entry.isEmpty()) return;
        store.insert(List.of(entry), currentUser.username(), client(), clock.instant());
    }

    /** For changes no signed-in person makes (an API token's push): {@code actor} names the credential. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAs(String actor, AuditEntry entry) {
        if (!entry.isEmpty()) store.insert(List.of(entry), actor, client(), clock.instant());
    }

    /** Several entries in one JDBC batch, for writers that change many records at once. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(List<AuditEntry> entries) {
        List<AuditEntry> real = entries.stream().filter(e -> !e.isEmpty()).toList();
        if (!real.isEmpty()) store.insert(real, currentUser.username(), client(), clock.instant());
    }

    /**
     * Where the change came from: the address of the request being served; in work a person started off the request
     * thread (an import), the address they signed in from; otherwise (jobs, start-up) {@value #SYSTEM}.
     */
    static String client() {
        var vaadin = com.vaadin.flow.server.VaadinRequest.getCurrent();
        if (vaadin != null && vaadin.getRemoteAddr() != null) return vaadin.getRemoteAddr();
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
            return servlet.getRequest().getRemoteAddr();
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getDetails() instanceof WebAuthenticationDetails web
                && web.getRemoteAddress() != null) {
            return web.getRemoteAddress();
        }
        return SYSTEM;
    }
}
