package vn.egov.console.publicservice;

/** One line of a drill-down: a unit, field, procedure or month with its summed figures. */
public record Breakdown(String key, String label, Long id, Totals totals) {
}
