package vn.egov.console.base.ui.chart;

import java.util.Locale;
import vn.egov.console.base.i18n.Formats;

/** How the axis and tooltips write values: ratios as percentages (0.18 → 18%) or plain counts. */
public enum ValueFormat {
    PERCENT, NUMBER;

    String format(double v, Locale locale) {
        if (Double.isNaN(v)) return "—";
        return this == PERCENT ? Formats.percent(v, locale) : Formats.number(Math.round(v), locale);
    }
}
