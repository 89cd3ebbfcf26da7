package vn.egov.console.portal;

import java.time.LocalDate;

/** What a person fills in about a portal (the unit's own record; monitoring settings are separate). */
public record PortalDraft(Long unitId, String name, String url, Hosting hosting, String platform, String editor,
                          Integer postingMinPosts, PostingPeriod postingPeriod, LocalDate lastContentUpdate,
                          Integer securityLevel, String securityDecisionNo, LocalDate securityDecisionDate,
                          LocalDate lastAssessmentDate, AssessmentResult lastAssessmentResult, Integer openFindings,
                          boolean backupPlan, LocalDate lastRestoreTestDate, RestoreResult lastRestoreTestResult) {
}
