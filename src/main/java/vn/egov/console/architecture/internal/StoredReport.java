package vn.egov.console.architecture.internal;

import java.time.Instant;
import vn.egov.console.approval.Approval;
import vn.egov.console.architecture.TaskStatus;
import vn.egov.console.architecture.Verification;

/** A progress report row as stored, with its unit approval step (an officer's waits for the head). */
public record StoredReport(long id, long taskId, String period, TaskStatus status, int percentDone, long disbursedVnd,
                           String blockers, Long evidenceId, String reportedBy, Instant reportedAt,
                           Verification verification, String verifiedBy, Instant verifiedAt, String returnReason,
                           long version, Approval approval) {
}
