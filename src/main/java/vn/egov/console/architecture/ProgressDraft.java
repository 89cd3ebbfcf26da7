package vn.egov.console.architecture;

import vn.egov.console.base.evidence.EvidenceUpload;

/** A lead unit's progress report for a period ("2025-Q3" by default, or a year "2025"); evidence optional. */
public record ProgressDraft(String period, TaskStatus status, Integer percentDone, Long disbursedVnd, String blockers,
                            EvidenceUpload evidence) {
}
