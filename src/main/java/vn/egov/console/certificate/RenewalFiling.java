package vn.egov.console.certificate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One renewal a unit filed: when it asked (province date) and when the certificate it renews was due to expire.
 * Timeliness is the regulation's rule of thumb: filed while at least {@value CertificateService#RENEWAL_MIN_DAYS}
 * days of validity remained.
 */
public record RenewalFiling(long requestId, long unitId, long certificateId, CertificateKind kind, String holderName,
                            LocalDate filedOn, LocalDate expiringOn, RequestStatus status) {

    /** Days of validity the old certificate had left on the filing day (negative when filed after it expired). */
    public long daysLeftWhenFiled() {
        return ChronoUnit.DAYS.between(filedOn, expiringOn);
    }

    public boolean onTime() {
        return daysLeftWhenFiled() >= CertificateService.RENEWAL_MIN_DAYS;
    }
}
