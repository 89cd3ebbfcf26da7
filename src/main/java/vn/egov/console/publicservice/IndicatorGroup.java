package vn.egov.console.publicservice;

import java.util.List;

/** A scorecard group (e.g. "digitisation", 22 points) with its indicators, as set for one year. */
public record IndicatorGroup(long id, int year, String code, String nameVi, String nameEn, double maxPoints,
                             List<Indicator> indicators) {

    public String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}
