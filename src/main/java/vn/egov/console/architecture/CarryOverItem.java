package vn.egov.console.architecture;

import java.time.LocalDate;

/** An open task of the version being superseded, shown before approval so ADMIN decides its fate. */
public record CarryOverItem(long taskId, String code, String title, String leadUnitName, TaskStatus status,
                            int percent, LocalDate plannedEnd, boolean codeTakenInNewVersion) {
}
