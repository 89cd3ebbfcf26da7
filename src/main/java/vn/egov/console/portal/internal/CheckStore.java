package vn.egov.console.portal.internal;

import static vn.egov.console.portal.internal.PortalStore.enumOf;
import static vn.egov.console.portal.internal.PortalStore.instant;
import static vn.egov.console.portal.internal.PortalStore.ts;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import vn.egov.console.portal.CheckOutcome;
import vn.egov.console.portal.PortalCheck;
import vn.egov.console.portal.ProbeFailure;
import vn.egov.console.portal.ProbeResult;
import vn.egov.console.portal.Uptime;

/** The check history; uptime is counted over it on the (portal_id, checked_at) index. */
@Repository
public class CheckStore {

    private final JdbcTemplate jdbc;

    CheckStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long portalId, Instant at, ProbeResult r, boolean contentChanged) {
        jdbc.update("""
                INSERT INTO portal_check (portal_id, checked_at, outcome, status_code, response_ms, tls_expires_at,
                    failure, detail, content_changed, bytes_read)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", portalId, ts(at), r.outcome().name(), r.statusCode(),
                r.responseMs(), ts(r.tlsExpiresAt()), r.failure() == null ? null : r.failure().name(),
                cut(r.detail(), 500), contentChanged, r.bytesRead());
    }

    public List<PortalCheck> page(long portalId, int offset, int limit) {
        return jdbc.query("""
                SELECT * FROM portal_check WHERE portal_id = ? ORDER BY checked_at DESC, id DESC LIMIT ? OFFSET ?""",
                MAPPER, portalId, limit, offset);
    }

    public long count(long portalId) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM portal_check WHERE portal_id = ?", Long.class, portalId);
        return n == null ? 0 : n;
    }

    /** Available = anything but DOWN: a page with a content alert was still reachable. */
    public Uptime uptime(long portalId, Instant now) {
        return new Uptime(window(portalId, now.minusSeconds(86_400), now),
                window(portalId, now.minusSeconds(7 * 86_400), now),
                window(portalId, now.minusSeconds(30 * 86_400L), now));
    }

    private Uptime.Window window(long portalId, Instant from, Instant to) {
        return jdbc.queryForObject("""
                SELECT COUNT(*), COALESCE(SUM(outcome <> 'DOWN'), 0) FROM portal_check
                WHERE portal_id = ? AND checked_at > ? AND checked_at <= ?""",
                (rs, i) -> new Uptime.Window(rs.getLong(1), rs.getLong(2)), portalId, ts(from), ts(to));
    }

    /** Uptime of every portal over one window, in one grouped query (the status page). */
    public Map<Long, Uptime.Window> windowForAll(Instant from, Instant to) {
        Map<Long, Uptime.Window> result = new HashMap<>();
        jdbc.query("""
                SELECT portal_id, COUNT(*), COALESCE(SUM(outcome <> 'DOWN'), 0) FROM portal_check
                WHERE checked_at > ? AND checked_at <= ? GROUP BY portal_id""",
                rs -> {
                    result.put(rs.getLong(1), new Uptime.Window(rs.getLong(2), rs.getLong(3)));
                }, ts(from), ts(to));
        return result;
    }

    /** Keeps the history bounded: checks older than the retention are dropped in small batches. */
    public int prune(Instant olderThan, int batch) {
        return jdbc.update("DELETE FROM portal_check WHERE checked_at < ? LIMIT ?", ts(olderThan), batch);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static final RowMapper<PortalCheck> MAPPER = (rs, i) -> new PortalCheck(rs.getLong("id"),
            rs.getLong("portal_id"), instant(rs, "checked_at"), CheckOutcome.valueOf(rs.getString("outcome")),
            (Integer) rs.getObject("status_code", Integer.class), (Long) rs.getObject("response_ms", Long.class),
            instant(rs, "tls_expires_at"), enumOf(ProbeFailure.class, rs.getString("failure")), rs.getString("detail"),
            rs.getBoolean("content_changed"), (Long) rs.getObject("bytes_read", Long.class));
}
