package vn.egov.console.docflow.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.egov.console.docflow.ExchangeTotals;
import vn.egov.console.docflow.FigureSource;
import vn.egov.console.docflow.MonthlyFigures;
import vn.egov.console.docflow.MonthlyRow;

/**
 * Monthly figures. Totals are SUMs in SQL over the (month, unit_id) index; {@code unitIds == null} means the whole
 * province, otherwise the caller's scope.
 */
@Repository
public class MonthlyStore {

    private static final String SUMS = """
            COALESCE(SUM(sent_total), 0) st, COALESCE(SUM(sent_electronic), 0) se,
            COALESCE(SUM(received_electronic), 0) re, COALESCE(SUM(sent_via_axis), 0) sa,
            COALESCE(SUM(received_via_axis), 0) ra, COALESCE(SUM(sent_signed), 0) ss,
            COALESCE(SUM(sent_paper_parallel), 0) sp, COALESCE(SUM(sent_to_central), 0) sc,
            COALESCE(SUM(sent_to_central_signed), 0) scs, COUNT(*) n""";

    private final NamedParameterJdbcTemplate jdbc;

    MonthlyStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Query(Collection<Long> unitIds, Long unitId, YearMonth from, YearMonth to) {
    }

    public ExchangeTotals totals(Query q) {
        var p = params(q);
        return jdbc.queryForObject("SELECT " + SUMS + " FROM docflow_monthly m WHERE " + where(q, p), p,
                (rs, i) -> totals(rs));
    }

    public Map<YearMonth, ExchangeTotals> totalsByMonth(Query q) {
        var p = params(q);
        Map<YearMonth, ExchangeTotals> result = new LinkedHashMap<>();
        jdbc.query("SELECT month, " + SUMS + " FROM docflow_monthly m WHERE " + where(q, p)
                + " GROUP BY month ORDER BY month", p,
                rs -> {
                    result.put(YearMonth.from(rs.getDate("month").toLocalDate()), totals(rs));
                });
        return result;
    }

    public Map<Long, ExchangeTotals> totalsByUnit(Query q) {
        var p = params(q);
        Map<Long, ExchangeTotals> result = new LinkedHashMap<>();
        jdbc.query("SELECT unit_id, " + SUMS + " FROM docflow_monthly m WHERE " + where(q, p) + " GROUP BY unit_id", p,
                rs -> {
                    result.put(rs.getLong("unit_id"), totals(rs));
                });
        return result;
    }

    public List<MonthlyRow> page(Query q, int offset, int limit) {
        var p = params(q).addValue("offset", offset).addValue("limit", limit);
        return jdbc.query("""
                SELECT m.*, u.code unit_code, u.name unit_name FROM docflow_monthly m JOIN unit u ON u.id = m.unit_id
                WHERE\s""" + where(q, p) + " ORDER BY m.month DESC, u.code LIMIT :limit OFFSET :offset", p,
                (rs, i) -> row(rs));
    }

    public long count(Query q) {
        var p = params(q);
        return jdbc.queryForObject("SELECT COUNT(*) FROM docflow_monthly m WHERE " + where(q, p), p, Long.class);
    }

    public Optional<MonthlyRow> find(long unitId, YearMonth month) {
        var p = new MapSqlParameterSource("unit", unitId).addValue("month", Date.valueOf(month.atDay(1)));
        return jdbc.query("""
                SELECT m.*, u.code unit_code, u.name unit_name FROM docflow_monthly m JOIN unit u ON u.id = m.unit_id
                WHERE m.unit_id = :unit AND m.month = :month""", p, (rs, i) -> row(rs)).stream().findFirst();
    }

    /** Which of these unit-months already have figures (to tell created from updated). */
    public Set<String> existingKeys(Collection<Long> unitIds, YearMonth from, YearMonth to) {
        Set<String> keys = new HashSet<>();
        if (unitIds.isEmpty()) return keys;
        var p = new MapSqlParameterSource("ids", unitIds).addValue("from", Date.valueOf(from.atDay(1)))
                .addValue("to", Date.valueOf(to.atDay(1)));
        jdbc.query("SELECT unit_id, month FROM docflow_monthly WHERE unit_id IN (:ids) AND month BETWEEN :from AND :to",
                p, rs -> {
                    keys.add(key(rs.getLong("unit_id"), YearMonth.from(rs.getDate("month").toLocalDate())));
                });
        return keys;
    }

    public static String key(long unitId, YearMonth month) {
        return unitId + "@" + month;
    }

    /** Inserts or replaces the unit's month (the natural key), as import and API re-pushes require. */
    public void upsert(List<Entry> entries, String actor, Instant now) {
        var batch = entries.stream().map(e -> figures(e.unitId(), e.figures())
                .addValue("source", e.source().name()).addValue("by", actor).addValue("at", Timestamp.from(now)))
                .toArray(MapSqlParameterSource[]::new);
        jdbc.batchUpdate("""
                INSERT INTO docflow_monthly (unit_id, month, sent_total, sent_electronic, received_electronic,
                    sent_via_axis, received_via_axis, sent_signed, sent_paper_parallel, sent_to_central,
                    sent_to_central_signed, source, version, updated_at, updated_by)
                VALUES (:unit, :month, :st, :se, :re, :sa, :ra, :ss, :sp, :sc, :scs, :source, 0, :at, :by)
                ON DUPLICATE KEY UPDATE sent_total = VALUES(sent_total), sent_electronic = VALUES(sent_electronic),
                    received_electronic = VALUES(received_electronic), sent_via_axis = VALUES(sent_via_axis),
                    received_via_axis = VALUES(received_via_axis), sent_signed = VALUES(sent_signed),
                    sent_paper_parallel = VALUES(sent_paper_parallel), sent_to_central = VALUES(sent_to_central),
                    sent_to_central_signed = VALUES(sent_to_central_signed), source = VALUES(source),
                    version = version + 1, updated_at = VALUES(updated_at), updated_by = VALUES(updated_by)""", batch);
    }

