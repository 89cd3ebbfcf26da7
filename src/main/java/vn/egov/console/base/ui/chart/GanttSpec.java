package vn.egov.console.base.ui.chart;

import java.time.LocalDate;
import java.util.List;

/**
 * A timeline (Gantt chart) to draw: rows in order (group headings and bars), finish-to-start links between rows, the
 * date range and scale, and today.
 */
public record GanttSpec(LocalDate from, LocalDate to, Scale scale, LocalDate today, List<Row> rows, List<Link> links) {

    public enum Scale { QUARTER, YEAR }

    /** How a bar is coloured: on track, done, overdue (distinct), or closed without being done. */
    public enum State { ON_TRACK, DONE, OVERDUE, CLOSED }

    /**
     * A row: a group heading (a component, collapsible) or a bar with its baseline underneath.
     *
     * @param key    identifies the row for links
     * @param depth  indentation of the label (sub-tasks deeper)
     */
    public record Row(String key, String label, boolean group, int depth, LocalDate start, LocalDate end,
                      LocalDate baselineStart, LocalDate baselineEnd, int percent, State state) {
    }

    /** Prerequisite → successor (finish-to-start). */
    public record Link(String fromKey, String toKey) {
    }
}
