package vn.egov.console.mailbox;

import java.time.Instant;

/** One change to a mailbox or request: who, when, what, and the values before and after. */
public record AuditRow(Instant at, String actor, String action, String before, String after) {
}
