package vn.egov.console.mailbox;

/** Where a keyset page starts: the sort value and id of the last row before it. */
public record MailboxKey(String sortValue, long id) {
}
