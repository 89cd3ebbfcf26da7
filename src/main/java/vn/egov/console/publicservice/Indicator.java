package vn.egov.console.publicservice;

/**
 * One scorecard indicator: {@code numerator ÷ denominator} (or 1 minus it, for "100% − late ÷ to handle") scored by
 * its rule. Points are shown in the scorecard's language: {@code name(locale)}.
 */
public record Indicator(long id, String code, String nameVi, String nameEn, Metric numerator, Metric denominator,
                        boolean complement, double maxPoints, ScoringRule rule, Double target, String steps) {

    /** The ratio the rule scores, or null ("no data") when an input is not held or the denominator is 0. */
    public Double ratio(MetricValues values) {
        Long num = values.get(numerator);
        Long den = values.get(denominator);
        if (num == null || den == null || den == 0) return null;
        double r = Math.min(1, Math.max(0, (double) num / den));
        return complement ? 1 - r : r;
    }

    public IndicatorScore score(MetricValues values) {
        Double ratio = ratio(values);
        return new IndicatorScore(this, ratio, ratio == null ? null : rule.points(ratio, maxPoints, target, steps));
    }

    public String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}
