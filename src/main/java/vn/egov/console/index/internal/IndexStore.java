package vn.egov.console.index.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.egov.console.index.Assessment;
import vn.egov.console.index.AssessmentStatus;
import vn.egov.console.index.Category;
import vn.egov.console.index.Framework;
import vn.egov.console.index.FrameworkDraft;
import vn.egov.console.index.IndexMetric;
import vn.egov.console.index.Node;
import vn.egov.console.index.NodeDraft;
import vn.egov.console.index.RuleType;
import vn.egov.console.index.Source;
import vn.egov.console.index.ValueStatus;

/** Frameworks, assessments and per-unit values of the index, in plain SQL (values are written in batches). */
@Repository
public class IndexStore {

    private final JdbcTemplate jdbc;

    IndexStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A value row as stored; the service joins it with the framework's node and the unit's name. */
    public record StoredValue(long id, long assessmentId, long unitId, long nodeId, Category category,
                              Double computedValue, Double selfValue, Long evidenceId, double points,
                              ValueStatus status, String reason, String updatedBy, long version) {
    }

    /** A new value row: what {@link #insertValues} writes at opening. */
    public record NewValue(long unitId, long nodeId, Category category, Double computedValue, double points,
                           ValueStatus status) {
    }

    // ---- frameworks -------------------------------------------------------------------------------------------

