package vn.egov.console.index;

/**
 * Where one unit's indicator stands. COMPUTED: frozen from the console's records at the snapshot; PENDING: waiting for
 * the unit's self-assessment; DRAFT: entered, not handed in; SUBMITTED: handed in (waiting for the head, then the DIC);
 * ACCEPTED / ADJUSTED: verified by the DIC (an adjustment always carries its reason).
 */
public enum ValueStatus {
    COMPUTED, PENDING, DRAFT, SUBMITTED, ACCEPTED, ADJUSTED;

    public boolean editableByUnit() {
        return this == PENDING || this == DRAFT;
    }

    public String translationKey() {
        return "index.valueStatus." + name();
    }
}
