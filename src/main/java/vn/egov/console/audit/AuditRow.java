package vn.egov.console.audit;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** One entry of the audit trail as ADMIN reads it. */
public record AuditRow(long id, Instant at, String actor, String client, String feature, String entityType,
                       Long entityId, String label, AuditAction action, List<FieldChange> changes, String note) {

    /** "status: ACTIVE → CLOSED; quotaMb: 2048 → 4096", for the grid and the export. */
    public String changesText() {
        return changes.stream().map(c -> c.field() + ": " + (c.before() == null ? "∅" : c.before()) + " → "
                + (c.after() == null ? "∅" : c.after())).collect(Collectors.joining("; "));
    }
}
