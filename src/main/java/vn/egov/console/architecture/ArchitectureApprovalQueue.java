package vn.egov.console.architecture;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.egov.console.overview.WorkItem;
import vn.egov.console.overview.WorkQueueSource;
import vn.egov.console.security.Role;

/** A unit head's "awaiting my approval" queue: their IT officers' progress reports, oldest first. */
@Component
class ArchitectureApprovalQueue implements WorkQueueSource {

    private final ArchitectureService service;

    ArchitectureApprovalQueue(ArchitectureService service) {
        this.service = service;
    }

    @Override
    public List<WorkItem> pending(int limit) {
        return service.awaitingMyApproval(limit).stream()
                .map(r -> new WorkItem("architecture.workQueue.approval", r.taskCode() + " · " + r.taskTitle()
                        + " (" + r.period() + ") — " + r.reportedBy(), r.leadUnitName(), r.reportedAt(),
                        ArchitectureService.VERIFICATION_ROUTE))
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
