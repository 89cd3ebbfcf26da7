package vn.egov.console.architecture;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.egov.console.overview.WorkItem;
import vn.egov.console.overview.WorkQueueSource;

/** Progress reports waiting for the DIC's verification, oldest first. */
@Component
class ArchitectureWorkQueue implements WorkQueueSource {

    private final ArchitectureService service;

    ArchitectureWorkQueue(ArchitectureService service) {
        this.service = service;
    }

    @Override
    public List<WorkItem> pending(int limit) {
        return service.pendingReports(limit).stream()
                .map(r -> new WorkItem("architecture.workQueue.report", r.taskCode() + " · " + r.taskTitle()
                        + " (" + r.period() + ")", r.leadUnitName(), r.reportedAt(), ArchitectureService.VERIFICATION_ROUTE))
                .toList();
    }

    @Override
    public long countPending() {
        return service.countPendingReports();
    }
}
