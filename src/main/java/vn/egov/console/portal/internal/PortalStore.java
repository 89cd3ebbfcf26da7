package vn.egov.console.portal.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.egov.console.portal.AssessmentResult;
import vn.egov.console.portal.CheckOutcome;
import vn.egov.console.portal.Hosting;
import vn.egov.console.portal.MonitorSettings;
import vn.egov.console.portal.Portal;
import vn.egov.console.portal.PortalDraft;
import vn.egov.console.portal.PostingPeriod;
import vn.egov.console.portal.ProbeFailure;
import vn.egov.console.portal.ProbeTarget;
import vn.egov.console.portal.RestoreResult;

/**
 * Portal rows. Optimistic locking is the version column: every edit is "UPDATE ... WHERE id = ? AND version = ?",
 * and zero rows updated means someone else saved first.
 */
@Repository
public class PortalStore {

    private static final String SELECT = """
            SELECT p.*, u.name AS unit_name FROM portal p JOIN unit u ON u.id = p.unit_id""";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    PortalStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    public List<Portal> listAll() {
        return jdbc.query(SELECT + " ORDER BY u.tier, u.name, p.name", MAPPER);
    }

    public List<Portal> listForUnits(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) return List.of();
        return named.query(SELECT + " WHERE p.unit_id IN (:ids) ORDER BY u.tier, u.name, p.name",
                new MapSqlParameterSource("ids", unitIds), MAPPER);
    }

    public Optional<Portal> find(long id) {
        return jdbc.query(SELECT + " WHERE p.id = ?", MAPPER, id).stream().findFirst();
    }

    public boolean urlTaken(String url, Long exceptId) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM portal WHERE url = ? AND id <> ?", Long.class, url,
                exceptId == null ? -1L : exceptId);
        return n != null && n > 0;
    }

    public long countForUnit(long unitId) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM portal WHERE unit_id = ?", Long.class, unitId);
        return n == null ? 0 : n;
    }

    public long insert(PortalDraft d, MonitorSettings m, Instant now) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    INSERT INTO portal (unit_id, name, url, hosting, platform, editor, posting_min_posts, posting_period,
                        last_content_update, security_level, security_decision_no, security_decision_date,
                        last_assessment_date, last_assessment_result, open_findings, backup_plan,
                        last_restore_test_date, last_restore_test_result, monitoring_enabled, check_interval_minutes,
                        failure_threshold, expected_keyword, forbidden_text, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    java.sql.Statement.RETURN_GENERATED_KEYS);
            Object[] values = concat(draftValues(d), new Object[] {m.enabled(), m.intervalMinutes(),
                    m.failureThreshold(), m.expectedKeyword(), m.forbiddenText(), ts(now), ts(now)});
            for (int i = 0; i < values.length; i++) ps.setObject(i + 1, values[i]);
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    public boolean update(long id, long version, PortalDraft d, Instant now) {
        Object[] values = concat(draftValues(d), new Object[] {ts(now), id, version});
        return jdbc.update("""
                UPDATE portal SET unit_id = ?, name = ?, url = ?, hosting = ?, platform = ?, editor = ?,
                    posting_min_posts = ?, posting_period = ?, last_content_update = ?, security_level = ?,
                    security_decision_no = ?, security_decision_date = ?, last_assessment_date = ?,
                    last_assessment_result = ?, open_findings = ?, backup_plan = ?, last_restore_test_date = ?,
                    last_restore_test_result = ?, updated_at = ?, version = version + 1
                WHERE id = ? AND version = ?""", values) == 1;
    }

    /** Turning monitoring on (or changing it) makes the portal due at once; pausing leaves its history alone. */
    public boolean updateMonitor(long id, long version, MonitorSettings m, Instant now) {
        return jdbc.update("""
                UPDATE portal SET monitoring_enabled = ?, check_interval_minutes = ?, failure_threshold = ?,
                    expected_keyword = ?, forbidden_text = ?, next_check_at = ?, updated_at = ?, version = version + 1
                WHERE id = ? AND version = ?""", m.enabled(), m.intervalMinutes(), m.failureThreshold(),
                m.expectedKeyword(), m.forbiddenText(), m.enabled() ? ts(now) : null, ts(now), id, version) == 1;
    }

    public void delete(long id) {
        jdbc.update("DELETE FROM portal WHERE id = ?", id);
    }

    public void requestCheck(long id, Instant now) {
        jdbc.update("UPDATE portal SET next_check_at = ? WHERE id = ? AND monitoring_enabled", ts(now), id);
    }

    /**
     * Portals whose check is due, oldest first, each pushed to its next slot in the same transaction so a slow run
     * never probes the same portal twice.
     */
    public List<ProbeTarget> claimDue(Instant now, int limit) {
        record Due(ProbeTarget target, int interval) {
        }
        List<Due> due = jdbc.query("""
                SELECT id, url, expected_keyword, forbidden_text, check_interval_minutes FROM portal
                WHERE monitoring_enabled AND (next_check_at IS NULL OR next_check_at <= ?)
                ORDER BY next_check_at, id LIMIT ? FOR UPDATE""",
                (rs, i) -> new Due(new ProbeTarget(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                        rs.getInt(5)), ts(now), limit);
        for (Due d : due) {
            jdbc.update("UPDATE portal SET next_check_at = ? WHERE id = ?",
                    ts(now.plusSeconds(60L * d.interval())), d.target().portalId());
        }
        return due.stream().map(Due::target).toList();
    }

    /** The latest monitoring state on the portal row (optimistic version untouched: a probe is not an edit). */
    public void saveState(long id, Instant checkedAt, CheckOutcome outcome, Integer status, Long ms,
                          ProbeFailure failure, Instant tlsExpiresAt, String contentHash, int consecutiveFailures,
                          LocalDate contentUpdated) {
        jdbc.update("""
                UPDATE portal SET last_check_at = ?, last_outcome = ?, last_status_code = ?, last_response_ms = ?,
                    last_failure = ?, tls_expires_at = COALESCE(?, tls_expires_at), content_hash = COALESCE(?, content_hash),
                    consecutive_failures = ?,
                    last_content_update = CASE WHEN ? IS NULL THEN last_content_update
                        ELSE GREATEST(COALESCE(last_content_update, ?), ?) END
                WHERE id = ?""", ts(checkedAt), outcome.name(), status, ms, failure == null ? null : failure.name(),
                ts(tlsExpiresAt), contentHash, consecutiveFailures, contentUpdated, contentUpdated, contentUpdated, id);
    }

    public String contentHash(long id) {
        List<String> hashes = jdbc.queryForList("SELECT content_hash FROM portal WHERE id = ?", String.class, id);
        return hashes.isEmpty() ? null : hashes.getFirst();
    }

    public int moveUnit(long from, long to) {
        return jdbc.update("UPDATE portal SET unit_id = ?, version = version + 1 WHERE unit_id = ?", to, from);
    }

    // ---- mapping -------------------------------------------------------------------------------------------------

    private static Object[] draftValues(PortalDraft d) {
        return new Object[] {d.unitId(), d.name(), d.url(), d.hosting().name(), d.platform(), d.editor(),
                d.postingMinPosts(), d.postingPeriod().name(), d.lastContentUpdate(), d.securityLevel(),
                d.securityDecisionNo(), d.securityDecisionDate(), d.lastAssessmentDate(), name(d.lastAssessmentResult()),
                d.openFindings(), d.backupPlan(), d.lastRestoreTestDate(), name(d.lastRestoreTestResult())};
    }

    private static Object[] concat(Object[] a, Object[] b) {
        Object[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

    private static final RowMapper<Portal> MAPPER = (rs, i) -> new Portal(
            rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("name"),
            rs.getString("url"), Hosting.valueOf(rs.getString("hosting")), rs.getString("platform"),
            rs.getString("editor"), rs.getInt("posting_min_posts"), PostingPeriod.valueOf(rs.getString("posting_period")),
            rs.getObject("last_content_update", LocalDate.class), (Integer) rs.getObject("security_level", Integer.class),
            rs.getString("security_decision_no"), rs.getObject("security_decision_date", LocalDate.class),
            rs.getObject("last_assessment_date", LocalDate.class),
            enumOf(AssessmentResult.class, rs.getString("last_assessment_result")), rs.getInt("open_findings"),
            rs.getBoolean("backup_plan"), rs.getObject("last_restore_test_date", LocalDate.class),
            enumOf(RestoreResult.class, rs.getString("last_restore_test_result")),
            new MonitorSettings(rs.getBoolean("monitoring_enabled"), rs.getInt("check_interval_minutes"),
                    rs.getString("expected_keyword"), rs.getString("forbidden_text"), rs.getInt("failure_threshold")),
            instant(rs, "last_check_at"), enumOf(CheckOutcome.class, rs.getString("last_outcome")),
            (Integer) rs.getObject("last_status_code", Integer.class), (Long) rs.getObject("last_response_ms", Long.class),
            enumOf(ProbeFailure.class, rs.getString("last_failure")), instant(rs, "tls_expires_at"),
            rs.getInt("consecutive_failures"), rs.getLong("version"));
}
