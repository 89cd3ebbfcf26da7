package vn.egov.console.portal;

/**
 * What one probe found. UP: answered correctly. DOWN: unreachable, error status, bad TLS, too slow or too big.
 * CONTENT_ALERT: it answered, but the expected text is missing or the forbidden text is there (possible defacement);
 * such a check still counts as available for uptime, but it is a failure for incidents.
 */
public enum CheckOutcome {
    UP, DOWN, CONTENT_ALERT;

    public String translationKey() {
        return "portal.outcome." + name();
    }
}
