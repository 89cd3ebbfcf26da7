package vn.egov.console.publicservice;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.egov.console.base.time.ProvinceTime;
import vn.egov.console.overview.WorkItem;
import vn.egov.console.overview.WorkQueueSource;

/** Handling units that have not reported a month by the 10th of the next month, in the DIC's work queue. */
@Component
class PublicServiceWorkQueue implements WorkQueueSource {

    private final PublicServiceService service;

    PublicServiceWorkQueue(PublicServiceService service) {
        this.service = service;
    }

    @Override
    public List<WorkItem> pending(int limit) {
        return service.missingReports().stream().limit(limit)
                .map(m -> new WorkItem("ps.workQueue.missing", m.month().getMonthValue() + "/" + m.month().getYear(),
                        m.unitName(), m.dueOn().atStartOfDay(ProvinceTime.ZONE).toInstant(), "public-services"))
                .toList();
    }

    @Override
    public long countPending() {
        return service.missingReports().size();
    }
}
