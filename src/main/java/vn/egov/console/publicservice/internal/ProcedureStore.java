package vn.egov.console.publicservice.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.egov.console.organization.Tier;
import vn.egov.console.publicservice.OnlineMode;
import vn.egov.console.publicservice.Procedure;

/** The procedure catalogue and its historic service levels. */
@Repository
public class ProcedureStore {

    private static final String SELECT = """
            SELECT p.*, u.name unit_name FROM ps_procedure p LEFT JOIN unit u ON u.id = p.unit_id""";
    private final NamedParameterJdbcTemplate jdbc;

    ProcedureStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A catalogue row ready to store: the unit already resolved. */
    public record Row(String code, String name, String field, Tier tier, Long unitId, OnlineMode mode,
                      LocalDate modeSince, int statutoryDays, boolean onlinePayment, LocalDate availableFrom,
                      Map<Integer, Integer> levels) {
    }

    /** Catalogue grid filter; nulls mean any. {@code unitIds} null = whole province. */
    public record Filter(String text, String field, Tier tier, OnlineMode mode, Long unitId,
                         Collection<Long> scopeUnitIds, Collection<Tier> scopeTiers, Integer unusedInYear) {
    }

    public long count() {
        return jdbc.getJdbcTemplate().queryForObject("SELECT COUNT(*) FROM ps_procedure", Long.class);
    }

    public Optional<Procedure> find(long id) {
        return withLevels(jdbc.query(SELECT + " WHERE p.id = :id", new MapSqlParameterSource("id", id),
                (rs, i) -> map(rs))).stream().findFirst();
    }

