package vn.egov.console.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import vn.egov.console.DemoUsers;
import vn.egov.console.IntegrationTest;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.security.internal.LoginThrottle;
import vn.egov.console.security.internal.Totp;

/**
 * The second factor of ADMIN accounts on the real services and database: enrolment, codes, replay, recovery codes,
 * throttling and lockout, reset by another administrator, and who may do what. Each test uses an administrator of
 * its own, so the demo admin's authenticator (used by the browser tests) stays untouched.
 */
@IntegrationTest
class SecondFactorServiceTest {

    @Autowired
    SecondFactorService secondFactors;
    @Autowired
    UserAdminService users;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    JdbcTemplate jdbc;

    UserSummary admin;

    @BeforeEach
    void newAdministrator() {
        String name = "totp-" + UUID.randomUUID().toString().substring(0, 8);
        admin = DemoUsers.ADMIN.call(() -> users.create(new NewUser(name, "Quản trị Thử", null, Role.ADMIN, null,
                "Mat-khau-2026")));
    }

    @AfterEach
    void signOutAndRetireTheAdministrator() {
        SecurityContextHolder.clearContext();
        // the context and its database are shared: an extra enabled ADMIN would receive other tests' alerts
        DemoUsers.ADMIN.run(() -> users.setEnabled(admin.id(), false));
    }

    @Test
    void enrolmentStoresTheSecretOnlyEncryptedAndShowsTenRecoveryCodesOnce() {
        signInWithPassword();
        assertThat(secondFactors.needsEnrolment()).isTrue();
        var enrolment = secondFactors.startEnrolment();
        assertThat(enrolment.otpauthUri()).startsWith("otpauth://totp/").contains("secret=" + enrolment.secret())
                .contains(admin.username()).contains("digits=6").contains("period=30");

        assertRefused(() -> secondFactors.confirmEnrolment(enrolment, wrong(codeNow(enrolment.secret()))),
                "error.secondFactor.wrongCode");
        assertThat(secondFactors.needsEnrolment()).as("nothing stored after a wrong code").isTrue();
        assertThat(stillPending()).isTrue();

        List<String> codes = secondFactors.confirmEnrolment(enrolment, codeNow(enrolment.secret()));
        assertThat(codes).hasSize(SecondFactorService.RECOVERY_CODES).doesNotHaveDuplicates()
                .allMatch(c -> c.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
        assertThat(stillPending()).as("the sign-in is complete").isFalse();
        assertThat(hasRole("ROLE_ADMIN")).isTrue();

        String stored = jdbc.queryForObject("select secret_cipher from user_second_factor where user_id = ?",
                String.class, admin.id());
        assertThat(stored).doesNotContain(enrolment.secret());
        assertThat(Totp.base32(java.util.Base64.getDecoder().decode(stored))).doesNotContain(enrolment.secret());
        List<String> hashes = jdbc.queryForList("select code_hash from user_recovery_code where user_id = ?",
                String.class, admin.id());
        assertThat(hashes).hasSize(10).noneMatch(h -> codes.stream().anyMatch(c -> h.contains(c.replace("-", ""))));
        assertThat(loginEvents()).contains(LoginEvent.FACTOR_ENROLLED);
        assertThat(DemoUsers.ADMIN.call(() -> secondFactors.enrolledUserIds())).contains(admin.id());
    }

    @Test
    void anEnrolledAdministratorNeedsACodeAndTheSameCodeNeverWorksTwice() {
        String secret = enrol();
        signInWithPassword();
        assertThat(secondFactors.needsEnrolment()).isFalse();
        long now = jdbc.queryForObject("select last_used_step from user_second_factor where user_id = ?", Long.class,
                admin.id());
        // enrolment used the current step: its code is spent, the next one (clock drift) is not
        assertRefused(() -> secondFactors.verify(code(secret, now)), "error.secondFactor.codeUsed");
        assertThat(stillPending()).isTrue();
        var passed = secondFactors.verify(code(secret, now + 1).substring(0, 3) + " " + code(secret, now + 1).substring(3));
        assertThat(passed.withRecoveryCode()).isFalse();
        assertThat(hasRole("ROLE_ADMIN")).isTrue();

        signInWithPassword();
        assertRefused(() -> secondFactors.verify(code(secret, now + 1)), "error.secondFactor.codeUsed");
        assertThat(stillPending()).isTrue();
        assertThat(loginEvents()).contains(LoginEvent.FACTOR_PASSED, LoginEvent.FACTOR_FAILED);
    }

    @Test
    void aRecoveryCodeSignsInOnceAndOnlyOnce() {
        List<String> codes = enrolWithCodes();
        signInWithPassword();
        var passed = secondFactors.verify(codes.get(0));
        assertThat(passed.withRecoveryCode()).isTrue();
        assertThat(passed.recoveryCodesLeft()).isEqualTo(9);
        assertThat(hasRole("ROLE_ADMIN")).isTrue();

        signInWithPassword();
        assertRefused(() -> secondFactors.verify(codes.get(0)), "error.secondFactor.wrongCode");
        // typed in capitals, with spaces instead of the dash
        assertThat(secondFactors.verify(codes.get(1).toUpperCase().replace("-", " ")).recoveryCodesLeft()).isEqualTo(8);
        assertThat(loginEvents()).contains(LoginEvent.FACTOR_RECOVERY);
    }

    @Test
    void wrongCodesAreThrottledLikePasswordsAndEndInALockout() {
        String secret = enrol();
        signInWithPassword();
        String wrong = wrong(codeNow(secret));
        for (int i = 0; i < 3; i++) assertRefused(() -> secondFactors.verify(wrong), "error.secondFactor.wrongCode");
        assertRefused(() -> secondFactors.verify(codeNow(secret)), "error.secondFactor.wait");
        assertThat(loginEvents()).contains(LoginEvent.FACTOR_FAILED, LoginEvent.FACTOR_THROTTLED);

        // re-entering the password does not clear the count: the lockout still comes after max-failed-logins (10)
        for (int i = 3; i < 10; i++) {
            throttle.forget(admin.username());
            signInWithPassword();
            assertRefused(() -> secondFactors.verify(wrong), "error.secondFactor.wrongCode");
        }
        throttle.forget(admin.username());
        assertRefused(() -> secondFactors.verify(codeNow(secret)), "error.secondFactor.accountLocked");
        assertThat(loginEvents()).contains(LoginEvent.LOCKED_OUT);
        assertThat(stillPending()).isTrue();
    }

    @Test
    void anotherAdministratorResetsTheAuthenticatorAndTheNextSignInEnrolsAgain() {
        enrolWithCodes();
        DemoUsers.ADMIN.run(() -> secondFactors.reset(admin.id()));
        assertThat(jdbc.queryForObject("select count(*) from user_recovery_code where user_id = ?", Long.class,
                admin.id())).isZero();
        assertThat(loginEvents()).contains(LoginEvent.FACTOR_RESET);
        long trail = jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'user' and entity_id = ?"
                + " and actor = 'admin' and changes like '%secondFactor%'", Long.class, admin.id());
        assertThat(trail).as("in the audit trail, by the admin who reset it").isPositive();

        signInWithPassword();
        assertThat(secondFactors.needsEnrolment()).isTrue();
        DemoUsers.ADMIN.run(() -> assertRefused(() -> secondFactors.reset(admin.id()),
                "error.secondFactor.notEnrolledUser"));
    }

