package vn.egov.console.overview;

import java.util.List;
import vn.egov.console.security.Role;

/**
 * A feature that puts requests in a work queue on the home view: ADMIN's (the default) or, for sources whose
 * {@link #visibleTo} says so, a unit head's "awaiting my approval" queue. Implementations read through their own
 * service (which checks the caller's role and scope) and return the oldest items first, at most {@code limit}.
 */
public interface WorkQueueSource {

    List<WorkItem> pending(int limit);

    /** How many items are waiting in all (the queue shows only the oldest few). */
    long countPending();

    /** Whose home view shows this queue; ADMIN's unless a source says otherwise (e.g. a head's approvals). */
    default boolean visibleTo(Role role) {
        return role == Role.ADMIN;
    }
}
