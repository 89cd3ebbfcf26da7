package vn.egov.console.portal.internal;

import static vn.egov.console.portal.internal.PortalStore.instant;
import static vn.egov.console.portal.internal.PortalStore.ts;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.egov.console.portal.IncidentKind;
import vn.egov.console.portal.IncidentSeverity;
import vn.egov.console.portal.IncidentSource;
import vn.egov.console.portal.PortalIncident;

@Repository
public class IncidentStore {

    private static final String SELECT = """
            SELECT i.*, p.name AS portal_name FROM portal_incident i JOIN portal p ON p.id = i.portal_id""";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    IncidentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    public long insert(long portalId, IncidentKind kind, IncidentSeverity severity, IncidentSource source,
                       String summary, String actions, Instant openedAt, String openedBy) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    INSERT INTO portal_incident (portal_id, kind, severity, source, summary, actions_taken, opened_at,
                        opened_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", java.sql.Statement.RETURN_GENERATED_KEYS);
            ps.setLong(1, portalId);
            ps.setString(2, kind.name());
            ps.setString(3, severity.name());
            ps.setString(4, source.name());
            ps.setString(5, summary);
            ps.setString(6, actions);
            ps.setTimestamp(7, ts(openedAt));
            ps.setString(8, openedBy);
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    public Optional<PortalIncident> find(long id) {
        return jdbc.query(SELECT + " WHERE i.id = ?", MAPPER, id).stream().findFirst();
    }

    public List<PortalIncident> forPortal(long portalId) {
        return jdbc.query(SELECT + " WHERE i.portal_id = ? ORDER BY i.opened_at DESC, i.id DESC", MAPPER, portalId);
    }

    public List<PortalIncident> openForPortals(Collection<Long> portalIds) {
        if (portalIds.isEmpty()) return List.of();
        return named.query(SELECT + " WHERE i.closed_at IS NULL AND i.portal_id IN (:ids) ORDER BY i.opened_at DESC",
                new MapSqlParameterSource("ids", portalIds), MAPPER);
    }

    public Optional<PortalIncident> openFromMonitoring(long portalId) {
        return jdbc.query(SELECT + """
                 WHERE i.portal_id = ? AND i.source = 'MONITORING' AND i.closed_at IS NULL
                ORDER BY i.opened_at DESC LIMIT 1""", MAPPER, portalId).stream().findFirst();
    }

    public boolean update(long id, long version, IncidentKind kind, IncidentSeverity severity, String summary,
                          String actions) {
        return jdbc.update("""
                UPDATE portal_incident SET kind = ?, severity = ?, summary = ?, actions_taken = ?, version = version + 1
                WHERE id = ? AND version = ?""", kind.name(), severity.name(), summary, actions, id, version) == 1;
    }

    public boolean close(long id, long version, String actions, Instant at, String by) {
        return jdbc.update("""
                UPDATE portal_incident SET actions_taken = COALESCE(?, actions_taken), closed_at = ?, closed_by = ?,
                    version = version + 1
                WHERE id = ? AND version = ? AND closed_at IS NULL""", actions, ts(at), by, id, version) == 1;
    }

    private static final RowMapper<PortalIncident> MAPPER = (rs, i) -> new PortalIncident(rs.getLong("id"),
            rs.getLong("portal_id"), rs.getString("portal_name"), IncidentKind.valueOf(rs.getString("kind")),
            IncidentSeverity.valueOf(rs.getString("severity")), IncidentSource.valueOf(rs.getString("source")),
            rs.getString("summary"), rs.getString("actions_taken"), instant(rs, "opened_at"),
            instant(rs, "closed_at"), rs.getString("opened_by"), rs.getString("closed_by"), rs.getLong("version"));
}
