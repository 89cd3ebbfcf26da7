package vn.egov.console.base.ui.chart;

import java.util.List;

/**
 * Everything a chart shows.
 *
 * @param title      short accessible description (also the SVG's aria-label)
 * @param categories x-axis labels
 * @param max        top of the y axis; null to fit the data (PERCENT charts usually pass 1.0)
 */
public record ChartSpec(ChartType type, String title, List<String> categories, List<Series> series, ValueFormat format,
                        Double max) {

    public ChartSpec {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("Series " + s.name() + " has " + s.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
    }
}
