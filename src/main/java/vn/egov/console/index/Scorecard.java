package vn.egov.console.index;

import java.util.List;

/**
 * The leadership scorecard: for the latest published year, each category's top and bottom five, the units lagging
 * (below half the points) on two or more groups, and each category's average score over the published years.
 */
public record Scorecard(Integer year, List<CategoryCard> categories) {

    /** @param groups the groups' codes and names, in the order of {@link Lagging#groupIndexes} */
    public record CategoryCard(Category category, Long assessmentId, List<Node> groups, List<UnitScore> top,
                               List<UnitScore> bottom, List<Lagging> lagging, List<YearAverage> trend) {
    }

    public record Lagging(UnitScore unit, List<Integer> groupIndexes) {
    }

    /** Average total as a share of the framework's maximum, so years on different frameworks compare. */
    public record YearAverage(int year, double share, int units) {
    }
}
