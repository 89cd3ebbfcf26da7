package vn.egov.console.base.ui.chart;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Draws a {@link GanttSpec} as one SVG string on the server: labels on the left, a year/quarter axis, each task's
 * planned bar with its progress and its frozen baseline as a thin bar underneath, a today line, overdue bars in their
 * own colour and finish-to-start arrows, red where the successor is planned to start before its prerequisite ends.
 * One pass over the rows, no DOM: a thousand tasks take milliseconds and a few hundred kilobytes.
 */
public final class GanttRenderer {

    static final int LABEL_W = 330;
    static final int CHART_W = 1000;
    static final int ROW_H = 22;
    static final int AXIS_H = 38;
    static final int LABEL_CHARS = 52;

    private GanttRenderer() {
    }

    public static String render(GanttSpec spec, Locale locale) {
        long days = Math.max(1, ChronoUnit.DAYS.between(spec.from(), spec.to()) + 1);
        double perDay = (double) CHART_W / days;
        int height = AXIS_H + spec.rows().size() * ROW_H + 8;
        int width = LABEL_W + CHART_W + 10;
        StringBuilder svg = new StringBuilder(512 + spec.rows().size() * 330 + spec.links().size() * 120);
        svg.append("<svg xmlns='http://www.w3.org/2000/svg' class='gantt' width='").append(width)
                .append("' height='").append(height).append("' viewBox='0 0 ").append(width).append(' ')
                .append(height).append("' font-family='sans-serif' font-size='11'>")
                .append("<defs><marker id='ga' viewBox='0 0 6 6' refX='6' refY='3' markerWidth='6' markerHeight='6' ")
                .append("orient='auto'><path d='M0,0L6,3L0,6z' fill='#555'/></marker>")
                .append("<marker id='gc' viewBox='0 0 6 6' refX='6' refY='3' markerWidth='6' markerHeight='6' ")
                .append("orient='auto'><path d='M0,0L6,3L0,6z' fill='#cc0000'/></marker></defs>");
        axis(svg, spec, perDay, height);
        Map<String, Integer> rowOf = new HashMap<>();
        Map<String, GanttSpec.Row> byKey = new HashMap<>();
        for (int i = 0; i < spec.rows().size(); i++) {
            GanttSpec.Row row = spec.rows().get(i);
            rowOf.put(row.key(), i);
            byKey.put(row.key(), row);
            row(svg, spec, row, i, perDay);
        }
        for (GanttSpec.Link link : spec.links()) {
            Integer a = rowOf.get(link.fromKey());
            Integer b = rowOf.get(link.toKey());
            if (a == null || b == null) continue; // one end is collapsed or filtered out
            GanttSpec.Row from = byKey.get(link.fromKey());
            GanttSpec.Row to = byKey.get(link.toKey());
            boolean conflict = !to.start().isAfter(from.end());
            double x1 = x(spec, from.end().plusDays(1), perDay);
            double x2 = x(spec, to.start(), perDay);
            double y1 = AXIS_H + a * ROW_H + 9;
            double y2 = AXIS_H + b * ROW_H + 9;
            double elbow = Math.max(x1 + 4, Math.min(x2 - 4, x1 + 8));
            svg.append("<path class='").append(conflict ? "gantt-conflict" : "gantt-link").append("' d='M")
                    .append(f(x1)).append(',').append(f(y1)).append("H").append(f(elbow)).append("V").append(f(y2))
                    .append("H").append(f(x2)).append("' fill='none' stroke='").append(conflict ? "#cc0000" : "#555")
                    .append("' stroke-width='").append(conflict ? "1.4" : "0.8").append("' marker-end='url(#")
                    .append(conflict ? "gc" : "ga").append(")'/>");
        }
        if (!spec.today().isBefore(spec.from()) && !spec.today().isAfter(spec.to())) {
            double tx = x(spec, spec.today(), perDay);
            svg.append("<line class='gantt-today' x1='").append(f(tx)).append("' x2='").append(f(tx))
                    .append("' y1='").append(AXIS_H - 6).append("' y2='").append(height)
                    .append("' stroke='#d93025' stroke-width='1.5' stroke-dasharray='4 3'/>");
        }
        return svg.append("</svg>").toString();
    }

