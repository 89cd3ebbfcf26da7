package vn.egov.console.mailbox;

/** Lifecycle of a mailbox: approved but not yet set up on the mail server, in use, blocked for a while, closed. */
public enum MailboxStatus {
    REQUESTED, ACTIVE, SUSPENDED, CLOSED;

    public String translationKey() {
        return "mailboxStatus." + name();
    }

    /** Counts as a mailbox the unit has (not yet closed). */
    public boolean isLive() {
        return this != CLOSED;
    }
}
