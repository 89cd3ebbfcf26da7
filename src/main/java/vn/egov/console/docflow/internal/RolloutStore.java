package vn.egov.console.docflow.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.egov.console.docflow.RolloutDraft;

/** Rollout rows; optimistic locking through the version column. */
@Repository
public class RolloutStore {

    public record Stored(RolloutDraft draft, long version) {
    }

    private final JdbcTemplate jdbc;

    RolloutStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Map<Long, Stored> all() {
        Map<Long, Stored> result = new HashMap<>();
        jdbc.query("SELECT * FROM docflow_rollout", rs -> {
            result.put(rs.getLong("unit_id"), map(rs));
        });
        return result;
    }

    public Optional<Stored> find(long unitId) {
        return jdbc.query("SELECT * FROM docflow_rollout WHERE unit_id = ?", (rs, i) -> map(rs), unitId)
                .stream().findFirst();
    }

    public long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM docflow_rollout", Long.class);
    }

    public void insert(long unitId, RolloutDraft d, String actor, Instant now) {
        jdbc.update("""
                INSERT INTO docflow_rollout (unit_id, vendor, product, product_ver, installed_on, trained_on, in_use_on,
                    hub_on, axis_on, notes, version, updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""",
                unitId, d.vendor(), d.product(), d.productVersion(), date(d.installedOn()), date(d.trainedOn()),
                date(d.inUseOn()), date(d.hubOn()), date(d.axisOn()), d.notes(), Timestamp.from(now), actor);
    }

    /** @return false when someone else changed the row since {@code expectedVersion} */
    public boolean update(long unitId, long expectedVersion, RolloutDraft d, String actor, Instant now) {
        return jdbc.update("""
                UPDATE docflow_rollout SET vendor = ?, product = ?, product_ver = ?, installed_on = ?, trained_on = ?,
                    in_use_on = ?, hub_on = ?, axis_on = ?, notes = ?, version = version + 1, updated_at = ?,
                    updated_by = ?
                WHERE unit_id = ? AND version = ?""",
                d.vendor(), d.product(), d.productVersion(), date(d.installedOn()), date(d.trainedOn()),
                date(d.inUseOn()), date(d.hubOn()), date(d.axisOn()), d.notes(), Timestamp.from(now), actor,
                unitId, expectedVersion) == 1;
    }

    public void batchInsert(Map<Long, RolloutDraft> drafts, String actor, Instant now) {
        List<Object[]> args = drafts.entrySet().stream().map(e -> {
            RolloutDraft d = e.getValue();
            return new Object[] {e.getKey(), d.vendor(), d.product(), d.productVersion(), date(d.installedOn()),
                    date(d.trainedOn()), date(d.inUseOn()), date(d.hubOn()), date(d.axisOn()), d.notes(),
                    Timestamp.from(now), actor};
        }).toList();
        jdbc.batchUpdate("""
                INSERT INTO docflow_rollout (unit_id, vendor, product, product_ver, installed_on, trained_on, in_use_on,
                    hub_on, axis_on, notes, version, updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""", args);
    }

    private static Stored map(ResultSet rs) throws SQLException {
        return new Stored(new RolloutDraft(rs.getString("vendor"), rs.getString("product"),
                rs.getString("product_ver"), local(rs, "installed_on"), local(rs, "trained_on"),
                local(rs, "in_use_on"), local(rs, "hub_on"), local(rs, "axis_on"), rs.getString("notes")),
                rs.getLong("version"));
    }

    private static LocalDate local(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
