package vn.egov.console.mailbox;

import java.time.Instant;
import vn.egov.console.approval.Approval;

/** A unit's request as lists and the work queue show it. */
public record MailboxRequestRow(long id, RequestKind kind, RequestStatus status, long unitId, String unitName,
                                Long mailboxId, HolderKind holderKind, String holderName, String position,
                                String address, String note, String requestedBy, Instant requestedAt,
                                String decidedBy, Instant decidedAt, String decisionReason, long version,
                                Approval approval) {
}
