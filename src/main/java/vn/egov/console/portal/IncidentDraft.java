package vn.egov.console.portal;

public record IncidentDraft(IncidentKind kind, IncidentSeverity severity, String summary, String actionsTaken) {
}
