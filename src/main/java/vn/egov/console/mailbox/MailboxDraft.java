package vn.egov.console.mailbox;

/** What the edit form sends. Unit users may change only the holder's name and position of their own mailboxes. */
public record MailboxDraft(String address, HolderKind holderKind, String holderName, String position, Long unitId,
                           Integer quotaMb) {

    public static MailboxDraft of(MailboxRow row) {
        return new MailboxDraft(row.address(), row.holderKind(), row.holderName(), row.position(), row.unitId(),
                row.quotaMb());
    }
}
