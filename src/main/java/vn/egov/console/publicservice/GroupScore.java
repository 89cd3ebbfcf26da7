package vn.egov.console.publicservice;

import java.util.List;

/**
 * A group's points: the sum over its indicators with data. {@code maxWithData} is what those indicators could give,
 * so "12 of 22 (10 without data)" can be shown instead of a misleading 12 of 22.
 */
public record GroupScore(IndicatorGroup group, List<IndicatorScore> indicators) {

    public double points() {
        return indicators.stream().filter(IndicatorScore::hasData).mapToDouble(IndicatorScore::points).sum();
    }

    public double maxWithData() {
        return indicators.stream().filter(IndicatorScore::hasData).mapToDouble(s -> s.indicator().maxPoints()).sum();
    }

    public boolean hasData() {
        return indicators.stream().anyMatch(IndicatorScore::hasData);
    }
}