    public record Entry(long unitId, MonthlyFigures figures, FigureSource source) {
    }

    /** @return false when the row changed since {@code expectedVersion} */
    public boolean update(long id, long expectedVersion, MonthlyFigures f, String actor, Instant now) {
        var p = figures(0, f).addValue("id", id).addValue("v", expectedVersion).addValue("by", actor)
                .addValue("at", Timestamp.from(now));
        return jdbc.update("""
                UPDATE docflow_monthly SET sent_total = :st, sent_electronic = :se, received_electronic = :re,
                    sent_via_axis = :sa, received_via_axis = :ra, sent_signed = :ss, sent_paper_parallel = :sp,
                    sent_to_central = :sc, sent_to_central_signed = :scs, source = 'MANUAL', version = version + 1,
                    updated_at = :at, updated_by = :by
                WHERE id = :id AND version = :v AND month = :month""", p) == 1;
    }

    /** After a merge: the merged unit's months are added to the successor's (same month summed), then moved over. */
    public void moveAll(long fromUnit, long toUnit) {
        var p = new MapSqlParameterSource("from", fromUnit).addValue("to", toUnit);
        jdbc.update("""
                UPDATE docflow_monthly t JOIN docflow_monthly s ON s.month = t.month AND s.unit_id = :from
                SET t.sent_total = t.sent_total + s.sent_total,
                    t.sent_electronic = t.sent_electronic + s.sent_electronic,
                    t.received_electronic = t.received_electronic + s.received_electronic,
                    t.sent_via_axis = t.sent_via_axis + s.sent_via_axis,
                    t.received_via_axis = t.received_via_axis + s.received_via_axis,
                    t.sent_signed = t.sent_signed + s.sent_signed,
                    t.sent_paper_parallel = t.sent_paper_parallel + s.sent_paper_parallel,
                    t.sent_to_central = t.sent_to_central + s.sent_to_central,
                    t.sent_to_central_signed = t.sent_to_central_signed + s.sent_to_central_signed,
                    t.version = t.version + 1
                WHERE t.unit_id = :to""", p);
        jdbc.update("""
                DELETE s FROM docflow_monthly s JOIN docflow_monthly t ON t.month = s.month AND t.unit_id = :to
                WHERE s.unit_id = :from""", p);
        jdbc.update("UPDATE docflow_monthly SET unit_id = :to, version = version + 1 WHERE unit_id = :from", p);
    }

    public long countAll() {
        return jdbc.getJdbcTemplate().queryForObject("SELECT COUNT(*) FROM docflow_monthly", Long.class);
    }

    private static MapSqlParameterSource figures(long unitId, MonthlyFigures f) {
        return new MapSqlParameterSource("unit", unitId).addValue("month", Date.valueOf(f.month().atDay(1)))
                .addValue("st", f.sentTotal()).addValue("se", f.sentElectronic())
                .addValue("re", f.receivedElectronic()).addValue("sa", f.sentViaAxis())
                .addValue("ra", f.receivedViaAxis()).addValue("ss", f.sentSigned())
                .addValue("sp", f.sentPaperParallel()).addValue("sc", f.sentToCentral())
                .addValue("scs", f.sentToCentralSigned());
    }

    private static MapSqlParameterSource params(Query q) {
        return new MapSqlParameterSource();
    }

    private static String where(Query q, MapSqlParameterSource p) {
        List<String> c = new ArrayList<>();
        c.add("1 = 1");
        if (q.from() != null) {
            c.add("m.month >= :from");
            p.addValue("from", Date.valueOf(q.from().atDay(1)));
        }
        if (q.to() != null) {
            c.add("m.month <= :to");
            p.addValue("to", Date.valueOf(q.to().atDay(1)));
        }
        if (q.unitIds() != null) {
            // an empty scope matches nothing
            c.add(q.unitIds().isEmpty() ? "1 = 0" : "m.unit_id IN (:scope)");
            if (!q.unitIds().isEmpty()) p.addValue("scope", q.unitIds());
        }
        if (q.unitId() != null) {
            c.add("m.unit_id = :unitId");
            p.addValue("unitId", q.unitId());
        }
        return String.join(" AND ", c);
    }

    private static ExchangeTotals totals(ResultSet rs) throws SQLException {
        return new ExchangeTotals(rs.getLong("st"), rs.getLong("se"), rs.getLong("re"), rs.getLong("sa"),
                rs.getLong("ra"), rs.getLong("ss"), rs.getLong("sp"), rs.getLong("sc"), rs.getLong("scs"),
                rs.getLong("n"));
    }

    private static MonthlyRow row(ResultSet rs) throws SQLException {
        var f = new MonthlyFigures(YearMonth.from(rs.getDate("month").toLocalDate()), rs.getLong("sent_total"),
                rs.getLong("sent_electronic"), rs.getLong("received_electronic"), rs.getLong("sent_via_axis"),
                rs.getLong("received_via_axis"), rs.getLong("sent_signed"), rs.getLong("sent_paper_parallel"),
                rs.getLong("sent_to_central"), rs.getLong("sent_to_central_signed"));
        return new MonthlyRow(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_code"),
                rs.getString("unit_name"), f, FigureSource.valueOf(rs.getString("source")),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"), rs.getLong("version"));
    }
}