    public long insertFramework(FrameworkDraft d, String by, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    INSERT INTO idx_framework (code, name, issuer, decision_no, decision_date, from_year, to_year,
                        updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            ps.setString(1, d.code());
            ps.setString(2, d.name());
            ps.setString(3, d.issuer());
            ps.setString(4, d.decisionNo());
            ps.setDate(5, d.decisionDate() == null ? null : Date.valueOf(d.decisionDate()));
            ps.setInt(6, d.fromYear());
            if (d.toYear() == null) ps.setNull(7, Types.SMALLINT); else ps.setInt(7, d.toYear());
            ps.setTimestamp(8, Timestamp.from(at));
            ps.setString(9, by);
            return ps;
        }, keys);
        long id = keys.getKey().longValue();
        for (Category c : d.categories()) {
            jdbc.update("INSERT INTO idx_framework_category (framework_id, category) VALUES (?, ?)", id, c.name());
        }
        Map<String, Long> ids = new HashMap<>();
        int position = 0;
        for (NodeDraft n : d.nodes()) {
            var nodeKey = new GeneratedKeyHolder();
            int pos = position++;
            jdbc.update(con -> {
                var ps = con.prepareStatement("""
                        INSERT INTO idx_node (framework_id, parent_id, position, code, name_vi, name_en, max_points,
                            scored, rule_type, rule_steps, source, metric, verifying_unit)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
                ps.setLong(1, id);
                Long parent = n.parentCode() == null ? null : ids.get(n.parentCode());
                if (parent == null) ps.setNull(2, Types.BIGINT); else ps.setLong(2, parent);
                ps.setInt(3, pos);
                ps.setString(4, n.code());
                ps.setString(5, n.nameVi());
                ps.setString(6, n.nameEn());
                ps.setBigDecimal(7, java.math.BigDecimal.valueOf(n.maxPoints()));
                ps.setBoolean(8, n.scored());
                ps.setString(9, n.rule() == null ? null : n.rule().name());
                ps.setString(10, n.steps());
                ps.setString(11, n.source() == null ? null : n.source().name());
                ps.setString(12, n.metric() == null ? null : n.metric().name());
                ps.setString(13, n.verifyingUnit());
                return ps;
            }, nodeKey);
            ids.put(n.code(), nodeKey.getKey().longValue());
        }
        return id;
    }

    public List<Framework> frameworks() {
        Map<Long, Set<Category>> categories = new HashMap<>();
        jdbc.query("SELECT framework_id, category FROM idx_framework_category", rs -> {
            categories.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(Category.class))
                    .add(Category.valueOf(rs.getString(2)));
        });
        Map<Long, List<Node>> nodes = new HashMap<>();
        jdbc.query("SELECT * FROM idx_node ORDER BY framework_id, position", rs -> {
            nodes.computeIfAbsent(rs.getLong("framework_id"), k -> new ArrayList<>()).add(node(rs));
        });
        return jdbc.query("SELECT * FROM idx_framework ORDER BY from_year, code", (rs, i) -> {
            long id = rs.getLong("id");
            Date date = rs.getDate("decision_date");
            int to = rs.getInt("to_year");
            Integer toYear = rs.wasNull() ? null : to;
            return new Framework(id, rs.getString("code"), rs.getString("name"), rs.getString("issuer"),
                    rs.getString("decision_no"), date == null ? null : date.toLocalDate(), rs.getInt("from_year"),
                    toYear, Set.copyOf(categories.getOrDefault(id, Set.of())),
                    List.copyOf(treeOrder(nodes.getOrDefault(id, List.of()))));
        });
    }

    public boolean frameworkCodeExists(String code) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM idx_framework WHERE code = ?", Integer.class, code) > 0;
    }

    /** Group, its children, their children... so screens can walk the list as a tree. */
    private static List<Node> treeOrder(List<Node> nodes) {
        Map<Long, List<Node>> byParent = new LinkedHashMap<>();
        for (Node n : nodes) byParent.computeIfAbsent(n.parentId() == null ? 0L : n.parentId(), k -> new ArrayList<>()).add(n);
        List<Node> out = new ArrayList<>();
        walk(0L, byParent, out);
        return out;
    }

    private static void walk(long parent, Map<Long, List<Node>> byParent, List<Node> out) {
        for (Node n : byParent.getOrDefault(parent, List.of())) {
            out.add(n);
            walk(n.id(), byParent, out);
        }
    }

    private static Node node(ResultSet rs) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        String rule = rs.getString("rule_type");
        String source = rs.getString("source");
        String metric = rs.getString("metric");
        return new Node(rs.getLong("id"), parentId, rs.getInt("position"), rs.getString("code"),
                rs.getString("name_vi"), rs.getString("name_en"), rs.getBigDecimal("max_points").doubleValue(),
                rs.getBoolean("scored"), rule == null ? null : RuleType.valueOf(rule), rs.getString("rule_steps"),
                source == null ? null : Source.valueOf(source), metric == null ? null : IndexMetric.valueOf(metric),
                rs.getString("verifying_unit"));
    }

    // ---- assessments ------------------------------------------------------------------------------------------

    private static final String ASSESSMENT = """
            SELECT a.*, f.name AS framework_name FROM idx_assessment a JOIN idx_framework f ON f.id = a.framework_id""";

    public long insertAssessment(long frameworkId, int year, int revision, LocalDate snapshot, String reason,
                                 String by, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    INSERT INTO idx_assessment (framework_id, year, revision, snapshot_date, status, reason,
                        opened_by, opened_at) VALUES (?, ?, ?, ?, 'OPEN', ?, ?, ?)""", new String[] {"id"});
            ps.setLong(1, frameworkId);
            ps.setInt(2, year);
            ps.setInt(3, revision);
            ps.setDate(4, Date.valueOf(snapshot));
            ps.setString(5, reason);
            ps.setString(6, by);
            ps.setTimestamp(7, Timestamp.from(at));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    public List<Assessment> assessments() {
        return jdbc.query(ASSESSMENT + " ORDER BY a.year DESC, a.revision DESC", (rs, i) -> assessment(rs));
    }

    public Optional<Assessment> assessment(long id) {
        return jdbc.query(ASSESSMENT + " WHERE a.id = ?", (rs, i) -> assessment(rs), id).stream().findFirst();
    }

    public Optional<Assessment> assessmentForUpdate(long id) {
        return jdbc.query(ASSESSMENT + " WHERE a.id = ? FOR UPDATE", (rs, i) -> assessment(rs), id).stream()
                .findFirst();
    }

    public int nextRevision(int year) {
        return jdbc.queryForObject("SELECT COALESCE(MAX(revision), 0) + 1 FROM idx_assessment WHERE year = ?",
                Integer.class, year);
    }

    public boolean setStatus(long id, long expectedVersion, AssessmentStatus status, String by, Instant at) {
        return jdbc.update("""
                UPDATE idx_assessment SET status = ?, published_by = COALESCE(?, published_by),
                    published_at = COALESCE(?, published_at), version = version + 1
                WHERE id = ? AND version = ?""", status.name(), status == AssessmentStatus.PUBLISHED ? by : null,
                status == AssessmentStatus.PUBLISHED ? Timestamp.from(at) : null, id, expectedVersion) == 1;
    }

    private static Assessment assessment(ResultSet rs) throws SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        return new Assessment(rs.getLong("id"), rs.getLong("framework_id"), rs.getString("framework_name"),
                rs.getInt("year"), rs.getInt("revision"), rs.getDate("snapshot_date").toLocalDate(),
                AssessmentStatus.valueOf(rs.getString("status")), rs.getString("reason"), rs.getString("opened_by"),
                rs.getTimestamp("opened_at").toInstant(), rs.getString("published_by"),
                published == null ? null : published.toInstant(), rs.getLong("version"));
    }

    // ---- values -----------------------------------------------------------------------------------------------

    public void insertValues(long assessmentId, List<NewValue> values, String by, Instant at) {
        Timestamp ts = Timestamp.from(at);
        jdbc.batchUpdate("""
                INSERT INTO idx_value (assessment_id, unit_id, node_id, category, computed_value, points, status,
                    updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", values, 1000, (ps, v) -> {
                    ps.setLong(1, assessmentId);
                    ps.setLong(2, v.unitId());
                    ps.setLong(3, v.nodeId());
                    ps.setString(4, v.category().name());
                    if (v.computedValue() == null) ps.setNull(5, Types.DOUBLE); else ps.setDouble(5, v.computedValue());
                    ps.setBigDecimal(6, java.math.BigDecimal.valueOf(v.points()));
                    ps.setString(7, v.status().name());
                    ps.setString(8, by);
                    ps.setTimestamp(9, ts);
                });
    }

    /** Copies a published revision's values into a new one: the correction starts from what was published. */
    public void copyValues(long fromAssessment, long toAssessment) {
        jdbc.update("""
                INSERT INTO idx_value (assessment_id, unit_id, node_id, category, computed_value, self_value,
                    evidence_id, points, status, reason, updated_by, updated_at)
                SELECT ?, unit_id, node_id, category, computed_value, self_value, evidence_id, points, status, reason,
                    updated_by, updated_at FROM idx_value WHERE assessment_id = ?""", toAssessment, fromAssessment);
    }

    private static final String VALUE = "SELECT * FROM idx_value";

    public List<StoredValue> values(long assessmentId, long unitId) {
        return jdbc.query(VALUE + " WHERE assessment_id = ? AND unit_id = ? ORDER BY node_id", (rs, i) -> value(rs),
                assessmentId, unitId);
    }

    public Optional<StoredValue> value(long id) {
        return jdbc.query(VALUE + " WHERE id = ?", (rs, i) -> value(rs), id).stream().findFirst();
    }

    /** Points per unit and leaf node of an assessment (the ranking's input). */
    public void points(long assessmentId, PointsHandler handler) {
        jdbc.query("SELECT unit_id, category, node_id, points FROM idx_value WHERE assessment_id = ?", rs -> {
            handler.accept(rs.getLong(1), Category.valueOf(rs.getString(2)), rs.getLong(3),
                    rs.getBigDecimal(4).doubleValue());
        }, assessmentId);
    }

    @FunctionalInterface
    public interface PointsHandler {
        void accept(long unitId, Category category, long nodeId, double points);
    }

    public boolean updateValue(long id, long expectedVersion, Double selfValue, Long evidenceId, double points,
                               ValueStatus status, String reason, String by, Instant at) {
        return jdbc.update("""
                UPDATE idx_value SET self_value = ?, evidence_id = ?, points = ?, status = ?, reason = ?,
                    updated_by = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?""",
                selfValue, evidenceId, java.math.BigDecimal.valueOf(points), status.name(), reason, by,
                Timestamp.from(at), id, expectedVersion) == 1;
    }

    /** Moves a unit's values from one status to another (hand in, give back); returns how many moved. */
    public int moveStatus(long assessmentId, long unitId, ValueStatus from, ValueStatus to, String by, Instant at) {
        return jdbc.update("""
                UPDATE idx_value SET status = ?, updated_by = ?, updated_at = ?, version = version + 1
                WHERE assessment_id = ? AND unit_id = ? AND status = ?""", to.name(), by, Timestamp.from(at),
                assessmentId, unitId, from.name());
    }

    public long countStatus(long assessmentId, ValueStatus status) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM idx_value WHERE assessment_id = ? AND status = ?",
                Long.class, assessmentId, status.name());
    }

    /** Units of an assessment with values handed in and waiting for the DIC: unit id → count. */
    public Map<Long, Long> submittedByUnit(long assessmentId) {
        Map<Long, Long> out = new LinkedHashMap<>();
        jdbc.query("""
                SELECT unit_id, COUNT(*) FROM idx_value WHERE assessment_id = ? AND status = 'SUBMITTED'
                GROUP BY unit_id ORDER BY unit_id""", rs -> {
            out.put(rs.getLong(1), rs.getLong(2));
        }, assessmentId);
        return out;
    }

    public List<Long> unitIds(long assessmentId) {
        return jdbc.queryForList("SELECT DISTINCT unit_id FROM idx_value WHERE assessment_id = ? ORDER BY unit_id",
                Long.class, assessmentId);
    }

    private static StoredValue value(ResultSet rs) throws SQLException {
        double computed = rs.getDouble("computed_value");
        Double computedValue = rs.wasNull() ? null : computed;
        double self = rs.getDouble("self_value");
        Double selfValue = rs.wasNull() ? null : self;
        long evidence = rs.getLong("evidence_id");
        Long evidenceId = rs.wasNull() ? null : evidence;
        return new StoredValue(rs.getLong("id"), rs.getLong("assessment_id"), rs.getLong("unit_id"),
                rs.getLong("node_id"), Category.valueOf(rs.getString("category")), computedValue, selfValue,
                evidenceId, rs.getBigDecimal("points").doubleValue(), ValueStatus.valueOf(rs.getString("status")),
                rs.getString("reason"), rs.getString("updated_by"), rs.getLong("version"));
    }
}
