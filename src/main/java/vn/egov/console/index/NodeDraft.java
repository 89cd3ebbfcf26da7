package vn.egov.console.index;

/** A node as a framework is written: children name their parent by code; leaves have a rule and a source. */
public record NodeDraft(String code, String parentCode, String nameVi, String nameEn, double maxPoints, boolean scored,
                        RuleType rule, String steps, Source source, IndexMetric metric, String verifyingUnit) {

    public static NodeDraft group(String code, String vi, String en, double max) {
        return new NodeDraft(code, null, vi, en, max, true, null, null, null, null, null);
    }

    public static NodeDraft computed(String code, String parent, String vi, String en, double max, RuleType rule,
                                     String steps, IndexMetric metric) {
        return new NodeDraft(code, parent, vi, en, max, true, rule, steps, Source.METRIC, metric, null);
    }

    public static NodeDraft evidence(String code, String parent, String vi, String en, double max, RuleType rule,
                                     String steps, String verifyingUnit) {
        return new NodeDraft(code, parent, vi, en, max, true, rule, steps, Source.EVIDENCE, null, verifyingUnit);
    }

    public NodeDraft unscored() {
        return new NodeDraft(code, parentCode, nameVi, nameEn, maxPoints, false, rule, steps, source, metric,
                verifyingUnit);
    }
}
