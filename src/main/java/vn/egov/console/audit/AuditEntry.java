package vn.egov.console.audit;

import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One change to one record, built by the service that makes the change and handed to {@link AuditTrail#record}:
 * <pre>AuditTrail.record(AuditEntry.of("mailbox", "mailbox", id, address, AuditAction.STATUS)
 *         .changed("status", before, after).note(reason));</pre>
 * Who, when and from where are filled in by the trail. Fields whose value did not change are left out.
 */
public final class AuditEntry {

    static final int MAX_TEXT = 2000;

    private final String feature;
    private final String entityType;
    private final Long entityId;
    private final String label;
    private final AuditAction action;
    private final List<FieldChange> changes = new ArrayList<>();
    private String note;

    private AuditEntry(String feature, String entityType, Long entityId, String label, AuditAction action) {
        this.feature = Objects.requireNonNull(feature);
        this.entityType = Objects.requireNonNull(entityType);
        this.entityId = entityId;
        this.label = clip(label, 255);
        this.action = Objects.requireNonNull(action);
    }

    /**
     * @param feature    the feature package that owns the record, e.g. "mailbox"
     * @param entityType the kind of record, e.g. "mailboxRequest"
     * @param entityId   its id (null for a whole-file import)
     * @param label      what a person recognises it by (an address, a unit name, a file name)
     */
    public static AuditEntry of(String feature, String entityType, Long entityId, String label, AuditAction action) {
        return new AuditEntry(feature, entityType, entityId, label, action);
    }

    /** Records the field when its value changed (values are compared and stored as text). */
    public AuditEntry changed(String field, Object before, Object after) {
        String b = text(before);
        String a = text(after);
        if (!Objects.equals(b, a)) changes.add(new FieldChange(field, b, a));
        return this;
    }

    /** Records every field whose value differs between two snapshots of the record (keys in the "after" order). */
    public AuditEntry changes(Map<String, ?> before, Map<String, ?> after) {
        after.forEach((field, value) -> changed(field, before == null ? null : before.get(field), value));
        if (before != null) before.forEach((field, value) -> {
            if (!after.containsKey(field)) changed(field, value, null);
        });
        return this;
    }

    /** A new record: every field with a value, from nothing. */
    public AuditEntry values(Map<String, ?> created) {
        return changes(null, created);
    }

    /** Every component of a record (a draft, a settings value) by name, for {@link #changes} and {@link #values}. */
    public static Map<String, Object> fields(Record record) {
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        if (record == null) return fields;
        for (var component : record.getClass().getRecordComponents()) {
            try {
                var accessor = component.getAccessor();
                accessor.setAccessible(true);
                fields.put(component.getName(), accessor.invoke(record));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read " + component, e);
            }
        }
        return fields;
    }

    public AuditEntry note(String note) {
        this.note = clip(note, MAX_TEXT);
        return this;
    }

    /** An update that changed no field and says nothing else is not worth a line in the trail. */
    public boolean isEmpty() {
        return action == AuditAction.UPDATED && changes.isEmpty() && note == null;
    }

    public String feature() { return feature; }
    public String entityType() { return entityType; }
    public Long entityId() { return entityId; }
    public String label() { return label; }
    public AuditAction action() { return action; }
    public List<FieldChange> fieldChanges() { return Collections.unmodifiableList(changes); }
    public String note() { return note; }

    static String text(Object value) {
        return switch (value) {
            case null -> null;
            case Enum<?> e -> e.name();
            case LocalDate d -> d.toString();
            case TemporalAccessor t -> t.toString();
            default -> {
                String s = value.toString();
                yield s.isEmpty() ? null : clip(s, 500);
            }
        };
    }

    static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
