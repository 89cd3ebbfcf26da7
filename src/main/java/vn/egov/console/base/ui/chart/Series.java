package vn.egov.console.base.ui.chart;

import java.util.List;

/**
 * One named row of values, one per category; {@code Double.NaN} is "no value" (a gap in a line, no bar).
 *
 * @param color any CSS colour; null picks the next colour of the house palette
 */
public record Series(String name, List<Double> values, String color) {

    public static Series of(String name, List<Double> values) {
        return new Series(name, values, null);
    }
}
