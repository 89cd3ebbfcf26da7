package vn.egov.console.mailbox.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.egov.console.mailbox.AuditRow;

/** The mailbox audit trail: append-only, written in the same transaction as the change it records. */
@Component
public class MailboxAudit {

    public static final String INSERT = "INSERT INTO mailbox_audit (mailbox_id, request_id, action, actor, at, "
            + "before_value, after_value) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private final JdbcTemplate jdbc;

    MailboxAudit(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void log(Long mailboxId, Long requestId, String action, String actor, Instant at, String before,
                    String after) {
        jdbc.update(INSERT, mailboxId, requestId, action, actor, Timestamp.from(at), clip(before), clip(after));
    }

    public List<AuditRow> forMailbox(long mailboxId) {
        return jdbc.query("SELECT at, actor, action, before_value, after_value FROM mailbox_audit "
                        + "WHERE mailbox_id = ? ORDER BY at DESC, id DESC",
                (rs, i) -> new AuditRow(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)), mailboxId);
    }

    public List<AuditRow> forRequest(long requestId) {
        return jdbc.query("SELECT at, actor, action, before_value, after_value FROM mailbox_audit "
                        + "WHERE request_id = ? ORDER BY at DESC, id DESC",
                (rs, i) -> new AuditRow(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)), requestId);
    }

    public static String clip(String s) {
        return s == null || s.length() <= 2000 ? s : s.substring(0, 1999) + "…";
    }
}
