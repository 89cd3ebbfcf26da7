package vn.egov.console.certificate;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.egov.console.overview.WorkItem;
import vn.egov.console.overview.WorkQueueSource;

/** Open certificate requests in the DIC's work queue, oldest first. */
@Component
class CertificateWorkQueue implements WorkQueueSource {

    private final CertificateService service;

    CertificateWorkQueue(CertificateService service) {
        this.service = service;
    }

    @Override
    public List<WorkItem> pending(int limit) {
        return service.pendingWork(limit).stream()
                .map(r -> new WorkItem("certificate.workQueue." + r.type().name(), r.holderName(), r.unitName(), r.requestedAt(),
                        "certificates/requests"))
                .toList();
    }

    @Override
    public long countPending() {
        return service.countOpenRequests();
    }
}
