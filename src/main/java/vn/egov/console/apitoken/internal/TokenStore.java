package vn.egov.console.apitoken.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.egov.console.apitoken.ApiScope;
import vn.egov.console.apitoken.ApiToken;

/** API tokens of every scope, looked up by the SHA-256 of the presented secret. */
@Repository
public class TokenStore {

    private static final String SELECT = """
            SELECT t.*, u.code unit_code, u.name unit_name FROM api_token t JOIN unit u ON u.id = t.unit_id""";
    private final JdbcTemplate jdbc;

    TokenStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(ApiScope scope, long unitId, String label, String hash, String prefix, String actor, Instant now) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    INSERT INTO api_token (unit_id, label, token_hash, prefix, created_at, created_by, scope)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""", java.sql.Statement.RETURN_GENERATED_KEYS);
            ps.setLong(1, unitId);
            ps.setString(2, label);
            ps.setString(3, hash);
            ps.setString(4, prefix);
            ps.setTimestamp(5, Timestamp.from(now));
            ps.setString(6, actor);
            ps.setString(7, scope.name());
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    public Optional<ApiToken> find(long id) {
        return jdbc.query(SELECT + " WHERE t.id = ?", (rs, i) -> map(rs), id).stream().findFirst();
    }

    public Optional<ApiToken> findByHash(String hash) {
        return jdbc.query(SELECT + " WHERE t.token_hash = ?", (rs, i) -> map(rs), hash).stream().findFirst();
    }

    public List<ApiToken> all() {
        return jdbc.query(SELECT + " ORDER BY t.revoked_at IS NOT NULL, t.scope, u.code, t.created_at DESC", (rs, i) -> map(rs));
    }

    public void revoke(long id, String actor, Instant now) {
        jdbc.update("UPDATE api_token SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL",
                Timestamp.from(now), actor, id);
    }

    public void revokeAllOf(long unitId, String actor, Instant now) {
        jdbc.update("UPDATE api_token SET revoked_at = ?, revoked_by = ? WHERE unit_id = ? AND revoked_at IS NULL",
                Timestamp.from(now), actor, unitId);
    }

    public void touch(long id, Instant now) {
        jdbc.update("UPDATE api_token SET last_used_at = ? WHERE id = ?", Timestamp.from(now), id);
    }

    private static ApiToken map(ResultSet rs) throws SQLException {
        return new ApiToken(rs.getLong("id"), ApiScope.valueOf(rs.getString("scope")), rs.getLong("unit_id"), rs.getString("unit_code"),
                rs.getString("unit_name"), rs.getString("label"), rs.getString("prefix"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"), instant(rs, "revoked_at"),
                instant(rs, "last_used_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
