package vn.egov.console.mailbox;

/**
 * Where a keyset page starts: the last row before it, as the sort sees it. {@code sortValue} is the sorted column's
 * value (null for a mailbox never logged in to, under the last-login sort); {@code address} breaks ties under the
 * status sort; {@code id} breaks every remaining tie.
 */
public record MailboxKey(String sortValue, String address, long id) {
}
