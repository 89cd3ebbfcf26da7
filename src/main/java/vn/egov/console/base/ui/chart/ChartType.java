package vn.egov.console.base.ui.chart;

/** What a {@link Chart} draws: lines over categories, or grouped bars. */
public enum ChartType {
    LINE, BAR
}
