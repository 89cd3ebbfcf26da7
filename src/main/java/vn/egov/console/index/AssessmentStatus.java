package vn.egov.console.index;

/** An assessment is open for self-assessment and verification, then published; a later revision supersedes it. */
public enum AssessmentStatus {
    OPEN, PUBLISHED, SUPERSEDED;

    public String translationKey() {
        return "index.assessmentStatus." + name();
    }
}
