package vn.egov.console.publicservice.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.egov.console.organization.Tier;
import vn.egov.console.publicservice.FigureSource;
import vn.egov.console.publicservice.Figures;
import vn.egov.console.publicservice.MonthlyRow;
import vn.egov.console.publicservice.OnlineMode;
import vn.egov.console.publicservice.Totals;
import vn.egov.console.publicservice.ZeroOnlineProcedure;

/**
 * Monthly figures and the two summary tables kept with them in the same transaction. Sums over units, tiers and
 * fields read {@code ps_unit_field_month}; a single procedure reads {@code ps_monthly} through its unique key.
 */
@Repository
public class FiguresStore {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(FiguresStore.class);

    private static final String SUMS = """
            COALESCE(SUM(received), 0) r, COALESCE(SUM(received_online), 0) ro, COALESCE(SUM(resolved), 0) s,
            COALESCE(SUM(resolved_on_time), 0) sot, COALESCE(SUM(late), 0) l, COALESCE(SUM(digitised), 0) d,
            COALESCE(SUM(e_results), 0) e, COALESCE(SUM(paid_online), 0) p""";
    private static final String SUMMARY_SUMS = SUMS + ", COALESCE(SUM(rows_count), 0) n";
    private static final String ROW_SUMS = SUMS + ", COUNT(*) n";
    private static final String ROW_SELECT = """
            SELECT m.*, p.code procedure_code, p.name procedure_name, p.field, u.code unit_code, u.name unit_name
            FROM ps_monthly m JOIN ps_procedure p ON p.id = m.procedure_id JOIN unit u ON u.id = m.unit_id""";

    private static final String INSERT_ROW = """
            INSERT INTO ps_monthly (procedure_id, unit_id, month, received, received_online, resolved, resolved_on_time,
                late, digitised, e_results, paid_online, source, version, updated_at, updated_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""";
    private static final int[] INSERT_TYPES = {Types.BIGINT, Types.BIGINT, Types.DATE, Types.INTEGER, Types.INTEGER,
            Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.VARCHAR,
            Types.TIMESTAMP, Types.VARCHAR};
    /** Rows that exist (locked by {@link #lockRows}) replaced by id: the insert part never applies. */
    private static final String REPLACE_ROWS = """
            INSERT INTO ps_monthly (id, procedure_id, unit_id, month, received, received_online, resolved,
                resolved_on_time, late, digitised, e_results, paid_online, source, version, updated_at, updated_by)
            VALUES\s""";
    private static final String REPLACED = """
            ON DUPLICATE KEY UPDATE received = VALUES(received), received_online = VALUES(received_online),
                resolved = VALUES(resolved), resolved_on_time = VALUES(resolved_on_time), late = VALUES(late),
                digitised = VALUES(digitised), e_results = VALUES(e_results), paid_online = VALUES(paid_online),
                source = VALUES(source), version = version + 1, updated_at = VALUES(updated_at),
                updated_by = VALUES(updated_by)""";

    private final NamedParameterJdbcTemplate jdbc;

    FiguresStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Entry(long procedureId, long unitId, YearMonth month, Figures figures) {
    }

    private record RowKey(long procedureId, long unitId, YearMonth month) {
    }

    private record Stored(long id, long[] figures) {
    }

    // ---- writing ---------------------------------------------------------------------------------------------------