    @Test
    void noAdministratorResetsTheirOwnAuthenticator() {
        enrol();
        asFullAdmin(() -> {
            assertRefused(() -> secondFactors.reset(admin.id()), "error.secondFactor.cannotResetOwn");
            return null;
        });
        assertThat(DemoUsers.ADMIN.call(() -> secondFactors.enrolledUserIds())).contains(admin.id());
    }

    @Test
    void onlyAdministratorsResetAndOnlyAPendingSignInEntersCodes() {
        enrol();
        for (DemoUsers other : List.of(DemoUsers.LEADER, DemoUsers.HEAD_SNV, DemoUsers.OFFICER_SNV,
                DemoUsers.HEAD_VINH_YEN)) {
            other.run(() -> {
                assertThatThrownBy(() -> secondFactors.reset(admin.id())).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> secondFactors.enrolledUserIds()).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> secondFactors.verify("123456")).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> secondFactors.startEnrolment()).isInstanceOf(AccessDeniedException.class);
            });
        }
        DemoUsers.ADMIN.run(() -> {
            assertThatThrownBy(() -> secondFactors.verify("123456")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> secondFactors.needsEnrolment()).isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void aSignInThatOwesTheSecondFactorHasNoAdministratorRights() {
        enrol();
        signInWithPassword();
        assertThat(currentUser.find()).isEmpty();
        assertThatThrownBy(() -> users.search(null, PageRequest.of(0, 5))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> secondFactors.reset(admin.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.me()).isInstanceOf(AccessDeniedException.class);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private String enrol() {
        signInWithPassword();
        var enrolment = secondFactors.startEnrolment();
        secondFactors.confirmEnrolment(enrolment, codeNow(enrolment.secret()));
        SecurityContextHolder.clearContext();
        return enrolment.secret();
    }

    private List<String> enrolWithCodes() {
        signInWithPassword();
        var enrolment = secondFactors.startEnrolment();
        var codes = secondFactors.confirmEnrolment(enrolment, codeNow(enrolment.secret()));
        SecurityContextHolder.clearContext();
        return codes;
    }

    /** What the password step leaves in the session: the user, and only the pending mark. */
    private void signInWithPassword() {
        var principal = User.withUsername(admin.username()).password("").authorities(List.of()).build();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                List.of(new SimpleGrantedAuthority(SignInStage.SECOND_FACTOR_PENDING))));
        SecurityContextHolder.setContext(context);
    }

    private <T> T asFullAdmin(Callable<T> work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin.username(), null,
                List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return work.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private boolean stillPending() {
        return SignInStage.secondFactorPending(SecurityContextHolder.getContext().getAuthentication());
    }

    private boolean hasRole(String authority) {
        return SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(authority));
    }

    private List<LoginEvent> loginEvents() {
        return jdbc.queryForList("select event from login_audit where username = ?", String.class, admin.username())
                .stream().map(LoginEvent::valueOf).toList();
    }

    private static String codeNow(String secret) {
        return code(secret, Totp.step(Instant.now()));
    }

    private static String code(String secret, long step) {
        return Totp.code(Totp.fromBase32(secret), step);
    }

    /** A six-digit code that is none of the accepted ones around now. */
    private static String wrong(String right) {
        return right.equals("000000") ? "111111" : "000000";
    }

    private static void assertRefused(Runnable call, String messageKey) {
        assertThatThrownBy(call::run).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo(messageKey);
    }

    private static void assertRefused(Callable<?> call, String messageKey) {
        assertRefused(() -> {
            try {
                call.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, messageKey);
    }
}
