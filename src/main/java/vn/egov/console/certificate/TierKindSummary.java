package vn.egov.console.certificate;

import vn.egov.console.organization.Tier;

/** One cell group of the tier × kind table; see {@link SummaryFigure} for what each figure counts. */
public record TierKindSummary(Tier tier, CertificateKind kind, long handedOver, long inForce, long expiring,
                              long expired, long revoked) {

    public long figure(SummaryFigure figure) {
        return switch (figure) {
            case HANDED_OVER -> handedOver;
            case IN_FORCE -> inForce;
            case EXPIRING -> expiring;
            case EXPIRED -> expired;
            case REVOKED -> revoked;
        };
    }
}
