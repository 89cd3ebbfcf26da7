package vn.egov.console.index;

import java.util.List;

/** A published ranking of one category and year: the groups (columns) and the units in rank order. */
public record Ranking(Assessment assessment, Category category, List<Node> groups, List<UnitScore> units) {

    public static Ranking empty(Category category) {
        return new Ranking(null, category, List.of(), List.of());
    }
}
