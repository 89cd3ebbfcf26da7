package vn.egov.console.security;

/** What the login audit records. */
public enum LoginEvent {
    SUCCESS, FAILURE, LOCKED_OUT, REJECTED_LOCKED, REJECTED_DISABLED, LOGOUT,
    /** Refused unchecked: too many recent failures for this username or from this address. */
    THROTTLED,
    /** An administrator lifted a lockout. */
    UNLOCKED
}
