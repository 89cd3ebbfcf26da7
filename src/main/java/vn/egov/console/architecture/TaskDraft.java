package vn.egov.console.architecture;

import java.time.LocalDate;
import java.util.Set;

/**
 * What ADMIN types (or an import row holds) for a roadmap task. Percent done is typed only for a task without
 * sub-tasks; a parent's is computed.
 */
public record TaskDraft(String code, String title, Long componentId, Long parentId, String legalBasis, Long leadUnitId,
                        Set<Long> coordinatorIds, LocalDate plannedStart, LocalDate plannedEnd, FundingSource funding,
                        Long estimateVnd, Long disbursedVnd, String deliverable, TaskStatus status, Integer percentDone,
                        Set<Long> prerequisiteIds) {

    public TaskDraft {
        coordinatorIds = coordinatorIds == null ? Set.of() : Set.copyOf(coordinatorIds);
        prerequisiteIds = prerequisiteIds == null ? Set.of() : Set.copyOf(prerequisiteIds);
    }
}
