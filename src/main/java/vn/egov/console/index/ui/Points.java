package vn.egov.console.index.ui;

import java.text.NumberFormat;
import java.util.Locale;

/** Points and values as the index screens write them: up to two decimals, in the reader's locale. */
final class Points {

    private Points() {
    }

    static String of(Double points, Locale locale) {
        if (points == null || points.isNaN()) return "—";
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(2);
        f.setMinimumFractionDigits(0);
        return f.format(points);
    }

    static String change(Integer places) {
        if (places == null) return "—";
        if (places == 0) return "=";
        return places > 0 ? "▲ " + places : "▼ " + (-places);
    }
}
