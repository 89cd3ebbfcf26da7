package vn.egov.console.portal;

public enum IncidentKind {
    OUTAGE, DEFACEMENT, ATTACK;

    public String translationKey() {
        return "portal.incident.kind." + name();
    }
}
