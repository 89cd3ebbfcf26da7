package vn.egov.console.portal;

/** Outcome of the last backup restore test. */
public enum RestoreResult {
    SUCCESS, FAILED;

    public String translationKey() {
        return "portal.restore." + name();
    }
}
