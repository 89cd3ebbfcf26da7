package vn.egov.console.architecture;

import java.time.Instant;
import vn.egov.console.approval.Approval;
import vn.egov.console.base.evidence.EvidenceInfo;

/** A filed progress report with its unit approval step (an officer's goes to the head first) and verification. */
public record ProgressReport(long id, long taskId, String taskCode, String taskTitle, String leadUnitName, String period,
                             TaskStatus status, int percentDone, long disbursedVnd, String blockers,
                             EvidenceInfo evidence, String reportedBy, Instant reportedAt, Verification verification,
                             String verifiedBy, Instant verifiedAt, String returnReason, long version,
                             Approval approval) {
}
