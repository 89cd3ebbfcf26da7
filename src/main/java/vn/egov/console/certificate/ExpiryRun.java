package vn.egov.console.certificate;

/** What one run of the expiry check did: certificates warned about, and those it marked expired. */
public record ExpiryRun(int warned, int expired) {
}
