package vn.egov.console.portal;

public enum IncidentSeverity {
    LOW, MEDIUM, HIGH, CRITICAL;

    public String translationKey() {
        return "portal.incident.severity." + name();
    }
}
