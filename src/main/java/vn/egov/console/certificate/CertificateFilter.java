package vn.egov.console.certificate;

import vn.egov.console.organization.Tier;

/** Grid filters; null means "any". {@code expiringWithinDays} keeps certificates in use that end within N days. */
public record CertificateFilter(Tier tier, CertificateKind kind, CertificateStatus status, Long unitId,
                                Integer expiringWithinDays, String text, SummaryFigure figure) {

    public static CertificateFilter all() {
        return new CertificateFilter(null, null, null, null, null, null, null);
    }

    public CertificateFilter withUnit(Long unit) {
        return new CertificateFilter(tier, kind, status, unit, expiringWithinDays, text, figure);
    }
}