    public List<Procedure> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) return List.of();
        return withLevels(jdbc.query(SELECT + " WHERE p.id IN (:ids)", new MapSqlParameterSource("ids", ids),
                (rs, i) -> map(rs)));
    }

    /** By code, upper-cased, for imports: one query for the whole file. */
    public Map<String, Procedure> byCodes(Collection<String> codes) {
        Map<String, Procedure> result = new HashMap<>();
        if (codes.isEmpty()) return result;
        List<String> list = new ArrayList<>(codes);
        for (int i = 0; i < list.size(); i += 5000) {
            var chunk = list.subList(i, Math.min(list.size(), i + 5000));
            withLevels(jdbc.query(SELECT + " WHERE p.code IN (:codes)", new MapSqlParameterSource("codes", chunk),
                    (rs, n) -> map(rs))).forEach(p -> result.put(p.code().toUpperCase(), p));
        }
        return result;
    }

    public List<Procedure> page(Filter f, int offset, int limit, String orderBy) {
        var p = new MapSqlParameterSource("offset", offset).addValue("limit", limit);
        return withLevels(jdbc.query(SELECT + " WHERE " + where(f, p) + " ORDER BY " + orderBy
                + " LIMIT :limit OFFSET :offset", p, (rs, i) -> map(rs)));
    }

    public long count(Filter f) {
        var p = new MapSqlParameterSource();
        return jdbc.queryForObject("SELECT COUNT(*) FROM ps_procedure p WHERE " + where(f, p), p, Long.class);
    }

    public List<String> fields() {
        return jdbc.getJdbcTemplate().queryForList("SELECT DISTINCT field FROM ps_procedure ORDER BY field", String.class);
    }

    private static String where(Filter f, MapSqlParameterSource p) {
        List<String> c = new ArrayList<>();
        c.add("1 = 1");
        if (f.text() != null && !f.text().isBlank()) {
            c.add("(p.code LIKE :text OR p.name LIKE :text)");
            p.addValue("text", "%" + f.text().strip().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (f.field() != null) {
            c.add("p.field = :field");
            p.addValue("field", f.field());
        }
        if (f.tier() != null) {
            c.add("p.tier = :tier");
            p.addValue("tier", f.tier().name());
        }
        if (f.mode() != null) {
            c.add("p.online_mode = :mode");
            p.addValue("mode", f.mode().name());
        }
        if (f.unitId() != null) {
            c.add("p.unit_id = :unit");
            p.addValue("unit", f.unitId());
        }
        if (f.scopeUnitIds() != null) {
            List<String> handled = new ArrayList<>();
            if (!f.scopeUnitIds().isEmpty()) {
                handled.add("(p.tier = 'PROVINCE' AND p.unit_id IN (:scope))");
                p.addValue("scope", f.scopeUnitIds());
            }
            for (Tier t : f.scopeTiers()) if (t != Tier.PROVINCE) handled.add("p.tier = '" + t.name() + "'");
            c.add(handled.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", handled) + ")");
        }
        if (f.unusedInYear() != null) {
            c.add("p.online_mode <> 'NONE'");
            c.add("""
                    NOT EXISTS (SELECT 1 FROM ps_procedure_month m WHERE m.procedure_id = p.id
                        AND m.month BETWEEN :yFrom AND :yTo AND m.received_online > 0)""");
            p.addValue("yFrom", Date.valueOf(LocalDate.of(f.unusedInYear(), 1, 1)))
                    .addValue("yTo", Date.valueOf(LocalDate.of(f.unusedInYear(), 12, 1)));
        }
        return String.join(" AND ", c);
    }

    /** Creates new codes and updates existing ones; levels are replaced by the row's when it gives any. */
    public void upsert(List<Row> rows, String actor, Instant now) {
        if (rows.isEmpty()) return;
        Timestamp at = Timestamp.from(now);
        var batch = rows.stream().map(r -> new MapSqlParameterSource("code", r.code()).addValue("name", r.name())
                .addValue("field", r.field()).addValue("tier", r.tier().name()).addValue("unit", r.unitId())
                .addValue("mode", r.mode().name())
                .addValue("since", r.modeSince() == null ? null : Date.valueOf(r.modeSince()))
                .addValue("days", r.statutoryDays()).addValue("pay", r.onlinePayment())
                .addValue("from", Date.valueOf(r.availableFrom())).addValue("by", actor).addValue("at", at))
                .toArray(MapSqlParameterSource[]::new);
        jdbc.batchUpdate("""
                INSERT INTO ps_procedure (code, name, field, tier, unit_id, online_mode, mode_since, statutory_days,
                    online_payment, available_from, version, updated_at, updated_by)
                VALUES (:code, :name, :field, :tier, :unit, :mode, :since, :days, :pay, :from, 0, :at, :by)
                ON DUPLICATE KEY UPDATE
                    updated_at = IF(%1$s, VALUES(updated_at), updated_at),
                    updated_by = IF(%1$s, VALUES(updated_by), updated_by),
                    version = IF(%1$s, version + 1, version),
                    name = VALUES(name), field = VALUES(field), tier = VALUES(tier), unit_id = VALUES(unit_id),
                    online_mode = VALUES(online_mode), mode_since = VALUES(mode_since),
                    statutory_days = VALUES(statutory_days), online_payment = VALUES(online_payment),
                    available_from = VALUES(available_from)""".formatted("""
                NOT (name = VALUES(name) AND field = VALUES(field) AND tier = VALUES(tier)
                    AND unit_id <=> VALUES(unit_id) AND online_mode = VALUES(online_mode)
                    AND mode_since <=> VALUES(mode_since) AND statutory_days = VALUES(statutory_days)
                    AND online_payment = VALUES(online_payment) AND available_from = VALUES(available_from))"""),
                batch);
        List<Row> withLevels = rows.stream().filter(r -> !r.levels().isEmpty()).toList();
        if (withLevels.isEmpty()) return;
        Map<String, Long> ids = idsOf(withLevels.stream().map(Row::code).toList());
        List<MapSqlParameterSource> levels = new ArrayList<>();
        for (Row r : withLevels) {
            long id = ids.get(r.code().toUpperCase());
            r.levels().forEach((year, level) -> levels.add(new MapSqlParameterSource("id", id).addValue("y", year)
                    .addValue("l", level)));
        }
        jdbc.update("DELETE FROM ps_procedure_level WHERE procedure_id IN (:ids)",
                new MapSqlParameterSource("ids", ids.values()));
        jdbc.batchUpdate("INSERT INTO ps_procedure_level (procedure_id, year, level) VALUES (:id, :y, :l)",
                levels.toArray(MapSqlParameterSource[]::new));
    }

    public Map<String, Long> idsOf(Collection<String> codes) {
        Map<String, Long> ids = new HashMap<>();
        List<String> list = new ArrayList<>(codes);
        for (int i = 0; i < list.size(); i += 5000) {
            jdbc.query("SELECT id, code FROM ps_procedure WHERE code IN (:codes)",
                    new MapSqlParameterSource("codes", list.subList(i, Math.min(list.size(), i + 5000))), rs -> {
                        ids.put(rs.getString("code").toUpperCase(), rs.getLong("id"));
                    });
        }
        return ids;
    }

    /** Procedures with figures before the given month, which a new "available from" would orphan. */
    public YearMonth firstFiguresMonth(long procedureId) {
        Date d = jdbc.queryForObject("SELECT MIN(month) FROM ps_monthly WHERE procedure_id = :id",
                new MapSqlParameterSource("id", procedureId), Date.class);
        return d == null ? null : YearMonth.from(d.toLocalDate());
    }

    private List<Procedure> withLevels(List<Procedure> procedures) {
        if (procedures.isEmpty()) return procedures;
        Map<Long, Map<Integer, Integer>> levels = new HashMap<>();
        jdbc.query("SELECT procedure_id, year, level FROM ps_procedure_level WHERE procedure_id IN (:ids)",
                new MapSqlParameterSource("ids", procedures.stream().map(Procedure::id).toList()), rs -> {
                    levels.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getInt(2), rs.getInt(3));
                });
        return procedures.stream().map(p -> levels.containsKey(p.id()) ? new Procedure(p.id(), p.code(), p.name(),
                p.field(), p.tier(), p.unitId(), p.unitName(), p.onlineMode(), p.modeSince(), p.statutoryDays(),
                p.onlinePayment(), p.availableFrom(), Map.copyOf(levels.get(p.id())), p.version()) : p).toList();
    }

    private static Procedure map(ResultSet rs) throws SQLException {
        long unit = rs.getLong("unit_id");
        Long unitId = rs.wasNull() ? null : unit;
        Date since = rs.getDate("mode_since");
        return new Procedure(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("field"),
                Tier.valueOf(rs.getString("tier")), unitId, rs.getString("unit_name"),
                OnlineMode.valueOf(rs.getString("online_mode")), since == null ? null : since.toLocalDate(),
                rs.getInt("statutory_days"), rs.getBoolean("online_payment"),
                rs.getDate("available_from").toLocalDate(), Map.of(), rs.getLong("version"));
    }
}
