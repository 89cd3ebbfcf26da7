package vn.egov.console.security.internal;

import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/** Published for a {@link LoginThrottledException}, so the login audit records the refusal as THROTTLED. */
public class AuthenticationFailureThrottledEvent extends AbstractAuthenticationFailureEvent {

    public AuthenticationFailureThrottledEvent(Authentication authentication, AuthenticationException exception) {
        super(authentication, exception);
    }
}
