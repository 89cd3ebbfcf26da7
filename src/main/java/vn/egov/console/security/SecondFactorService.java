package vn.egov.console.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.audit.AuditAction;
import vn.egov.console.audit.AuditEntry;
import vn.egov.console.audit.AuditTrail;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.error.NotFoundException;
import vn.egov.console.security.internal.AppUser;
import vn.egov.console.security.internal.AppUserRepository;
import vn.egov.console.security.internal.LoginAttemptListener;
import vn.egov.console.security.internal.LoginThrottle;
import vn.egov.console.security.internal.RecoveryCode;
import vn.egov.console.security.internal.RecoveryCodeRepository;
import vn.egov.console.security.internal.SecondFactor;
import vn.egov.console.security.internal.SecondFactorKey;
import vn.egov.console.security.internal.SecondFactorRepository;
import vn.egov.console.security.internal.Totp;

/**
 * The second sign-in factor of ADMIN accounts: an authenticator app (TOTP, RFC 6238) with one-time recovery codes.
 * The methods for the sign-in itself serve only a session that has passed the password and waits for this step
 * ({@link SignInStage}); a code that passes turns that session into a full one. Wrong codes are throttled and count
 * toward the lockout exactly like wrong passwords, and every outcome goes to the login audit.
 */
@Service
@Transactional
public class SecondFactorService {

    public static final int RECOVERY_CODES = 10;
    private static final String PENDING = "hasAuthority('" + SignInStage.SECOND_FACTOR_PENDING + "')";
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"; // no 0/o, 1/l/i
    private static final int RECOVERY_LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the enrolment page shows once: the secret as text and as the URI an authenticator app reads. */
    public record Enrolment(String secret, String otpauthUri) {
    }

    /** How the second factor passed; after a recovery code the user is told how many remain. */
    public record Passed(boolean withRecoveryCode, long recoveryCodesLeft) {
    }

    private final AppUserRepository users;
    private final SecondFactorRepository factors;
    private final RecoveryCodeRepository recoveryCodes;
    private final SecondFactorKey key;
    private final LoginThrottle throttle;
    private final LoginAttemptListener outcomes;
    private final CurrentUser currentUser;
    private final AuditTrail trail;
    private final Clock clock;
    private final String issuer;

    SecondFactorService(AppUserRepository users, SecondFactorRepository factors, RecoveryCodeRepository recoveryCodes,
                        SecondFactorKey key, LoginThrottle throttle, LoginAttemptListener outcomes,
                        CurrentUser currentUser, AuditTrail trail, Clock clock,
                        @Value("${app.security.totp.issuer:eGov ${app.province.name:}}") String issuer) {
        this.users = users;
        this.factors = factors;
        this.recoveryCodes = recoveryCodes;
        this.key = key;
        this.throttle = throttle;
        this.outcomes = outcomes;
        this.currentUser = currentUser;
        this.trail = trail;
        this.clock = clock;
        this.issuer = issuer.strip();
    }

    // ---- the session between password and second factor ------------------------------------------------------

    /** True when the signed-in ADMIN has no authenticator yet and must set one up before going on. */
    @PreAuthorize(PENDING)
    @Transactional(readOnly = true)
    public boolean needsEnrolment() {
        return !factors.existsById(pendingUser().getId());
    }

    /** A new secret, kept by the caller (the enrolment page) until a code confirms it; nothing is stored yet. */
    @PreAuthorize(PENDING)
    @Transactional(readOnly = true)
    public Enrolment startEnrolment() {
        AppUser user = pendingUser();
        String secret = Totp.base32(Totp.newSecret());
        String label = encode(issuer) + ":" + encode(user.getUsername());
        String uri = "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
        return new Enrolment(secret, uri);
    }

    /**
     * Stores the authenticator once a code from it is right, completes the sign-in and returns the recovery codes,
     * which are shown this once and kept only as keyed hashes.
     */
    @PreAuthorize(PENDING)
    public List<String> confirmEnrolment(Enrolment enrolment, String code) {
        Authentication pending = pendingAuthentication();
        AppUser user = usableAccount(pending);
        if (factors.existsById(user.getId())) throw new BusinessException("error.secondFactor.alreadyEnrolled");
        refuseWhileThrottled(pending);
        byte[] secret = Totp.fromBase32(enrolment.secret());
        var step = Totp.matchingStep(secret, clean(code), clock.instant());
        if (step.isEmpty()) {
            outcomes.secondFactorFailed(pending, "enrolment code");
            throw new BusinessException("error.secondFactor.wrongCode");
        }
        factors.save(new SecondFactor(user.getId(), key.encrypt(secret), clock.instant(), step.getAsLong()));
        List<String> codes = newRecoveryCodes(user.getId());
        trail.record(AuditEntry.of("security", "user", user.getId(), user.getUsername(), AuditAction.UPDATED)
                .changed("secondFactor", false, true));
        outcomes.recordAdministrative(user.getUsername(), LoginEvent.FACTOR_ENROLLED, null);
        completeSignIn(pending, user);
        return codes;
    }

