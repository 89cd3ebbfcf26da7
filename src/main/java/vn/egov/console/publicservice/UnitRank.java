package vn.egov.console.publicservice;

import vn.egov.console.organization.Tier;

/**
 * A unit's place among the units of its tier: score = scorecard points ÷ the points its indicators with data could
 * give (0–1). {@code previousRank} and {@code previousScore} are the previous period's (null when it had no figures).
 */
public record UnitRank(int rank, long unitId, String unitCode, String unitName, Tier tier, Totals totals, Double score,
                       Integer previousRank, Double previousScore) {

    /** Places gained since the previous period (positive = moved up), or null. */
    public Integer rankChange() {
        return previousRank == null ? null : previousRank - rank;
    }
}
