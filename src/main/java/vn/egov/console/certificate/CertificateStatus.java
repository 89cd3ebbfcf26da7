package vn.egov.console.certificate;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a certificate is in its life. {@link #REPLACED} is not in the issue's list: it marks the old certificate once
 * its renewal has been issued, so it neither alerts nor counts twice in the "handed over" figures.
 */
public enum CertificateStatus {
    REQUESTED, ISSUED, HANDED_OVER, RENEWAL_REQUESTED, REVOKED, EXPIRED, TOKEN_LOST, REPLACED;

    /** Certificates in use: they expire, so they are warned about and turn {@link #EXPIRED}. */
    public static final Set<CertificateStatus> IN_USE = EnumSet.of(ISSUED, HANDED_OVER, RENEWAL_REQUESTED);

    public boolean inUse() {
        return IN_USE.contains(this);
    }

    public String translationKey() {
        return "certificateStatus." + name();
    }
}
