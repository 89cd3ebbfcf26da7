package vn.egov.console.portal;

import java.time.Instant;
import java.time.LocalDate;

/** A portal as the console shows it: its record, its monitoring settings and the latest monitoring state. */
public record Portal(long id, long unitId, String unitName, String name, String url, Hosting hosting, String platform,
                     String editor, int postingMinPosts, PostingPeriod postingPeriod, LocalDate lastContentUpdate,
                     Integer securityLevel, String securityDecisionNo, LocalDate securityDecisionDate,
                     LocalDate lastAssessmentDate, AssessmentResult lastAssessmentResult, int openFindings,
                     boolean backupPlan, LocalDate lastRestoreTestDate, RestoreResult lastRestoreTestResult,
                     MonitorSettings monitor, Instant lastCheckAt, CheckOutcome lastOutcome, Integer lastStatusCode,
                     Long lastResponseMs, ProbeFailure lastFailure, Instant tlsExpiresAt, int consecutiveFailures,
                     long version) {

    public boolean neverChecked() {
        return lastCheckAt == null;
    }

    /** Whole days of TLS validity left (negative once expired); null for plain http or before the first check. */
    public Long tlsDaysLeft(Instant now) {
        return tlsExpiresAt == null ? null : Math.floorDiv(tlsExpiresAt.getEpochSecond() - now.getEpochSecond(), 86_400L);
    }

    public PortalDraft toDraft() {
        return new PortalDraft(unitId, name, url, hosting, platform, editor, postingMinPosts, postingPeriod,
                lastContentUpdate, securityLevel, securityDecisionNo, securityDecisionDate, lastAssessmentDate,
                lastAssessmentResult, openFindings, backupPlan, lastRestoreTestDate, lastRestoreTestResult);
    }
}
