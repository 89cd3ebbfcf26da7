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
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.time.ProvinceTime;
import vn.egov.console.notification.Alert;
import vn.egov.console.notification.NotificationService;
import vn.egov.console.security.LoginEvent;
import vn.egov.console.security.SignInStage;

/**
 * Feeds every login outcome to the throttle, counts the failures the throttle let through, locks the account after
 * too many and tells its owner (bell and e-mail), and writes every outcome to the login audit. Runs in its own
 * transaction so a failed login is recorded even though the login itself is rejected.
 */
@Component
public class LoginAttemptListener {

    private final AppUserRepository users;
    private final LoginAuditRepository audit;
    private final LoginThrottle throttle;
    private final NotificationService notifications;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;

    LoginAttemptListener(AppUserRepository users, LoginAuditRepository audit, LoginThrottle throttle,
                         NotificationService notifications, Clock clock,
                         @Value("${app.security.max-failed-logins:10}") int maxFailures,
                         @Value("${app.security.lockout-minutes:15}") long lockoutMinutes) {
        this.users = users;
        this.audit = audit;
        this.throttle = throttle;
        this.notifications = notifications;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = Duration.ofMinutes(lockoutMinutes);
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        if (SignInStage.secondFactorPending(event.getAuthentication())) {
            // the failures are cleared only once the second factor passes: else the password, once known, would
            // reset the count of wrong codes at every new try
            record(username, LoginEvent.SUCCESS, event.getAuthentication(), "password; second factor pending");
            return;
        }
        users.findByUsername(username).ifPresent(user -> {
            user.setFailedAttempts(0);
            user.setLockedUntil(null);
        });
        throttle.succeeded(username);
        record(username, LoginEvent.SUCCESS, event.getAuthentication(), null);
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        String username = AppUserDetailsService.normalise(attempt.getName());
        if (event instanceof AuthenticationFailureThrottledEvent) {
            record(username, LoginEvent.THROTTLED, attempt, event.getException().getMessage());
            return;
        }
        throttle.failed(username, address(attempt));
        switch (event) {
            case AuthenticationFailureLockedEvent locked -> record(username, LoginEvent.REJECTED_LOCKED, attempt, null);
            case AuthenticationFailureDisabledEvent disabled ->
                    record(username, LoginEvent.REJECTED_DISABLED, attempt, null);
            case AuthenticationFailureBadCredentialsEvent bad -> badPassword(username, attempt);
            default -> record(username, LoginEvent.FAILURE, attempt, event.getException().getClass().getSimpleName());
        }
    }

    /** A wrong second-factor code counts like a wrong password: throttle, lockout, owner told. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void secondFactorFailed(Authentication pending, String detail) {
        String username = pending.getName();
        throttle.failed(username, address(pending));
        users.findByUsername(username).ifPresent(account ->
                countFailure(account, LoginEvent.FACTOR_FAILED, pending, detail));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void secondFactorThrottled(Authentication pending, String detail) {
        record(pending.getName(), LoginEvent.FACTOR_THROTTLED, pending, detail);
    }

    /** The sign-in is complete: from here on it counts as a successful login. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void secondFactorPassed(Authentication pending, LoginEvent event, String detail) {
        String username = pending.getName();
        users.findByUsername(username).ifPresent(user -> {
            user.setFailedAttempts(0);
            user.setLockedUntil(null);
        });
        throttle.succeeded(username);
        record(username, event, pending, detail);
    }

    /** Written with the caller's transaction (an enrolment reset), unlike the outcomes above. */
    public void recordAdministrative(String username, LoginEvent event, String detail) {
        String name = username.length() > 100 ? username.substring(0, 100) : username;
        audit.save(new LoginAuditEntry(clock.instant(), name, event, null, detail));
    }

    private void badPassword(String username, Authentication attempt) {
        var user = users.findByUsername(username);
        if (user.isEmpty()) {
            record(username, LoginEvent.FAILURE, attempt, "unknown user");
            return;
        }
        countFailure(user.get(), LoginEvent.FAILURE, attempt, null);
    }

    private void countFailure(AppUser account, LoginEvent event, Authentication attempt, String detail) {
        String username = account.getUsername();
        int failures = account.getFailedAttempts() + 1;
        record(username, event, attempt, (detail == null ? "" : detail + "; ") + "attempt " + failures + "/" + maxFailures);
        if (failures >= maxFailures) {
            Instant until = clock.instant().plus(lockout);
            account.setLockedUntil(until);
            account.setFailedAttempts(0);
            record(username, LoginEvent.LOCKED_OUT, attempt, "until " + until);
            tellOwner(account, failures, address(attempt), until);
        } else {
            account.setFailedAttempts(failures);
        }
    }

    /** The owner hears of it even if it was not them: the bell at their next login, and an e-mail now. */
    private void tellOwner(AppUser account, int failures, String address, Instant until) {
        notifications.notifyUser(account.getId(), Alert.of(null, "login.locked.alert.title", "login.locked.alert.body",
                null, account.getUsername(), failures, address == null ? "?" : address,
                Formats.dateTime(until.atZone(ProvinceTime.ZONE))));
    }

    private void record(String username, LoginEvent event, Authentication authentication, String detail) {
        String name = username.length() > 100 ? username.substring(0, 100) : username;
        audit.save(new LoginAuditEntry(clock.instant(), name, event, address(authentication), detail));
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
