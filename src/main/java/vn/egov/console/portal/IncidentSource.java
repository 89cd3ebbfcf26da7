package vn.egov.console.portal;

/** Who opened an incident: the monitor after repeated failures, or a person. */
public enum IncidentSource {
    MONITORING, MANUAL;

    public String translationKey() {
        return "portal.incident.source." + name();
    }
}
