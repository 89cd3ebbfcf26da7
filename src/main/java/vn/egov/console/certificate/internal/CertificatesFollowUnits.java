package vn.egov.console.certificate.internal;

import java.time.Clock;
import java.util.EnumSet;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.egov.console.certificate.CertificateStatus;
import vn.egov.console.organization.UnitDependents;
import vn.egov.console.organization.UnitMergedEvent;

/**
 * Certificates and requests move to the successor when a unit is merged (inside the merge transaction); a unit
 * holding live certificates cannot be dissolved until they are revoked or moved.
 */
@Component
class CertificatesFollowUnits implements UnitDependents {

    private static final EnumSet<CertificateStatus> LIVE = EnumSet.of(CertificateStatus.REQUESTED,
            CertificateStatus.ISSUED, CertificateStatus.HANDED_OVER, CertificateStatus.RENEWAL_REQUESTED,
            CertificateStatus.TOKEN_LOST);

    private final CertificateRepository certificates;
    private final CertificateRequestRepository requests;
    private final Clock clock;

    CertificatesFollowUnits(CertificateRepository certificates, CertificateRequestRepository requests, Clock clock) {
        this.certificates = certificates;
        this.requests = requests;
        this.clock = clock;
    }

    @EventListener
    void onMerge(UnitMergedEvent event) {
        var now = clock.instant();
        certificates.findByUnitId(event.unitId()).forEach(c -> c.moveTo(event.successorId(), now));
        requests.findByUnitId(event.unitId()).forEach(r -> r.moveTo(event.successorId()));
    }

    @Override
    public String whatKey() {
        return "certificate.dependents";
    }

    @Override
    public long countActive(long unitId) {
        return certificates.countByUnitIdAndStatusIn(unitId, LIVE);
    }
}
