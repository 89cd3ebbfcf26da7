package vn.egov.console.portal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;

/** The regulation's expectations of a portal, as rules over its record and monitoring state. */
public final class ComplianceRules {

    public static final Duration TLS_WARNING = Duration.ofDays(30);
    public static final int ASSESSMENT_MONTHS = 12;
    public static final int RESTORE_TEST_MONTHS = 12;

    private ComplianceRules() {
    }

    public static Set<ComplianceIssue> issues(Portal p, Instant now, LocalDate today) {
        Set<ComplianceIssue> issues = EnumSet.noneOf(ComplianceIssue.class);
        if (p.monitor().enabled() && p.lastOutcome() == CheckOutcome.DOWN) issues.add(ComplianceIssue.DOWN);
        if (p.tlsExpiresAt() != null && p.tlsExpiresAt().isBefore(now.plus(TLS_WARNING))) {
            issues.add(ComplianceIssue.TLS_EXPIRING);
        }
        if (isStale(p.lastContentUpdate(), p.postingMinPosts(), p.postingPeriod(), today)) {
            issues.add(ComplianceIssue.CONTENT_STALE);
        }
        if (p.lastAssessmentDate() == null || p.lastAssessmentDate().plusMonths(ASSESSMENT_MONTHS).isBefore(today)) {
            issues.add(ComplianceIssue.ASSESSMENT_OVERDUE);
        }
        if (!p.backupPlan() || p.lastRestoreTestDate() == null
                || p.lastRestoreTestDate().plusMonths(RESTORE_TEST_MONTHS).isBefore(today)
                || p.lastRestoreTestResult() == RestoreResult.FAILED) {
            issues.add(ComplianceIssue.BACKUP_GAP);
        }
        return issues;
    }

    /**
     * "At least N posts per period" allows, on average, a gap of period/N days between posts; only the date of the
     * latest update is known, so a portal is stale once that gap has passed without any update (never updated: stale).
     */
    public static boolean isStale(LocalDate lastUpdate, int minPosts, PostingPeriod period, LocalDate today) {
        if (lastUpdate == null) return true;
        return ChronoUnit.DAYS.between(lastUpdate, today) > allowedGapDays(minPosts, period);
    }

    public static long allowedGapDays(int minPosts, PostingPeriod period) {
        int n = Math.max(1, minPosts);
        return (period.days() + n - 1) / n;
    }
}
