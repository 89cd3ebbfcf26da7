package vn.egov.console.portal;

/** Why a probe failed, in terms an operator can act on. */
public enum ProbeFailure {
    INVALID_URL, DNS, CONNECTION_REFUSED, TIMEOUT, NETWORK, HTTP_STATUS, TLS_EXPIRED, TLS_SELF_SIGNED, TLS_UNTRUSTED,
    TLS_HOSTNAME, BODY_TOO_LARGE, KEYWORD_MISSING, FORBIDDEN_TEXT;

    public String translationKey() {
        return "portal.failure." + name();
    }

    public boolean isContentAlert() {
        return this == KEYWORD_MISSING || this == FORBIDDEN_TEXT;
    }
}
