package vn.egov.console.security;

/** What the login audit records. */
public enum LoginEvent {
    SUCCESS, FAILURE, LOCKED_OUT, REJECTED_LOCKED, REJECTED_DISABLED, LOGOUT,
    /** Refused unchecked: too many recent failures for this username or from this address. */
    THROTTLED,
    /** An administrator lifted a lockout. */
    UNLOCKED,
    /** An ADMIN set up their authenticator (first sign-in, or after a reset). */
    FACTOR_ENROLLED,
    /** The second factor passed with an authenticator code. */
    FACTOR_PASSED,
    /** The second factor passed with a one-time recovery code. */
    FACTOR_RECOVERY,
    /** A wrong or already used second-factor code. */
    FACTOR_FAILED,
    /** A second-factor code refused unchecked: too many recent failures. */
    FACTOR_THROTTLED,
    /** Another administrator removed the user's authenticator; the next sign-in enrols a new one. */
    FACTOR_RESET
}
