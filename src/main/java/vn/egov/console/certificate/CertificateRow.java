package vn.egov.console.certificate;

import java.time.LocalDate;
import vn.egov.console.organization.Tier;

/**
 * A certificate as views see it, with its unit's name and tier.
 *
 * @param issuerTrusted true when a configured trusted CA verified it, false when an ADMIN accepted it from another
 *                      issuer with a reason, null when recorded before issuers were checked (or not issued yet)
 */
public record CertificateRow(long id, long unitId, String unitCode, String unitName, Tier tier, CertificateKind kind,
                             String holderName, CertificateStatus status, String serial, String issuer,
                             String subject, String keyUsage, LocalDate validFrom, LocalDate validTo,
                             String tokenType, LocalDate handedOverOn, LocalDate trainedOn,
                             String responsiblePerson, Long replacedById, long version, Boolean issuerTrusted) {

    /** The issuer's common name (CN), what people call the CA; the whole name when it has no CN. */
    public String issuerName() {
        if (issuer == null) return null;
        var parts = X509Reader.attributes(issuer);
        return parts.getOrDefault("CN", parts.getOrDefault("O", issuer));
    }

    /** Accepted from an issuer outside the configured trusted ones. */
    public boolean untrustedIssuer() {
        return Boolean.FALSE.equals(issuerTrusted);
    }
}
