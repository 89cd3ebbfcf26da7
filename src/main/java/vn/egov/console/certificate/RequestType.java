package vn.egov.console.certificate;

/** What a unit asks the DIC for. */
public enum RequestType {
    NEW, RENEWAL, REVOCATION, TOKEN_LOST;

    /** Requests fulfilled by issuing a certificate file; the others end in a revocation. */
    public boolean issues() {
        return this == NEW || this == RENEWAL;
    }

    public String translationKey() {
        return "certificateRequestType." + name();
    }
}
