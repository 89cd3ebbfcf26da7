package vn.egov.console.docflow.ui;

import java.util.Locale;
import vn.egov.console.base.i18n.Formats;

/** Percentages as the docflow screens show them; "—" when there was nothing to divide by. */
final class Shares {

    private Shares() {
    }

    static String of(double ratio, Locale locale) {
        return Double.isNaN(ratio) ? "—" : Formats.percent(ratio, locale);
    }
}
