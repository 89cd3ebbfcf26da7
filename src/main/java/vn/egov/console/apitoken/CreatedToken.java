package vn.egov.console.apitoken;

/** A new token and its secret, which is shown this once and stored only as a hash. */
public record CreatedToken(ApiToken token, String secret) {
}
