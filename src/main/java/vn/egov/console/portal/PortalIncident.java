package vn.egov.console.portal;

import java.time.Instant;

public record PortalIncident(long id, long portalId, String portalName, IncidentKind kind, IncidentSeverity severity,
                             IncidentSource source, String summary, String actionsTaken, Instant openedAt,
                             Instant closedAt, String openedBy, String closedBy, long version) {

    public boolean isOpen() {
        return closedAt == null;
    }
}
