package vn.egov.console.index;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.egov.console.overview.WorkItem;
import vn.egov.console.overview.WorkQueueSource;

/** The DIC's queue: units whose self-assessment (approved by their head) waits for verification. */
@Component
class IndexWorkQueue implements WorkQueueSource {

    static final String ROUTE = "index/review";

    private final IndexService service;

    IndexWorkQueue(IndexService service) {
        this.service = service;
    }

    @Override
    public List<WorkItem> pending(int limit) {
        return service.verificationQueue().stream().limit(limit)
                .map(p -> new WorkItem("workQueue.indexVerify", p.year() + " · " + p.indicators() + " · "
                        + (p.submittedBy() == null ? "" : p.submittedBy()), p.unitName(), p.since(), ROUTE))
                .toList();
    }

    @Override
    public long countPending() {
        return service.verificationQueue().size();
    }
}
