package vn.egov.console.mailbox;

public enum RequestStatus {
    PENDING, APPROVED, REJECTED;

    public String translationKey() {
        return "mailboxRequestStatus." + name();
    }
}