    private static void axis(StringBuilder svg, GanttSpec spec, double perDay, int height) {
        for (int year = spec.from().getYear(); year <= spec.to().getYear(); year++) {
            LocalDate start = max(LocalDate.of(year, 1, 1), spec.from());
            LocalDate end = min(LocalDate.of(year, 12, 31), spec.to());
            double x1 = x(spec, start, perDay);
            double x2 = x(spec, end.plusDays(1), perDay);
            svg.append("<line x1='").append(f(x1)).append("' x2='").append(f(x1)).append("' y1='0' y2='")
                    .append(height).append("' stroke='#bbb' stroke-width='0.8'/>")
                    .append("<text x='").append(f((x1 + x2) / 2)).append("' y='13' text-anchor='middle' font-weight='bold'>")
                    .append(year).append("</text>");
            if (spec.scale() == GanttSpec.Scale.QUARTER) {
                for (int q = 0; q < 4; q++) {
                    LocalDate qs = LocalDate.of(year, q * 3 + 1, 1);
                    LocalDate qe = qs.plusMonths(3);
                    if (qe.isBefore(spec.from()) || qs.isAfter(spec.to())) continue;
                    double a = x(spec, max(qs, spec.from()), perDay);
                    double b = x(spec, min(qe, spec.to().plusDays(1)), perDay);
                    if (q > 0) {
                        svg.append("<line x1='").append(f(a)).append("' x2='").append(f(a)).append("' y1='18' y2='")
                                .append(height).append("' stroke='#e6e6e6' stroke-width='0.6'/>");
                    }
                    if (b - a > 14) {
                        svg.append("<text x='").append(f((a + b) / 2)).append("' y='30' text-anchor='middle' fill='#666'>Q")
                                .append(q + 1).append("</text>");
                    }
                }
            }
        }
        svg.append("<line x1='0' x2='").append(LABEL_W + CHART_W).append("' y1='").append(AXIS_H - 2).append("' y2='")
                .append(AXIS_H - 2).append("' stroke='#999'/>");
    }

    private static void row(StringBuilder svg, GanttSpec spec, GanttSpec.Row row, int i, double perDay) {
        int y = AXIS_H + i * ROW_H;
        if (i % 2 == 1) {
            svg.append("<rect x='0' y='").append(y).append("' width='").append(LABEL_W + CHART_W)
                    .append("' height='").append(ROW_H).append("' fill='#f7f9fb'/>");
        }
        String label = row.label().length() > LABEL_CHARS - row.depth() * 3
                ? row.label().substring(0, Math.max(1, LABEL_CHARS - row.depth() * 3 - 1)) + "…" : row.label();
        svg.append("<text x='").append(4 + row.depth() * 12).append("' y='").append(y + 15).append('\'');
        if (row.group()) svg.append(" font-weight='bold'");
        svg.append('>').append(escape(label)).append("</text>");
        if (row.start() == null || row.end() == null) return;
        double x1 = x(spec, row.start(), perDay);
        double x2 = Math.max(x1 + 2, x(spec, row.end().plusDays(1), perDay));
        if (row.group()) {
            svg.append("<rect x='").append(f(x1)).append("' y='").append(y + 7).append("' width='").append(f(x2 - x1))
                    .append("' height='5' fill='#37474f'/>");
            return;
        }
        if (row.baselineStart() != null && row.baselineEnd() != null) {
            double b1 = x(spec, row.baselineStart(), perDay);
            double b2 = Math.max(b1 + 2, x(spec, row.baselineEnd().plusDays(1), perDay));
            svg.append("<rect class='gantt-baseline' x='").append(f(b1)).append("' y='").append(y + 16)
                    .append("' width='").append(f(b2 - b1)).append("' height='3' fill='#9e9e9e'/>");
        }
        String[] colours = switch (row.state()) {
            case DONE -> new String[] {"#a8d5a2", "#38761d"};
            case OVERDUE -> new String[] {"#f4b6b0", "#cc0000"};
            case CLOSED -> new String[] {"#e0e0e0", "#9e9e9e"};
            case ON_TRACK -> new String[] {"#b7cde8", "#0b5394"};
        };
        svg.append("<rect class='gantt-bar gantt-").append(row.state().name().toLowerCase(Locale.ROOT))
                .append("' x='").append(f(x1)).append("' y='").append(y + 4).append("' width='").append(f(x2 - x1))
                .append("' height='11' rx='2' fill='").append(colours[0]).append("'/>");
        if (row.percent() > 0) {
            svg.append("<rect x='").append(f(x1)).append("' y='").append(y + 4).append("' width='")
                    .append(f((x2 - x1) * Math.min(100, row.percent()) / 100.0)).append("' height='11' rx='2' fill='")
                    .append(colours[1]).append("'/>");
        }
    }

    private static double x(GanttSpec spec, LocalDate date, double perDay) {
        long d = ChronoUnit.DAYS.between(spec.from(), date);
        return LABEL_W + Math.max(0, Math.min(CHART_W, d * perDay));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static String f(double v) {
        long tenths = Math.round(v * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : (tenths / 10) + "." + Math.abs(tenths % 10);
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\'' -> out.append("&#39;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
