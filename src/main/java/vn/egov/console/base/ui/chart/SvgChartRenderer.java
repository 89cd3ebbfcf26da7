package vn.egov.console.base.ui.chart;

import java.util.List;
import java.util.Locale;

/**
 * Draws a {@link ChartSpec} as a self-contained SVG string: no script, no licence, no network, the same picture in
 * every browser and printable. Values get native tooltips ({@code <title>}); the SVG scales to its container's width.
 */
public final class SvgChartRenderer {

    static final String[] PALETTE = {"#0b5394", "#e69138", "#6aa84f", "#cc0000", "#8e7cc3", "#45818e", "#bf9000"};
    static final int W = 800;
    static final int H = 300;
    static final int LEFT = 56;
    static final int RIGHT = 16;
    static final int TOP = 36;
    static final int BOTTOM = 44;

    private SvgChartRenderer() {
    }

    public static String render(ChartSpec spec, Locale locale) {
        StringBuilder svg = new StringBuilder(8192);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(W).append(' ').append(H)
                .append("\" width=\"100%\" preserveAspectRatio=\"xMidYMid meet\" role=\"img\" aria-label=\"")
                .append(esc(spec.title())).append("\" font-family=\"inherit\" font-size=\"13\">");
        double max = spec.max() != null ? spec.max() : niceMax(dataMax(spec));
        int plotW = W - LEFT - RIGHT;
        int plotH = H - TOP - BOTTOM;
        // y grid and labels
        for (int i = 0; i <= 4; i++) {
            double v = max * i / 4;
            double y = TOP + plotH - plotH * i / 4.0;
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(W - RIGHT).append("\" y1=\"").append(f(y))
                    .append("\" y2=\"").append(f(y)).append("\" stroke=\"#e3e7ec\"/>");
            svg.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(f(y + 4))
                    .append("\" text-anchor=\"end\" fill=\"#5f6b7a\">").append(esc(spec.format().format(v, locale)))
                    .append("</text>");
        }
        int n = spec.categories().size();
        double step = n == 0 ? plotW : (double) plotW / n;
        int every = Math.max(1, (int) Math.ceil(n / 16.0));
        for (int i = 0; i < n; i += every) {
            double x = LEFT + step * (i + 0.5);
            svg.append("<text x=\"").append(f(x)).append("\" y=\"").append(H - BOTTOM + 16)
                    .append("\" text-anchor=\"middle\" fill=\"#5f6b7a\">").append(esc(spec.categories().get(i)))
                    .append("</text>");
        }
        svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(W - RIGHT).append("\" y1=\"")
                .append(TOP + plotH).append("\" y2=\"").append(TOP + plotH).append("\" stroke=\"#9aa5b1\"/>");
        List<Series> series = spec.series();
        double legendX = LEFT;
        for (int s = 0; s < series.size(); s++) {
            Series se = series.get(s);
            String color = se.color() != null ? se.color() : PALETTE[s % PALETTE.length];
            if (spec.type() == ChartType.BAR) {
                double groupW = step * 0.75;
                double barW = groupW / Math.max(1, series.size());
                for (int i = 0; i < n; i++) {
                    double v = se.values().get(i);
                    if (Double.isNaN(v)) continue;
                    double h = plotH * Math.min(v, max) / max;
                    double x = LEFT + step * i + (step - groupW) / 2 + barW * s;
                    svg.append("<rect x=\"").append(f(x)).append("\" y=\"").append(f(TOP + plotH - h))
                            .append("\" width=\"").append(f(Math.max(1, barW - 1))).append("\" height=\"").append(f(h))
                            .append("\" fill=\"").append(esc(color)).append("\"><title>")
                            .append(esc(se.name() + " · " + spec.categories().get(i) + ": "
                                    + spec.format().format(v, locale)))
                            .append("</title></rect>");
                }
            } else {
                StringBuilder path = new StringBuilder();
                boolean pen = false;
                for (int i = 0; i < n; i++) {
                    double v = se.values().get(i);
                    if (Double.isNaN(v)) {
                        pen = false;
                        continue;
                    }
                    double x = LEFT + step * (i + 0.5);
                    double y = TOP + plotH - plotH * Math.min(v, max) / max;
                    path.append(pen ? " L" : " M").append(f(x)).append(' ').append(f(y));
                    pen = true;
                }
                svg.append("<path d=\"").append(path.toString().strip()).append("\" fill=\"none\" stroke=\"")
                        .append(esc(color)).append("\" stroke-width=\"2.5\" stroke-linejoin=\"round\"/>");
                if (n <= 40) {
                    for (int i = 0; i < n; i++) {
                        double v = se.values().get(i);
                        if (Double.isNaN(v)) continue;
                        double x = LEFT + step * (i + 0.5);
                        double y = TOP + plotH - plotH * Math.min(v, max) / max;
                        svg.append("<circle cx=\"").append(f(x)).append("\" cy=\"").append(f(y))
                                .append("\" r=\"3.5\" fill=\"").append(esc(color)).append("\"><title>")
                                .append(esc(se.name() + " · " + spec.categories().get(i) + ": "
                                        + spec.format().format(v, locale)))
                                .append("</title></circle>");
                    }
                }
            }
            // legend along the top
            double lx = legendX;
            legendX += 30 + 7.2 * se.name().length();
            svg.append("<rect x=\"").append(f(lx)).append("\" y=\"10\" width=\"12\" height=\"12\" rx=\"2\" fill=\"")
                    .append(esc(color)).append("\"/><text x=\"").append(f(lx + 17)).append("\" y=\"20\" fill=\"#1f2a37\">")
                    .append(esc(se.name())).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    static double dataMax(ChartSpec spec) {
        double max = 0;
        for (Series s : spec.series()) for (Double v : s.values()) if (!Double.isNaN(v)) max = Math.max(max, v);
        return max;
    }

    /** 1, 2, 2.5 or 5 times a power of ten, at or above the data. */
    static double niceMax(double v) {
        if (v <= 0) return 1;
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) if (m * p >= v) return m * p;
        return 10 * p;
    }

    private static String f(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    static String esc(String s) {
        if (s == null) return "";
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
