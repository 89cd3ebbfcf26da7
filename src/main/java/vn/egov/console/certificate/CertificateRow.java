package vn.egov.console.certificate;

import java.time.LocalDate;
import vn.egov.console.organization.Tier;

/** A certificate as views see it, with its unit's name and tier. */
public record CertificateRow(long id, long unitId, String unitCode, String unitName, Tier tier, CertificateKind kind,
                             String holderName, CertificateStatus status, String serial, String issuer,
                             String subject, String keyUsage, LocalDate validFrom, LocalDate validTo,
                             String tokenType, LocalDate handedOverOn, LocalDate trainedOn,
                             String responsiblePerson, Long replacedById, long version) {
}
