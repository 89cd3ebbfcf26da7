package vn.egov.console.architecture;

import java.time.LocalDate;

/** What ADMIN types for a version. */
public record VersionDraft(String name, Long frameworkId, String decisionNumber, LocalDate decisionDate,
                           Integer periodFrom, Integer periodTo) {
}
