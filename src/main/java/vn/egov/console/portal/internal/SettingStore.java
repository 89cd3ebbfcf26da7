package vn.egov.console.portal.internal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class SettingStore {

    private final JdbcTemplate jdbc;

    SettingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> get(String name) {
        return jdbc.query("SELECT value FROM portal_setting WHERE name = ?", (rs, i) -> rs.getString(1), name)
                .stream().findFirst();
    }

    public void put(String name, String value, Instant at, String by) {
        jdbc.update("""
                INSERT INTO portal_setting (name, value, updated_at, updated_by) VALUES (?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE value = VALUES(value), updated_at = VALUES(updated_at),
                    updated_by = VALUES(updated_by)""", name, value, PortalStore.ts(at), by);
    }
}
