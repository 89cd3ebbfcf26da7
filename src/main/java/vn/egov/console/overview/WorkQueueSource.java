package vn.egov.console.overview;

import java.util.List;

/**
 * A feature that puts requests in ADMIN's work queue on the home view. Implementations read through their own
 * service (which checks the caller is ADMIN) and return the oldest items first, at most {@code limit}.
 */
public interface WorkQueueSource {

    List<WorkItem> pending(int limit);

    /** How many items are waiting in all (the queue shows only the oldest few). */
    long countPending();
}
