package vn.egov.console.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.console.audit.AuditAction;
import vn.egov.console.audit.AuditEntry;
import vn.egov.console.audit.AuditFilter;
import vn.egov.console.audit.AuditRow;
import vn.egov.console.audit.FieldChange;
import vn.egov.console.base.time.ProvinceTime;

/** The audit_entry table: append-only inserts, filtered reads newest first. */
@Component
public class AuditStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() { };
    private static final int[] TYPES = {Types.TIMESTAMP, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.VARCHAR};
    private static final String COLUMNS = "id, at, actor, client, feature, entity_type, entity_id, label, action, "
            + "changes, note";

    private final JdbcTemplate jdbc;

    AuditStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(List<AuditEntry> entries, String actor, String client, Instant at) {
        Timestamp ts = Timestamp.from(at);
        List<Object[]> rows = new ArrayList<>(entries.size());
        for (AuditEntry e : entries) {
            rows.add(new Object[] {ts, clip(actor, 100), clip(client, 64), e.feature(), e.entityType(), e.entityId(),
                    e.label(), e.action().name(),
                    e.fieldChanges().isEmpty() ? null : JSON.writeValueAsString(e.fieldChanges()), e.note()});
        }
        String sql = "INSERT INTO audit_entry (at, actor, client, feature, entity_type, entity_id, label, action, "
                + "changes, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        if (rows.size() == 1) jdbc.update(sql, rows.getFirst());
        else jdbc.batchUpdate(sql, rows, TYPES);
    }

    public List<AuditRow> search(AuditFilter filter, int offset, int limit) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        args.add(limit);
        args.add(offset);
        return jdbc.query("SELECT " + COLUMNS + " FROM audit_entry" + where + " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?",
                AuditStore::row, args.toArray());
    }

    public long count(AuditFilter filter) {
        List<Object> args = new ArrayList<>();
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry" + where(filter, args), Long.class,
                args.toArray());
        return n == null ? 0 : n;
    }

    /** The entries of one record, newest first: the per-record history a feature shows. */
    public List<AuditRow> forRecord(String entityType, long entityId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM audit_entry WHERE entity_type = ? AND entity_id = ? "
                + "ORDER BY at DESC, id DESC", AuditStore::row, entityType, entityId);
    }

    public List<String> features() {
        return jdbc.queryForList("SELECT DISTINCT feature FROM audit_entry ORDER BY feature", String.class);
    }

    private static String where(AuditFilter f, List<Object> args) {
        List<String> terms = new ArrayList<>();
        if (blank(f.feature()) != null) {
            terms.add("feature = ?");
            args.add(f.feature());
        }
        if (blank(f.actor()) != null) {
            terms.add("actor LIKE ?");
            args.add(like(f.actor()) + "%");
        }
        if (f.from() != null) {
            terms.add("at >= ?");
            args.add(Timestamp.from(f.from().atStartOfDay(ProvinceTime.ZONE).toInstant()));
        }
        if (f.to() != null) {
            terms.add("at < ?");
            args.add(Timestamp.from(f.to().plusDays(1).atStartOfDay(ProvinceTime.ZONE).toInstant()));
        }
        String record = blank(f.record());
        if (record != null) {
            if (record.matches("#?\\d{1,18}")) {
                terms.add("entity_id = ?");
                args.add(Long.parseLong(record.replace("#", "")));
            } else {
                terms.add("label LIKE ?");
                args.add("%" + like(record) + "%");
            }
        }
        String text = blank(f.text());
        if (text != null) {
            terms.add("(label LIKE ? OR changes LIKE ? OR note LIKE ?)");
            String pattern = "%" + like(text) + "%";
            args.add(pattern);
            args.add(pattern);
            args.add(pattern);
        }
        return terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
    }

    private static AuditRow row(ResultSet rs, int i) throws SQLException {
        String changes = rs.getString("changes");
        long id = rs.getLong("entity_id");
        Long entityId = rs.wasNull() ? null : id;
        return new AuditRow(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                rs.getString("client"), rs.getString("feature"), rs.getString("entity_type"),
                entityId, rs.getString("label"), AuditAction.valueOf(rs.getString("action")),
                changes == null ? List.of() : JSON.readValue(changes, CHANGES), rs.getString("note"));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Escapes LIKE's wildcards so a user's "%" or "_" is matched literally. */
    private static String like(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
