package vn.egov.console.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.security.LoginEvent;

/**
 * Counts failed logins, locks the account after too many, and writes every outcome to the login audit. Runs in its own
 * transaction so a failed login is recorded even though the login itself is rejected.
 */
@Component
class LoginAttemptListener {

    private final AppUserRepository users;
    private final LoginAuditRepository audit;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;

    LoginAttemptListener(AppUserRepository users, LoginAuditRepository audit, Clock clock,
                         @Value("${app.security.max-failed-logins:5}") int maxFailures,
                         @Value("${app.security.lockout-minutes:15}") long lockoutMinutes) {
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = Duration.ofMinutes(lockoutMinutes);
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        users.findByUsername(username).ifPresent(user -> {
            user.setFailedAttempts(0);
            user.setLockedUntil(null);
        });
        record(username, LoginEvent.SUCCESS, event.getAuthentication(), null);
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        String username = AppUserDetailsService.normalise(attempt.getName());
        switch (event) {
            case AuthenticationFailureLockedEvent locked -> record(username, LoginEvent.REJECTED_LOCKED, attempt, null);
            case AuthenticationFailureDisabledEvent disabled ->
                    record(username, LoginEvent.REJECTED_DISABLED, attempt, null);
            case AuthenticationFailureBadCredentialsEvent bad -> badPassword(username, attempt);
            default -> record(username, LoginEvent.FAILURE, attempt, event.getException().getClass().getSimpleName());
        }
    }

    private void badPassword(String username, Authentication attempt) {
        var user = users.findByUsername(username);
        if (user.isEmpty()) {
            record(username, LoginEvent.FAILURE, attempt, "unknown user");
            return;
        }
        AppUser account = user.get();
        int failures = account.getFailedAttempts() + 1;
        record(username, LoginEvent.FAILURE, attempt, "attempt " + failures + "/" + maxFailures);
        if (failures >= maxFailures) {
            Instant until = clock.instant().plus(lockout);
            account.setLockedUntil(until);
            account.setFailedAttempts(0);
            record(username, LoginEvent.LOCKED_OUT, attempt, "until " + until);
        } else {
            account.setFailedAttempts(failures);
        }
    }

    private void record(String username, LoginEvent event, Authentication authentication, String detail) {
        String remote = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        String name = username.length() > 100 ? username.substring(0, 100) : username;
        audit.save(new LoginAuditEntry(clock.instant(), name, event, remote, detail));
    }
}