    /**
     * Inserts or replaces each (procedure, unit, month) and adds what changed to both summaries. A row whose figures
     * are the same is not written at all (not its version, not who last touched it), so a re-import changes nothing.
     *
     * @return how many entries replaced a month that already had figures (changed or not)
     */
    public int upsert(List<Entry> entries, FigureSource source, String actor, Instant now) {
        if (entries.isEmpty()) return 0;
        long started = System.nanoTime();
        Map<RowKey, Stored> before = lockRows(entries);
        Map<Long, String> fields = lockFields(entries);
        long read = System.nanoTime();
        Timestamp at = Timestamp.from(now);
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        SummaryDeltas deltas = new SummaryDeltas();
        int replaced = 0;
        for (Entry e : entries) {
            Stored old = before.get(new RowKey(e.procedureId(), e.unitId(), e.month()));
            long[] v = e.figures().values();
            if (old == null) {
                inserts.add(new Object[] {e.procedureId(), e.unitId(), Date.valueOf(e.month().atDay(1)), v[0], v[1],
                        v[2], v[3], v[4], v[5], v[6], v[7], source.name(), at, actor});
            } else {
                replaced++;
                if (Arrays.equals(v, old.figures())) continue;
                updates.add(new Object[] {old.id(), e.procedureId(), e.unitId(), Date.valueOf(e.month().atDay(1)),
                        v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], source.name(), 0L, at, actor});
            }
            deltas.add(e.procedureId(), e.unitId(), fields.get(e.procedureId()), e.month(), v,
                    old == null ? null : old.figures());
        }
        // a batch of plain INSERTs goes as one bulk command (Connector/J's default for inserts)
        if (!inserts.isEmpty()) jdbc.getJdbcTemplate().batchUpdate(INSERT_ROW, inserts, INSERT_TYPES);
        MultiRowStatement.execute(jdbc.getJdbcTemplate(), REPLACE_ROWS, updates, REPLACED);
        long written = System.nanoTime();
        deltas.apply(jdbc.getJdbcTemplate());
        if (entries.size() >= 1000) {
            log.info("ps_monthly: {} rows read in {} ms, {} inserted and {} updated in {} ms, summaries in {} ms",
                    entries.size(), (read - started) / 1_000_000, inserts.size(), updates.size(),
                    (written - read) / 1_000_000, (System.nanoTime() - written) / 1_000_000);
        }
        return replaced;
    }

    /**
     * The stored figures of every (unit, month) the entries touch, locked until the transaction ends: a concurrent
     * import, push or manual edit of the same unit's month waits, so the deltas are taken against what is replaced
     * (the gap locks of this range read also hold back a concurrent insert of a new row there).
     */
    private Map<RowKey, Stored> lockRows(List<Entry> entries) {
        Map<YearMonth, Set<Long>> unitsByMonth = new LinkedHashMap<>();
        entries.forEach(e -> unitsByMonth.computeIfAbsent(e.month(), m -> new HashSet<>()).add(e.unitId()));
        Map<RowKey, Stored> rows = new HashMap<>();
        unitsByMonth.forEach((month, units) -> jdbc.query("""
                SELECT id, procedure_id, unit_id, received, received_online, resolved, resolved_on_time, late,
                    digitised, e_results, paid_online
                FROM ps_monthly WHERE unit_id IN (:units) AND month = :month FOR UPDATE""",
                new MapSqlParameterSource("units", units).addValue("month", Date.valueOf(month.atDay(1))), rs -> {
                    long[] f = new long[8];
                    for (int i = 0; i < 8; i++) f[i] = rs.getLong(4 + i);
                    rows.put(new RowKey(rs.getLong(2), rs.getLong(3), month), new Stored(rs.getLong(1), f));
                }));
        return rows;
    }

    /** The procedures' fields, share-locked so that a catalogue import cannot move one to another field meanwhile. */
    private Map<Long, String> lockFields(List<Entry> entries) {
        Set<Long> ids = new HashSet<>();
        entries.forEach(e -> ids.add(e.procedureId()));
        Map<Long, String> fields = new HashMap<>();
        jdbc.query("SELECT id, field FROM ps_procedure WHERE id IN (:ids) LOCK IN SHARE MODE",
                new MapSqlParameterSource("ids", ids), rs -> {
                    fields.put(rs.getLong(1), rs.getString(2));
                });
        return fields;
    }

    /** Rebuilds both summaries from scratch (after the demo load or a merge). */
    public void rebuildSummaries() {
        jdbc.getJdbcTemplate().update("DELETE FROM ps_unit_field_month");
        jdbc.getJdbcTemplate().update("DELETE FROM ps_procedure_month");
        refreshUnitSummary("1 = 1", new MapSqlParameterSource());
        refreshProcedureSummary("1 = 1", new MapSqlParameterSource());
    }

    /** After a procedure moved to another field: its units' months are summed again under the new field. */
    public void refreshFieldOf(long procedureId) {
        var p = new MapSqlParameterSource("proc", procedureId);
        jdbc.update("""
                DELETE s FROM ps_unit_field_month s
                JOIN (SELECT DISTINCT unit_id, month FROM ps_monthly WHERE procedure_id = :proc) k
                  ON k.unit_id = s.unit_id AND k.month = s.month""", p);
        refreshUnitSummary("(m.unit_id, m.month) IN (SELECT unit_id, month FROM ps_monthly WHERE procedure_id = :proc)",
                p);
    }

    private void refreshUnitSummary(String where, MapSqlParameterSource p) {
        jdbc.update("""
                INSERT INTO ps_unit_field_month (unit_id, field, month, received, received_online, resolved,
                    resolved_on_time, late, digitised, e_results, paid_online, rows_count)
                SELECT m.unit_id, pr.field, m.month, SUM(m.received), SUM(m.received_online), SUM(m.resolved),
                    SUM(m.resolved_on_time), SUM(m.late), SUM(m.digitised), SUM(m.e_results), SUM(m.paid_online),
                    COUNT(*)
                FROM ps_monthly m JOIN ps_procedure pr ON pr.id = m.procedure_id
                WHERE\s""" + where + """
                 GROUP BY m.unit_id, pr.field, m.month
                ON DUPLICATE KEY UPDATE received = VALUES(received), received_online = VALUES(received_online),
                    resolved = VALUES(resolved), resolved_on_time = VALUES(resolved_on_time), late = VALUES(late),
                    digitised = VALUES(digitised), e_results = VALUES(e_results), paid_online = VALUES(paid_online),
                    rows_count = VALUES(rows_count)""", p);
    }

    private void refreshProcedureSummary(String where, MapSqlParameterSource p) {
        jdbc.update("""
                INSERT INTO ps_procedure_month (procedure_id, month, received, received_online)
                SELECT m.procedure_id, m.month, SUM(m.received), SUM(m.received_online)
                FROM ps_monthly m WHERE\s""" + where + """
                 GROUP BY m.procedure_id, m.month
                ON DUPLICATE KEY UPDATE received = VALUES(received), received_online = VALUES(received_online)""", p);
    }

    /** After a merge: the merged unit's months join the successor's (same procedure-month summed). */
    public void moveAll(long fromUnit, long toUnit) {
        var p = new MapSqlParameterSource("from", fromUnit).addValue("to", toUnit);
        jdbc.update("""
                UPDATE ps_monthly t JOIN ps_monthly s ON s.procedure_id = t.procedure_id AND s.month = t.month
                    AND s.unit_id = :from
                SET t.received = t.received + s.received, t.received_online = t.received_online + s.received_online,
                    t.resolved = t.resolved + s.resolved, t.resolved_on_time = t.resolved_on_time + s.resolved_on_time,
                    t.late = t.late + s.late, t.digitised = t.digitised + s.digitised,
                    t.e_results = t.e_results + s.e_results, t.paid_online = t.paid_online + s.paid_online,
                    t.version = t.version + 1
                WHERE t.unit_id = :to""", p);
        jdbc.update("""
                DELETE s FROM ps_monthly s JOIN ps_monthly t ON t.procedure_id = s.procedure_id AND t.month = s.month
                    AND t.unit_id = :to
                WHERE s.unit_id = :from""", p);
        jdbc.update("UPDATE ps_monthly SET unit_id = :to, version = version + 1 WHERE unit_id = :from", p);
        jdbc.update("UPDATE ps_procedure SET unit_id = :to, version = version + 1 WHERE unit_id = :from", p);
        jdbc.update("DELETE FROM ps_unit_field_month WHERE unit_id IN (:from, :to)", p);
        refreshUnitSummary("m.unit_id = :to", p);
        jdbc.update("""
                UPDATE ps_complaint_monthly t JOIN ps_complaint_monthly s ON s.month = t.month AND s.unit_id = :from
                SET t.received = t.received + s.received, t.handled_on_time = t.handled_on_time + s.handled_on_time
                WHERE t.unit_id = :to""", p);
        jdbc.update("""
                DELETE s FROM ps_complaint_monthly s JOIN ps_complaint_monthly t ON t.month = s.month
                    AND t.unit_id = :to WHERE s.unit_id = :from""", p);
        jdbc.update("UPDATE ps_complaint_monthly SET unit_id = :to WHERE unit_id = :from", p);
    }

    /** @return false when the row changed since {@code expectedVersion} */
    public boolean update(long id, long expectedVersion, Figures f, String actor, Instant now) {
        var p = figures(f).addValue("id", id).addValue("v", expectedVersion).addValue("by", actor)
                .addValue("at", Timestamp.from(now));
        boolean done = jdbc.update("""
                UPDATE ps_monthly SET received = :r, received_online = :ro, resolved = :s, resolved_on_time = :sot,
                    late = :l, digitised = :d, e_results = :e, paid_online = :p, source = 'MANUAL',
                    version = version + 1, updated_at = :at, updated_by = :by
                WHERE id = :id AND version = :v""", p) == 1;
        if (done) {
            var k = new MapSqlParameterSource("id", id);
            refreshUnitSummary("(m.unit_id, m.month) = (SELECT unit_id, month FROM ps_monthly WHERE id = :id)", k);
            refreshProcedureSummary("(m.procedure_id, m.month) = (SELECT procedure_id, month FROM ps_monthly WHERE id = :id)", k);
        }
        return done;
    }

    /** A unit's complaints of one month as stored ({received, handled on time}), or empty when none were reported. */
    public java.util.Optional<long[]> complaintsOf(long unitId, YearMonth month) {
        return jdbc.query("""
                SELECT received, handled_on_time FROM ps_complaint_monthly WHERE unit_id = :u AND month = :m""",
                new MapSqlParameterSource("u", unitId).addValue("m", Date.valueOf(month.atDay(1))),
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}).stream().findFirst();
    }

    public void saveComplaints(long unitId, YearMonth month, long received, long onTime, String actor, Instant now) {
        jdbc.update("""
                INSERT INTO ps_complaint_monthly (unit_id, month, received, handled_on_time, updated_at, updated_by)
                VALUES (:u, :m, :r, :o, :at, :by)
                ON DUPLICATE KEY UPDATE received = VALUES(received), handled_on_time = VALUES(handled_on_time),
                    updated_at = VALUES(updated_at), updated_by = VALUES(updated_by)""",
                new MapSqlParameterSource("u", unitId).addValue("m", Date.valueOf(month.atDay(1)))
                        .addValue("r", received).addValue("o", onTime).addValue("at", Timestamp.from(now))
                        .addValue("by", actor));
    }

    // ---- reading ---------------------------------------------------------------------------------------------------

    public Totals totals(FiguresQuery q) {
        var p = new MapSqlParameterSource();
        if (q.procedureId() != null) {
            return jdbc.queryForObject("SELECT " + ROW_SUMS + " FROM ps_monthly m WHERE " + rowWhere(q, p, null), p,
                    (rs, i) -> totals(rs));
        }
        return jdbc.queryForObject("SELECT " + SUMMARY_SUMS + " FROM ps_unit_field_month m WHERE " + summaryWhere(q, p),
                p, (rs, i) -> totals(rs));
    }

    public Map<YearMonth, Totals> totalsByMonth(FiguresQuery q) {
        return grouped(q, "m.month", rs -> YearMonth.from(rs.getDate("k").toLocalDate()));
    }

    public Map<Long, Totals> totalsByUnit(FiguresQuery q) {
        return grouped(q, "m.unit_id", rs -> rs.getLong("k"));
    }

    public Map<String, Totals> totalsByField(FiguresQuery q) {
        if (q.procedureId() != null) {
            Map<String, Totals> result = new LinkedHashMap<>();
            var p = new MapSqlParameterSource();
            jdbc.query("SELECT pr.field k, " + ROW_SUMS + " FROM ps_monthly m JOIN ps_procedure pr ON pr.id = m.procedure_id"
                    + " WHERE " + rowWhere(q, p, null) + " GROUP BY pr.field ORDER BY pr.field", p,
                    rs -> {
                        result.put(rs.getString("k"), totals(rs));
                    });
            return result;
        }
        return grouped(q, "m.field", rs -> rs.getString("k"));
    }

    /** Per procedure (code → totals), read from the rows: for a unit's or a field's drill-down. */
    public Map<Long, Totals> totalsByProcedure(FiguresQuery q) {
        var p = new MapSqlParameterSource();
        Map<Long, Totals> result = new LinkedHashMap<>();
        String join = q.field() == null ? "" : " JOIN ps_procedure pr ON pr.id = m.procedure_id";
        jdbc.query("SELECT m.procedure_id k, " + ROW_SUMS + " FROM ps_monthly m" + join + " WHERE " + rowWhere(q, p, "pr")
                + " GROUP BY m.procedure_id", p, rs -> {
                    result.put(rs.getLong("k"), totals(rs));
                });
        return result;
    }

    private interface Key<K> {
        K of(ResultSet rs) throws SQLException;
    }

    private <K> Map<K, Totals> grouped(FiguresQuery q, String column, Key<K> key) {
        var p = new MapSqlParameterSource();
        Map<K, Totals> result = new LinkedHashMap<>();
        String sql = q.procedureId() != null
                ? "SELECT " + column + " k, " + ROW_SUMS + " FROM ps_monthly m WHERE " + rowWhere(q, p, null)
                : "SELECT " + column + " k, " + SUMMARY_SUMS + " FROM ps_unit_field_month m WHERE " + summaryWhere(q, p);
        jdbc.query(sql + " GROUP BY " + column + " ORDER BY " + column, p, rs -> {
            result.put(key.of(rs), totals(rs));
        });
        return result;
    }

    public List<MonthlyRow> page(FiguresQuery q, int offset, int limit) {
        var p = new MapSqlParameterSource("offset", offset).addValue("limit", limit);
        return jdbc.query(ROW_SELECT + " WHERE " + rowWhere(q, p, "p")
                + " ORDER BY m.month DESC, p.code, u.code LIMIT :limit OFFSET :offset", p, (rs, i) -> row(rs));
    }

    public long count(FiguresQuery q) {
        var p = new MapSqlParameterSource();
        String join = q.field() == null ? "" : " JOIN ps_procedure pr ON pr.id = m.procedure_id";
        return jdbc.queryForObject("SELECT COUNT(*) FROM ps_monthly m" + join + " WHERE " + rowWhere(q, p, "pr"), p,
                Long.class);
    }

    public Optional<MonthlyRow> find(long procedureId, long unitId, YearMonth month) {
        var p = new MapSqlParameterSource("proc", procedureId).addValue("unit", unitId)
                .addValue("month", Date.valueOf(month.atDay(1)));
        return jdbc.query(ROW_SELECT + " WHERE m.procedure_id = :proc AND m.unit_id = :unit AND m.month = :month", p,
                (rs, i) -> row(rs)).stream().findFirst();
    }

    /** Units with at least one row for the month. */
    public Set<Long> unitsReporting(YearMonth month) {
        Set<Long> ids = new HashSet<>();
        jdbc.query("SELECT DISTINCT unit_id FROM ps_unit_field_month WHERE month = :m",
                new MapSqlParameterSource("m", Date.valueOf(month.atDay(1))), rs -> {
                    ids.add(rs.getLong(1));
                });
        return ids;
    }

    /** Complaints received and handled on time, or null when no unit in the query reported any. */
    public long[] complaints(FiguresQuery q) {
        var p = new MapSqlParameterSource().addValue("from", Date.valueOf(q.from().atDay(1)))
                .addValue("to", Date.valueOf(q.to().atDay(1)));
        String units = q.unitIds() == null ? "" : q.unitIds().isEmpty() ? " AND 1 = 0" : " AND unit_id IN (:ids)";
        if (q.unitIds() != null && !q.unitIds().isEmpty()) p.addValue("ids", q.unitIds());
        return jdbc.queryForObject("""
                SELECT COUNT(*) n, COALESCE(SUM(received), 0) r, COALESCE(SUM(handled_on_time), 0) o
                FROM ps_complaint_monthly WHERE month BETWEEN :from AND :to""" + units, p,
                (rs, i) -> rs.getLong("n") == 0 ? null : new long[] {rs.getLong("r"), rs.getLong("o")});
    }

    public Map<Long, long[]> complaintsByUnit(FiguresQuery q) {
        var p = new MapSqlParameterSource().addValue("from", Date.valueOf(q.from().atDay(1)))
                .addValue("to", Date.valueOf(q.to().atDay(1)));
        Map<Long, long[]> result = new LinkedHashMap<>();
        jdbc.query("""
                SELECT unit_id, SUM(received) r, SUM(handled_on_time) o FROM ps_complaint_monthly
                WHERE month BETWEEN :from AND :to GROUP BY unit_id""", p, rs -> {
                    result.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)});
                });
        return result;
    }

    // ---- procedures offered online ---------------------------------------------------------------------------------

    /** Offered online in the query's period and scope; with {@code onlyUnused}, only those without an online application. */
    public List<ZeroOnlineProcedure> onlineProcedures(FiguresQuery q, boolean onlyUnused, int limit) {
        var p = new MapSqlParameterSource("limit", limit);
        return jdbc.query("""
                SELECT p.id, p.code, p.name, p.field, p.tier, p.online_mode, u.name unit_name
                FROM ps_procedure p LEFT JOIN unit u ON u.id = p.unit_id
                LEFT JOIN ps_procedure_level l ON l.procedure_id = p.id AND l.year = :year
                WHERE\s""" + onlineWhere(q, onlyUnused, p) + " ORDER BY p.tier, p.field, p.code LIMIT :limit", p,
                (rs, i) -> new ZeroOnlineProcedure(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getString("field"), Tier.valueOf(rs.getString("tier")),
                        OnlineMode.valueOf(rs.getString("online_mode")), rs.getString("unit_name")));
    }

    /** A procedure offered online in a period: its tier and, for a provincial one, the unit that handles it. */
    public record Offered(long procedureId, Tier tier, Long unitId) {
    }

    /** Every procedure offered online in the query's period (the query's field and procedure apply, not its units). */
    public List<Offered> offeredOnline(FiguresQuery q) {
        var p = new MapSqlParameterSource();
        FiguresQuery all = new FiguresQuery(null, null, q.field(), q.procedureId(), q.from(), q.to());
        return jdbc.query("""
                SELECT p.id, p.tier, p.unit_id FROM ps_procedure p
                LEFT JOIN ps_procedure_level l ON l.procedure_id = p.id AND l.year = :year
                WHERE\s""" + onlineWhere(all, false, p), p,
                (rs, i) -> new Offered(rs.getLong(1), Tier.valueOf(rs.getString(2)), rs.getObject(3, Long.class)));
    }

    /** (procedure, unit) pairs with at least one online application in the period, as procedureId → unit ids. */
    public Map<Long, Set<Long>> usedOnline(FiguresQuery q) {
        var p = new MapSqlParameterSource().addValue("from", Date.valueOf(q.from().atDay(1)))
                .addValue("to", Date.valueOf(q.to().atDay(1)));
        Map<Long, Set<Long>> used = new java.util.HashMap<>();
        jdbc.query("""
                SELECT DISTINCT procedure_id, unit_id FROM ps_monthly
                WHERE month BETWEEN :from AND :to AND received_online > 0""", p,
                rs -> {
                    used.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
                });
        return used;
    }

    public long countOnlineProcedures(FiguresQuery q, boolean onlyUnused) {
        var p = new MapSqlParameterSource();
        return jdbc.queryForObject("""
                SELECT COUNT(*) FROM ps_procedure p
                LEFT JOIN ps_procedure_level l ON l.procedure_id = p.id AND l.year = :year
                WHERE\s""" + onlineWhere(q, onlyUnused, p), p, Long.class);
    }

    private static String onlineWhere(FiguresQuery q, boolean onlyUnused, MapSqlParameterSource p) {
        p.addValue("year", q.to().getYear()).addValue("from", Date.valueOf(q.from().atDay(1)))
                .addValue("to", Date.valueOf(q.to().atDay(1)));
        List<String> c = new ArrayList<>();
        c.add("""
                (l.level >= 3 OR (l.level IS NULL AND p.online_mode <> 'NONE'
                    AND (p.mode_since IS NULL OR p.mode_since <= LAST_DAY(:to))))""");
        c.add("p.available_from <= LAST_DAY(:to)");
        if (q.field() != null) {
            c.add("p.field = :field");
            p.addValue("field", q.field());
        }
        if (q.procedureId() != null) {
            c.add("p.id = :proc");
            p.addValue("proc", q.procedureId());
        }
        if (q.unitIds() != null) {
            List<String> handled = new ArrayList<>();
            if (!q.unitIds().isEmpty()) {
                handled.add("(p.tier = 'PROVINCE' AND p.unit_id IN (:ids))");
                p.addValue("ids", q.unitIds());
            }
            for (Tier t : q.handledTiers()) {
                if (t != Tier.PROVINCE) handled.add("p.tier = '" + t.name() + "'");
            }
            c.add(handled.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", handled) + ")");
            if (onlyUnused && !q.unitIds().isEmpty()) {
                c.add("""
                        NOT EXISTS (SELECT 1 FROM ps_monthly m WHERE m.procedure_id = p.id AND m.unit_id IN (:ids)
                            AND m.month BETWEEN :from AND :to AND m.received_online > 0)""");
            }
        } else if (onlyUnused) {
            c.add("""
                    NOT EXISTS (SELECT 1 FROM ps_procedure_month m WHERE m.procedure_id = p.id
                        AND m.month BETWEEN :from AND :to AND m.received_online > 0)""");
        }
        return String.join(" AND ", c);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    private static String common(FiguresQuery q, MapSqlParameterSource p, List<String> c) {
        if (q.from() != null) {
            c.add("m.month >= :from");
            p.addValue("from", Date.valueOf(q.from().atDay(1)));
        }
        if (q.to() != null) {
            c.add("m.month <= :to");
            p.addValue("to", Date.valueOf(q.to().atDay(1)));
        }
        if (q.unitIds() != null) {
            c.add(q.unitIds().isEmpty() ? "1 = 0" : "m.unit_id IN (:scope)");
            if (!q.unitIds().isEmpty()) p.addValue("scope", q.unitIds());
        }
        return String.join(" AND ", c);
    }

    private static String summaryWhere(FiguresQuery q, MapSqlParameterSource p) {
        List<String> c = new ArrayList<>();
        c.add("1 = 1");
        if (q.field() != null) {
            c.add("m.field = :field");
            p.addValue("field", q.field());
        }
        return common(q, p, c);
    }

    /**
     * For ps_monthly aliased m. {@code procedureAlias} names the joined ps_procedure a field filter applies to; null
     * when the query is for one procedure (its field is fixed) or groups by field itself.
     */
    private static String rowWhere(FiguresQuery q, MapSqlParameterSource p, String procedureAlias) {
        List<String> c = new ArrayList<>();
        c.add("1 = 1");
        if (q.procedureId() != null) {
            c.add("m.procedure_id = :proc");
            p.addValue("proc", q.procedureId());
        }
        if (q.field() != null && procedureAlias != null) {
            c.add(procedureAlias + ".field = :field");
            p.addValue("field", q.field());
        }
        return common(q, p, c);
    }

    private static MapSqlParameterSource figures(Figures f) {
        return new MapSqlParameterSource("r", f.received()).addValue("ro", f.receivedOnline())
                .addValue("s", f.resolved()).addValue("sot", f.resolvedOnTime()).addValue("l", f.late())
                .addValue("d", f.digitised()).addValue("e", f.eResults()).addValue("p", f.paidOnline());
    }

    private static Totals totals(ResultSet rs) throws SQLException {
        return new Totals(rs.getLong("r"), rs.getLong("ro"), rs.getLong("s"), rs.getLong("sot"), rs.getLong("l"),
                rs.getLong("d"), rs.getLong("e"), rs.getLong("p"), rs.getLong("n"));
    }

    private static MonthlyRow row(ResultSet rs) throws SQLException {
        var f = new Figures(rs.getLong("received"), rs.getLong("received_online"), rs.getLong("resolved"),
                rs.getLong("resolved_on_time"), rs.getLong("late"), rs.getLong("digitised"), rs.getLong("e_results"),
                rs.getLong("paid_online"));
        return new MonthlyRow(rs.getLong("id"), rs.getLong("procedure_id"), rs.getString("procedure_code"),
                rs.getString("procedure_name"), rs.getString("field"), rs.getLong("unit_id"),
                rs.getString("unit_code"), rs.getString("unit_name"), YearMonth.from(rs.getDate("month").toLocalDate()),
                f, FigureSource.valueOf(rs.getString("source")), rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"), rs.getLong("version"));
    }
}
