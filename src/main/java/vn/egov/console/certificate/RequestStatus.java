package vn.egov.console.certificate;

public enum RequestStatus {
    OPEN, DONE, REJECTED,
    /** Sent back by the unit's head before it reached the DIC (see the approval step). */
    RETURNED;

    public String translationKey() {
        return "certificateRequestStatus." + name();
    }
}
