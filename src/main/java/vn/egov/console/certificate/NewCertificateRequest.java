package vn.egov.console.certificate;

/** A unit asks for a new certificate for itself (agency) or one of its people (personal). */
public record NewCertificateRequest(long unitId, CertificateKind kind, String holderName, String reason) {
}
