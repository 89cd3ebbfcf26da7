package vn.egov.console.publicservice;

import java.util.List;

/** The scorecard of one scope and period: every group of the year's indicator set, scored from the figures. */
public record Scorecard(int year, List<GroupScore> groups) {

    public static Scorecard evaluate(int year, List<IndicatorGroup> set, MetricValues values) {
        return new Scorecard(year, set.stream()
                .map(g -> new GroupScore(g, g.indicators().stream().map(i -> i.score(values)).toList()))
                .toList());
    }

    public double points() {
        return groups.stream().mapToDouble(GroupScore::points).sum();
    }

    public double maxPoints() {
        return groups.stream().mapToDouble(g -> g.group().maxPoints()).sum();
    }

    public double maxWithData() {
        return groups.stream().mapToDouble(GroupScore::maxWithData).sum();
    }

    /** Points as a share of what the indicators with data could give (null when none has data): comparable across units. */
    public Double normalised() {
        double max = maxWithData();
        return max == 0 ? null : points() / max;
    }
}
