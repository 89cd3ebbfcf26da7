package vn.egov.console.security.internal;

import org.springframework.security.core.AuthenticationException;

/** A login refused without checking the password: too many recent failures for the username or the address. */
public class LoginThrottledException extends AuthenticationException {

    public LoginThrottledException(String message) {
        super(message);
    }
}
