package vn.egov.console.index;

import java.util.List;

/**
 * A unit's line in a published ranking: its total, points per group (in the framework's order), its rank in its
 * category, and last year's rank and total (null when it was not ranked then).
 */
public record UnitScore(long unitId, String unitName, Category category, double total, List<Double> groupPoints,
                        int rank, Integer previousRank, Double previousTotal) {

    /** Places gained since last year (positive = up), or null. */
    public Integer rankChange() {
        return previousRank == null ? null : previousRank - rank;
    }

    public Double pointsChange() {
        return previousTotal == null ? null : total - previousTotal;
    }
}
