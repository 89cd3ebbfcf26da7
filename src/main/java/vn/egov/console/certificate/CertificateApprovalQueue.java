package vn.egov.console.certificate;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.egov.console.overview.WorkItem;
import vn.egov.console.overview.WorkQueueSource;
import vn.egov.console.security.Role;

/** A unit head's "awaiting my approval" queue: their officers' certificate requests, oldest first. */
@Component
class CertificateApprovalQueue implements WorkQueueSource {

    private final CertificateService service;

    CertificateApprovalQueue(CertificateService service) {
        this.service = service;
    }

    @Override
    public List<WorkItem> pending(int limit) {
        return service.awaitingMyApproval(limit).stream()
                .map(r -> new WorkItem("certificate.workQueue." + r.type().name(),
                        r.holderName() + " — " + r.requestedBy(), r.unitName(), r.requestedAt(),
                        "certificates/requests"))
                .toList();
    }

    @Override
    public long countPending() {
        return service.countAwaitingMyApproval();
    }

    @Override
    public boolean visibleTo(Role role) {
        return role == Role.UNIT_HEAD;
    }
}
