package vn.egov.console.organization;

/** Administrative tier (cấp). Declared from the top down: a unit may not sit above its parent's tier. */
public enum Tier {
    PROVINCE, DISTRICT, COMMUNE;

    public String translationKey() {
        return "tier." + name();
    }
}
