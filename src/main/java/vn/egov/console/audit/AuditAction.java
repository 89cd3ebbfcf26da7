package vn.egov.console.audit;

/** What happened to a record; each has a label in the translations ({@code auditAction.NAME}). */
public enum AuditAction {
    CREATED, UPDATED, DELETED, STATUS, IMPORTED, REQUESTED, APPROVED, RETURNED, REJECTED, ISSUED, HANDED_OVER,
    REVOKED, MERGED, DISSOLVED, MOVED, PASSWORD_RESET, UNLOCKED, REVOKED_TOKEN;

    public String translationKey() {
        return "auditAction." + name();
    }
}
