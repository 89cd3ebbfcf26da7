package vn.egov.console.mailbox;

/** A unit asks for a mailbox. The address is optional: the DIC proposes one from the name when it approves. */
public record NewMailboxRequest(long unitId, HolderKind holderKind, String holderName, String position,
                                String address, String note) {
}
