package vn.egov.console.index;

import java.time.Instant;
import java.time.LocalDate;

/** One year's assessment (a revision of it). */
public record Assessment(long id, long frameworkId, String frameworkName, int year, int revision,
                         LocalDate snapshotDate, AssessmentStatus status, String reason, String openedBy,
                         Instant openedAt, String publishedBy, Instant publishedAt, long version) {

    public boolean isOpen() {
        return status == AssessmentStatus.OPEN;
    }
}