    /** Checks an authenticator code or a recovery code; a right one completes the sign-in. */
    @PreAuthorize(PENDING)
    public Passed verify(String code) {
        Authentication pending = pendingAuthentication();
        AppUser user = usableAccount(pending);
        SecondFactor factor = factors.findById(user.getId())
                .orElseThrow(() -> new BusinessException("error.secondFactor.notEnrolled"));
        refuseWhileThrottled(pending);
        String typed = clean(code);
        if (typed.matches("\\d+")) {
            var step = Totp.matchingStep(key.decrypt(factor.getSecretCipher()), typed, clock.instant());
            if (step.isPresent() && factors.useStep(user.getId(), step.getAsLong()) == 1) {
                outcomes.secondFactorPassed(pending, LoginEvent.FACTOR_PASSED, null);
                completeSignIn(pending, user);
                return new Passed(false, recoveryCodes.countByUserIdAndUsedAtIsNull(user.getId()));
            }
            if (step.isPresent()) {
                outcomes.secondFactorFailed(pending, "code already used");
                throw new BusinessException("error.secondFactor.codeUsed");
            }
            outcomes.secondFactorFailed(pending, "wrong code");
            throw new BusinessException("error.secondFactor.wrongCode");
        }
        var recovery = recoveryCodes.findFirstByUserIdAndCodeHashAndUsedAtIsNull(user.getId(), key.hash(typed));
        if (recovery.isPresent() && recoveryCodes.use(recovery.get().getId(), clock.instant()) == 1) {
            long left = recoveryCodes.countByUserIdAndUsedAtIsNull(user.getId());
            outcomes.secondFactorPassed(pending, LoginEvent.FACTOR_RECOVERY, left + " recovery codes left");
            completeSignIn(pending, user);
            return new Passed(true, left);
        }
        outcomes.secondFactorFailed(pending, "wrong recovery code");
        throw new BusinessException("error.secondFactor.wrongCode");
    }

    // ---- administration -----------------------------------------------------------------------------------------

    /**
     * Removes a user's authenticator and recovery codes (a lost phone); their next sign-in enrols a new one. Never
     * one's own: a stolen session must not be able to swap the factor that protects the account.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void reset(long userId) {
        AppUser user = users.findById(userId).orElseThrow(() -> new NotFoundException("user", userId));
        Actor admin = currentUser.require();
        if (user.getId() == admin.userId()) throw new BusinessException("error.secondFactor.cannotResetOwn");
        if (!factors.existsById(userId)) throw new BusinessException("error.secondFactor.notEnrolledUser", user.getUsername());
        recoveryCodes.deleteForUser(userId);
        factors.deleteById(userId);
        trail.record(AuditEntry.of("security", "user", userId, user.getUsername(), AuditAction.UPDATED)
                .changed("secondFactor", true, false));
        outcomes.recordAdministrative(user.getUsername(), LoginEvent.FACTOR_RESET, "by " + admin.username());
    }

    /** The users who have an authenticator, for the users list. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Set<Long> enrolledUserIds() {
        return new HashSet<>(factors.enrolledUserIds());
    }

    // ---- rules --------------------------------------------------------------------------------------------------

    private void refuseWhileThrottled(Authentication pending) {
        String address = pending.getDetails() instanceof org.springframework.security.web.authentication
                .WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        var wait = throttle.wait(pending.getName(), address);
        if (wait.isPresent()) {
            long seconds = (wait.get().toMillis() + 999) / 1000;
            outcomes.secondFactorThrottled(pending, "wait " + seconds + " s");
            throw new BusinessException("error.secondFactor.wait", seconds);
        }
    }

    /** Locked (by wrong codes) or disabled meanwhile: this sign-in is over. */
    private AppUser usableAccount(Authentication pending) {
        AppUser user = users.findByUsername(pending.getName()).orElseThrow(() -> new AccessDeniedException("gone"));
        if (!user.isEnabled() || user.isLockedAt(clock.instant())) {
            throw new BusinessException("error.secondFactor.accountLocked");
        }
        return user;
    }

    /** The same session, now with the account's role instead of the pending mark. */
    private static void completeSignIn(Authentication pending, AppUser user) {
        var full = UsernamePasswordAuthenticationToken.authenticated(pending.getPrincipal(), null,
                List.of(new SimpleGrantedAuthority(user.getRole().authority())));
        full.setDetails(pending.getDetails());
        // changed in place: in a Vaadin request the holder hands out the context kept in the HTTP session, and a
        // context set beside it would be ignored there
        SecurityContextHolder.getContext().setAuthentication(full);
    }

    private List<String> newRecoveryCodes(Long userId) {
        recoveryCodes.deleteForUser(userId);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < RECOVERY_LENGTH; c++) {
                code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
            }
            recoveryCodes.save(new RecoveryCode(userId, key.hash(code.toString())));
            codes.add(code.substring(0, 5) + "-" + code.substring(5));
        }
        return codes;
    }

    private AppUser pendingUser() {
        return users.findByUsername(pendingAuthentication().getName())
                .orElseThrow(() -> new AccessDeniedException("gone"));
    }

    private static Authentication pendingAuthentication() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (!SignInStage.secondFactorPending(auth)) throw new AccessDeniedException("No sign-in waits for a code");
        return auth;
    }

    /** Codes are typed with spaces or dashes ("123 456", "abcde-fghjk"); case does not matter. */
    private static String clean(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
