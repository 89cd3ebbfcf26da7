package vn.egov.console.portal;

/** One unit's line on the compliance board: its portals and how many have each issue. */
public record UnitCompliance(long unitId, String unitName, long portals, long down, long tlsExpiring,
                             long contentStale, long assessmentOverdue, long backupGap) {

    public long withIssues() {
        return down + tlsExpiring + contentStale + assessmentOverdue + backupGap;
    }
}
