package vn.egov.console.certificate;

/** The certificate an upload produced, and the request it fulfilled (null when a new record was created). */
public record ImportOutcome(CertificateRow certificate, Long requestId) {
}
