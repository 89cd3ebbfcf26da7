package vn.egov.console.index;

/**
 * One node of a framework's tree: a group (no parent), an indicator or a sub-indicator. Leaves carry a rule and its
 * source; inner nodes sum their children, capped at their own maximum.
 *
 * @param steps tiered steps as "threshold:points;threshold:points" (TIERED only)
 */
public record Node(long id, Long parentId, int position, String code, String nameVi, String nameEn, double maxPoints,
                   boolean scored, RuleType rule, String steps, Source source, IndexMetric metric,
                   String verifyingUnit) {

    public boolean isGroup() {
        return parentId == null;
    }

    public String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}
