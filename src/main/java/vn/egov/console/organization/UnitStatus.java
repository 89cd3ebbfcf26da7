package vn.egov.console.organization;

public enum UnitStatus {
    ACTIVE,
    /** Merged into a successor that now carries its users and records. */
    MERGED,
    /** Dissolved without a successor. */
    DISSOLVED;

    public String translationKey() {
        return "unitStatus." + name();
    }
}
