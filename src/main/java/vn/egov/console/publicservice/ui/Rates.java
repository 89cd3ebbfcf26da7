package vn.egov.console.publicservice.ui;

import java.util.Locale;
import vn.egov.console.base.i18n.Formats;

/** Rates as the public-service screens show them: "—" (no data) when there was nothing to divide by, never 0%. */
final class Rates {

    private Rates() {
    }

    static String of(Double ratio, Locale locale) {
        return ratio == null ? "—" : Formats.percent(ratio, locale);
    }

    static String points(Double points, Locale locale) {
        if (points == null) return "—";
        return String.format(locale, "%.1f", points);
    }
}
