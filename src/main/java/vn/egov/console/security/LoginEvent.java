package vn.egov.console.security;

/** What the login audit records. */
public enum LoginEvent {
    SUCCESS, FAILURE, LOCKED_OUT, REJECTED_LOCKED, REJECTED_DISABLED, LOGOUT
}
