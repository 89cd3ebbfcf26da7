package vn.egov.console.architecture;

/** A roadmap task's status. Done, cancelled and carried over are closed: they are never overdue. */
public enum TaskStatus {
    NOT_STARTED, IN_PROGRESS, DONE, PAUSED, CANCELLED, CARRIED_OVER;

    public boolean isOpen() {
        return this == NOT_STARTED || this == IN_PROGRESS || this == PAUSED;
    }

    /** Whether the task still counts in its parent's and component's percent (closed without work does not). */
    public boolean counts() {
        return this != CANCELLED && this != CARRIED_OVER;
    }
}
