package vn.egov.console.architecture.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.egov.console.architecture.ArchComponent;
import vn.egov.console.architecture.TaskLink;
import vn.egov.console.architecture.TaskRow;
import vn.egov.console.architecture.TaskStatus;
import vn.egov.console.base.ui.chart.GanttSpec;

/** Turns roadmap rows into a timeline: one heading per component (collapsed ones keep only their heading). */
public final class TimelineSpecs {

    private TimelineSpecs() {
    }

    public static GanttSpec spec(List<ArchComponent> components, List<TaskRow> tasks, List<TaskLink> links,
                                 Set<Long> collapsed, GanttSpec.Scale scale, LocalDate today, Locale locale) {
        Map<Long, List<TaskRow>> byComponent = new LinkedHashMap<>();
        for (ArchComponent c : components) byComponent.put(c.id(), new ArrayList<>());
        for (TaskRow t : tasks) byComponent.computeIfAbsent(t.componentId(), k -> new ArrayList<>()).add(t);
        Map<Long, Integer> depth = new HashMap<>();
        Set<Long> ids = new HashSet<>();
        for (TaskRow t : tasks) ids.add(t.id());
        List<GanttSpec.Row> rows = new ArrayList<>();
        LocalDate from = null;
        LocalDate to = null;
        for (ArchComponent c : components) {
            List<TaskRow> own = byComponent.get(c.id());
            if (own.isEmpty()) continue;
            LocalDate start = own.stream().map(TaskRow::plannedStart).min(LocalDate::compareTo).orElseThrow();
            LocalDate end = own.stream().map(TaskRow::plannedEnd).max(LocalDate::compareTo).orElseThrow();
            rows.add(new GanttSpec.Row("c" + c.id(), (collapsed.contains(c.id()) ? "▸ " : "▾ ") + c.name(locale), true,
                    0, start, end, null, null, 0, GanttSpec.State.ON_TRACK));
            from = from == null || start.isBefore(from) ? start : from;
            to = to == null || end.isAfter(to) ? end : to;
            if (collapsed.contains(c.id())) continue;
            for (TaskRow t : own) {
                int d = t.parentId() != null && ids.contains(t.parentId()) ? depth.getOrDefault(t.parentId(), 1) + 1 : 1;
                depth.put(t.id(), d);
                rows.add(new GanttSpec.Row("t" + t.id(), t.code() + " " + t.title(), false, d, t.plannedStart(),
                        t.plannedEnd(), t.baselineStart(), t.baselineEnd(), t.percent(), state(t)));
                if (t.baselineStart() != null && t.baselineStart().isBefore(from)) from = t.baselineStart();
                if (t.baselineEnd() != null && t.baselineEnd().isAfter(to)) to = t.baselineEnd();
            }
        }
        if (from == null) {
            from = today;
            to = today;
        }
        from = LocalDate.of(from.getYear(), 1, 1);
        to = LocalDate.of(to.getYear(), 12, 31);
        List<GanttSpec.Link> arrows = links.stream()
                .map(l -> new GanttSpec.Link("t" + l.prerequisiteId(), "t" + l.taskId())).toList();
        return new GanttSpec(from, to, scale, today, rows, arrows);
    }

    private static GanttSpec.State state(TaskRow t) {
        if (t.status() == TaskStatus.DONE) return GanttSpec.State.DONE;
        if (t.overdue()) return GanttSpec.State.OVERDUE;
        if (!t.status().isOpen()) return GanttSpec.State.CLOSED;
        return GanttSpec.State.ON_TRACK;
    }
}
