package vn.egov.console.architecture.internal;

import java.time.LocalDate;
import vn.egov.console.architecture.FundingSource;
import vn.egov.console.architecture.TaskStatus;

/** A task row as stored; {@code percentDone} is meaningful for leaves only. */
public record StoredTask(long id, long versionId, String code, String title, long componentId, Long parentId,
                         String legalBasis, long leadUnitId, LocalDate plannedStart, LocalDate plannedEnd,
                         LocalDate baselineStart, LocalDate baselineEnd, FundingSource funding, Long estimateVnd,
                         long disbursedVnd, String deliverable, TaskStatus status, int percentDone, LocalDate doneOn,
                         Long carriedFromId, long version) {
}
