package vn.egov.console.mailbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.egov.console.base.time.ProvinceTime;
import vn.egov.console.overview.WorkItem;
import vn.egov.console.overview.WorkQueueSource;

/** ADMIN's work from this feature: requests to decide, and approved mailboxes still to set up on the mail server. */
@Component
class MailboxWorkQueue implements WorkQueueSource {

    static final String ROUTE = "mailboxes/requests";
    private final MailboxRequestService requests;
    private final MailboxService mailboxes;

    MailboxWorkQueue(MailboxRequestService requests, MailboxService mailboxes) {
        this.requests = requests;
        this.mailboxes = mailboxes;
    }

    @Override
    public List<WorkItem> pending(int limit) {
        List<WorkItem> items = new ArrayList<>();
        for (MailboxRequestRow r : requests.pending(limit)) {
            String title = r.holderName() + (r.address() == null ? "" : " · " + r.address());
            items.add(new WorkItem(r.kind() == RequestKind.NEW ? "workQueue.mailboxNew" : "workQueue.mailboxClose",
                    title, r.unitName(), r.requestedAt(), ROUTE));
        }
        for (MailboxRow m : mailboxes.awaitingProvisioning(limit)) {
            var since = (m.requestedOn() == null ? java.time.LocalDate.now(ProvinceTime.ZONE) : m.requestedOn())
                    .atStartOfDay(ProvinceTime.ZONE).toInstant();
            items.add(new WorkItem("workQueue.mailboxProvision", m.holderName() + " · " + m.address(), m.unitName(),
                    since, ROUTE));
        }
        return items.stream().sorted(Comparator.comparing(WorkItem::since)).limit(limit).toList();
    }

    @Override
    public long countPending() {
        return requests.countPending() + mailboxes.countAwaitingProvisioning();
    }
}
