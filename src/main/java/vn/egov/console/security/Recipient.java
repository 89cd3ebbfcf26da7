package vn.egov.console.security;

/** Someone to notify: their account, name, e-mail (may be null) and language. */
public record Recipient(long userId, String fullName, String email, String language) {
}
