package vn.egov.console.portal;

/** What the compliance board flags on a portal. */
public enum ComplianceIssue {
    DOWN, TLS_EXPIRING, CONTENT_STALE, ASSESSMENT_OVERDUE, BACKUP_GAP;

    public String translationKey() {
        return "portal.issue." + name();
    }
}
