package vn.egov.console.security.internal;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import vn.egov.console.security.Role;
import vn.egov.console.security.SignInStage;

/**
 * The password check behind the login form, with the throttle in front: a throttled attempt is refused before its
 * password is looked at. A locked or disabled account costs a password hash too, so that the time of the answer
 * does not tell whether the account is locked. A right password for an ADMIN only opens the second-factor step
 * (when {@code app.security.totp.required-for-admin}, the default): the session gets no role until a code is given.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final PasswordEncoder encoder;
    private final String dummyHash;
    private final boolean secondFactorForAdmins;

    ThrottledAuthenticationProvider(AppUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle,
                                    @Value("${app.security.totp.required-for-admin:true}") boolean secondFactorForAdmins) {
        this.secondFactorForAdmins = secondFactorForAdmins;
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.encoder = encoder;
        this.dummyHash = encoder.encode("no password matches this hash");
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        var wait = throttle.wait(attempt.getName(), address);
        if (wait.isPresent()) {
            throw new LoginThrottledException("wait " + (wait.get().toMillis() + 999) / 1000 + " s");
        }
        try {
            return secondFactorIfNeeded(passwords.authenticate(attempt));
        } catch (AccountStatusException e) {
            encoder.matches(String.valueOf(attempt.getCredentials()), dummyHash);
            throw e;
        }
    }

    private Authentication secondFactorIfNeeded(Authentication passed) {
        boolean admin = passed.getAuthorities().stream().anyMatch(a -> Role.ADMIN.authority().equals(a.getAuthority()));
        if (!admin || !secondFactorForAdmins) return passed;
        var pending = UsernamePasswordAuthenticationToken.authenticated(passed.getPrincipal(), null,
                List.of(new SimpleGrantedAuthority(SignInStage.SECOND_FACTOR_PENDING)));
        pending.setDetails(passed.getDetails());
        return pending;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
