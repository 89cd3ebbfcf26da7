package vn.egov.console.certificate;

public enum RequestStatus {
    OPEN, DONE, REJECTED;

    public String translationKey() {
        return "certificateRequestStatus." + name();
    }
}
