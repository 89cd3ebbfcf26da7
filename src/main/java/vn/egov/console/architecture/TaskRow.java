package vn.egov.console.architecture;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A roadmap task as screens show it. {@code percent} is the task's own for a leaf and computed from its sub-tasks for
 * a parent; overdue and due soon are as of the province's today when the row was read.
 */
public record TaskRow(long id, long versionId, String code, String title, long componentId, Long parentId,
                      String legalBasis, long leadUnitId, String leadUnitName, LocalDate plannedStart,
                      LocalDate plannedEnd, LocalDate baselineStart, LocalDate baselineEnd, FundingSource funding,
                      Long estimateVnd, long disbursedVnd, String deliverable, TaskStatus status, int percent,
                      boolean hasChildren, Long carriedFromId, LocalDate doneOn, boolean overdue, boolean dueSoon,
                      long version) {

    /** Days the planned end moved past the baseline end (negative: earlier), or null without a baseline. */
    public Long slippageDays() {
        return baselineEnd == null ? null : ChronoUnit.DAYS.between(baselineEnd, plannedEnd);
    }
}
