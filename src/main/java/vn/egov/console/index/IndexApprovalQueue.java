package vn.egov.console.index;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.egov.console.overview.WorkItem;
import vn.egov.console.overview.WorkQueueSource;
import vn.egov.console.security.Role;

/** A unit head's "awaiting my approval" queue: officers' index self-assessments. */
@Component
class IndexApprovalQueue implements WorkQueueSource {

    private final IndexService service;

    IndexApprovalQueue(IndexService service) {
        this.service = service;
    }

    @Override
    public List<WorkItem> pending(int limit) {
        return service.awaitingMyApproval().stream().limit(limit)
                .map(p -> new WorkItem("workQueue.indexApprove", p.year() + " — " + p.submittedBy(), p.unitName(),
                        p.since(), "index/form"))
                .toList();
    }

    @Override
    public long countPending() {
        return service.awaitingMyApproval().size();
    }

    @Override
    public boolean visibleTo(Role role) {
        return role == Role.UNIT_HEAD;
    }
}
