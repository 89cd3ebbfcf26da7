package vn.egov.console.mailbox;

/** What a unit asks the DIC for: a mailbox for a new staff member, or closing a leaver's mailbox. */
public enum RequestKind {
    NEW, CLOSE;

    public String translationKey() {
        return "mailboxRequestKind." + name();
    }
}
