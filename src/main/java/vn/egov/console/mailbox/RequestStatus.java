package vn.egov.console.mailbox;

public enum RequestStatus {
    PENDING, APPROVED, REJECTED,
    /** Sent back by the unit's head before it reached the DIC (see the approval step). */
    RETURNED;

    public String translationKey() {
        return "mailboxRequestStatus." + name();
    }
}
