package vn.egov.console.security.internal;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The password check behind the login form, with the throttle in front: a throttled attempt is refused before its
 * password is looked at. A locked or disabled account costs a password hash too, so that the time of the answer
 * does not tell whether the account is locked.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final PasswordEncoder encoder;
    private final String dummyHash;

    ThrottledAuthenticationProvider(AppUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
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
            return passwords.authenticate(attempt);
        } catch (AccountStatusException e) {
            encoder.matches(String.valueOf(attempt.getCredentials()), dummyHash);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
