package vn.egov.console.mailbox;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.egov.console.overview.WorkItem;
import vn.egov.console.overview.WorkQueueSource;
import vn.egov.console.security.Role;

/** A unit head's "awaiting my approval" queue: their officers' mailbox requests, oldest first. */
@Component
class MailboxApprovalQueue implements WorkQueueSource {

    private final MailboxRequestService requests;

    MailboxApprovalQueue(MailboxRequestService requests) {
        this.requests = requests;
    }

    @Override
    public List<WorkItem> pending(int limit) {
        return requests.awaitingMyApproval(limit).stream()
                .map(r -> new WorkItem(r.kind() == RequestKind.NEW ? "workQueue.mailboxNew" : "workQueue.mailboxClose",
                        r.holderName() + (r.address() == null ? "" : " · " + r.address()) + " — " + r.requestedBy(),
                        r.unitName(), r.requestedAt(), MailboxWorkQueue.ROUTE))
                .toList();
    }

    @Override
    public long countPending() {
        return requests.countAwaitingMyApproval();
    }

    @Override
    public boolean visibleTo(Role role) {
        return role == Role.UNIT_HEAD;
    }
}
