package vn.egov.console.portal;

/** Outcome of the last security assessment (kiểm tra, đánh giá an toàn thông tin). */
public enum AssessmentResult {
    PASSED, PASSED_WITH_FINDINGS, FAILED;

    public String translationKey() {
        return "portal.assessment." + name();
    }
}
