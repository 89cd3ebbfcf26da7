package vn.egov.console.architecture.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.egov.console.approval.Approval;
import vn.egov.console.approval.ApprovalStep;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.egov.console.architecture.ArchComponent;
import vn.egov.console.architecture.ArchitectureVersion;
import vn.egov.console.architecture.FundingSource;
import vn.egov.console.architecture.Framework;
import vn.egov.console.architecture.TaskDraft;
import vn.egov.console.architecture.TaskStatus;
import vn.egov.console.architecture.Verification;
import vn.egov.console.architecture.VersionDraft;
import vn.egov.console.architecture.VersionStatus;

/** The roadmap's tables, in plain SQL; every update of a versioned row checks the version it was read at. */
@Repository
public class RoadmapStore {

    private static final String TASK_COLUMNS = """
            t.id, t.version_id, t.code, t.title, t.component_id, t.parent_id, t.legal_basis, t.lead_unit_id,
            t.planned_start, t.planned_end, t.baseline_start, t.baseline_end, t.funding_source, t.estimate_vnd,
            t.disbursed_vnd, t.deliverable, t.status, t.percent_done, t.done_on, t.carried_from_id, t.version""";

    private final JdbcTemplate jdbc;

    RoadmapStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // ---- reference data --------------------------------------------------------------------------------------------

    public List<Framework> frameworks() {
        return jdbc.query("SELECT id, code, name, issued_by FROM arch_framework ORDER BY sort_order, id",
                (rs, i) -> new Framework(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
    }

    public List<ArchComponent> components() {
        return jdbc.query("SELECT id, code, name_vi, name_en, sort_order FROM arch_component ORDER BY sort_order, id",
                (rs, i) -> new ArchComponent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5)));
    }

    // ---- versions --------------------------------------------------------------------------------------------------

    private static final String VERSION_SELECT = """
            SELECT v.id, v.name, v.framework_id, f.name AS framework_name, v.decision_number, v.decision_date,
                   v.period_from, v.period_to, v.status, v.version
            FROM arch_version v JOIN arch_framework f ON f.id = v.framework_id""";

    public List<ArchitectureVersion> versions() {
        return jdbc.query(VERSION_SELECT + " ORDER BY v.period_from DESC, v.id DESC", RoadmapStore::version);
    }

    public Optional<ArchitectureVersion> version(long id) {
        return jdbc.query(VERSION_SELECT + " WHERE v.id = ?", RoadmapStore::version, id).stream().findFirst();
    }

    public Optional<ArchitectureVersion> approved() {
        return jdbc.query(VERSION_SELECT + " WHERE v.status = 'APPROVED'", RoadmapStore::version).stream().findFirst();
    }

    public boolean frameworkExists(long id) {
        return count("SELECT COUNT(*) FROM arch_framework WHERE id = ?", id) > 0;
    }

    public long insertVersion(VersionDraft d, VersionStatus status, Instant now) {
        return insert("""
                INSERT INTO arch_version (name, framework_id, decision_number, decision_date, period_from, period_to,
                    status, approved_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                d.name(), d.frameworkId(), d.decisionNumber(), date(d.decisionDate()), d.periodFrom(), d.periodTo(),
                status.name(), status == VersionStatus.APPROVED ? ts(now) : null, ts(now), ts(now));
    }

    public boolean updateVersion(long id, long expectedVersion, VersionDraft d, Instant now) {
        return jdbc.update("""
                UPDATE arch_version SET name = ?, framework_id = ?, decision_number = ?, decision_date = ?,
                    period_from = ?, period_to = ?, version = version + 1, updated_at = ?
                WHERE id = ? AND version = ?""", d.name(), d.frameworkId(), d.decisionNumber(),
                date(d.decisionDate()), d.periodFrom(), d.periodTo(), ts(now), id, expectedVersion) == 1;
    }

    public boolean setVersionStatus(long id, long expectedVersion, VersionStatus status, Instant now) {
        return jdbc.update("""
                UPDATE arch_version SET status = ?, approved_at = IF(? = 'APPROVED', ?, approved_at),
                    version = version + 1, updated_at = ? WHERE id = ? AND version = ?""",
                status.name(), status.name(), ts(now), ts(now), id, expectedVersion) == 1;
    }

    private static ArchitectureVersion version(ResultSet rs, int i) throws SQLException {
        return new ArchitectureVersion(rs.getLong("id"), rs.getString("name"), rs.getLong("framework_id"),
                rs.getString("framework_name"), rs.getString("decision_number"),
                rs.getObject("decision_date", LocalDate.class), rs.getInt("period_from"), rs.getInt("period_to"),
                VersionStatus.valueOf(rs.getString("status")), rs.getLong("version"));
    }

    // ---- tasks -----------------------------------------------------------------------------------------------------

    public List<StoredTask> tasksOf(long versionId) {
        return jdbc.query("SELECT " + TASK_COLUMNS + " FROM arch_task t WHERE t.version_id = ? ORDER BY t.code, t.id",
                RoadmapStore::task, versionId);
    }

    public Optional<StoredTask> task(long id) {
        return jdbc.query("SELECT " + TASK_COLUMNS + " FROM arch_task t WHERE t.id = ?", RoadmapStore::task, id)
                .stream().findFirst();
    }

    public Optional<StoredTask> taskByCode(long versionId, String code) {
        return jdbc.query("SELECT " + TASK_COLUMNS + " FROM arch_task t WHERE t.version_id = ? AND t.code = ?",
                RoadmapStore::task, versionId, code).stream().findFirst();
    }

    public List<StoredTask> tasks(Collection<Long> ids) {
        if (ids.isEmpty()) return List.of();
        return jdbc.query("SELECT " + TASK_COLUMNS + " FROM arch_task t WHERE t.id IN (" + placeholders(ids.size())
                + ") ORDER BY t.code", RoadmapStore::task, ids.toArray());
    }

    /** Open tasks of the approved version whose planned end is on or before {@code horizon}. */
    public List<StoredTask> openTasksEndingBy(LocalDate horizon) {
        return jdbc.query("SELECT " + TASK_COLUMNS + """
                 FROM arch_task t JOIN arch_version v ON v.id = t.version_id
                WHERE v.status = 'APPROVED' AND t.status IN ('NOT_STARTED', 'IN_PROGRESS', 'PAUSED')
                  AND t.planned_end <= ? ORDER BY t.planned_end, t.id""", RoadmapStore::task, date(horizon));
    }

    public long insertTask(long versionId, TaskDraft d, LocalDate baselineStart, LocalDate baselineEnd,
                           Long carriedFromId, Instant now) {
        return insert("""
                INSERT INTO arch_task (version_id, code, title, component_id, parent_id, legal_basis, lead_unit_id,
                    planned_start, planned_end, baseline_start, baseline_end, funding_source, estimate_vnd,
                    disbursed_vnd, deliverable, status, percent_done, done_on, carried_from_id, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                versionId, d.code(), d.title(), d.componentId(), d.parentId(), d.legalBasis(), d.leadUnitId(),
                date(d.plannedStart()), date(d.plannedEnd()), date(baselineStart), date(baselineEnd),
                d.funding() == null ? null : d.funding().name(), d.estimateVnd(),
                d.disbursedVnd() == null ? 0 : d.disbursedVnd(), d.deliverable(), d.status().name(),
                d.percentDone() == null ? 0 : d.percentDone(), null, carriedFromId, ts(now), ts(now));
    }

    public boolean updateTask(long id, long expectedVersion, TaskDraft d, LocalDate doneOn, Instant now) {
        return jdbc.update("""
                UPDATE arch_task SET code = ?, title = ?, component_id = ?, parent_id = ?, legal_basis = ?,
                    lead_unit_id = ?, planned_start = ?, planned_end = ?, funding_source = ?, estimate_vnd = ?,
                    disbursed_vnd = ?, deliverable = ?, status = ?, percent_done = ?, done_on = ?,
                    version = version + 1, updated_at = ? WHERE id = ? AND version = ?""",
                d.code(), d.title(), d.componentId(), d.parentId(), d.legalBasis(), d.leadUnitId(),
                date(d.plannedStart()), date(d.plannedEnd()), d.funding() == null ? null : d.funding().name(),
                d.estimateVnd(), d.disbursedVnd() == null ? 0 : d.disbursedVnd(), d.deliverable(), d.status().name(),
                d.percentDone() == null ? 0 : d.percentDone(), date(doneOn), ts(now), id, expectedVersion) == 1;
    }

    /** What an accepted progress report changes on its task. */
    public void applyProgress(long id, TaskStatus status, int percent, long disbursed, LocalDate doneOn, Instant now) {
        jdbc.update("""
                UPDATE arch_task SET status = ?, percent_done = ?, disbursed_vnd = ?, done_on = ?,
                    version = version + 1, updated_at = ? WHERE id = ?""",
                status.name(), percent, disbursed, date(doneOn), ts(now), id);
    }

    public void setStatus(long id, TaskStatus status, Instant now) {
        jdbc.update("UPDATE arch_task SET status = ?, version = version + 1, updated_at = ? WHERE id = ?",
                status.name(), ts(now), id);
    }

    /** Freezes every task's planned dates as its baseline (when its version is approved). */
    public void freezeBaseline(long versionId) {
        jdbc.update("UPDATE arch_task SET baseline_start = planned_start, baseline_end = planned_end "
                + "WHERE version_id = ?", versionId);
    }

    private static StoredTask task(ResultSet rs, int i) throws SQLException {
        String funding = rs.getString("funding_source");
        return new StoredTask(rs.getLong("id"), rs.getLong("version_id"), rs.getString("code"), rs.getString("title"),
                rs.getLong("component_id"), (Long) rs.getObject("parent_id", Long.class), rs.getString("legal_basis"),
                rs.getLong("lead_unit_id"), rs.getObject("planned_start", LocalDate.class),
                rs.getObject("planned_end", LocalDate.class), rs.getObject("baseline_start", LocalDate.class),
                rs.getObject("baseline_end", LocalDate.class), funding == null ? null : FundingSource.valueOf(funding),
                (Long) rs.getObject("estimate_vnd", Long.class), rs.getLong("disbursed_vnd"),
                rs.getString("deliverable"), TaskStatus.valueOf(rs.getString("status")), rs.getInt("percent_done"),
                rs.getObject("done_on", LocalDate.class), (Long) rs.getObject("carried_from_id", Long.class),
                rs.getLong("version"));
    }

    // ---- coordinating units and dependencies -----------------------------------------------------------------------

    /** Coordinating units of every task in the version, by task id. */
    public Map<Long, Set<Long>> coordinatorsOf(long versionId) {
        Map<Long, Set<Long>> map = new HashMap<>();
        jdbc.query("""
                SELECT c.task_id, c.unit_id FROM arch_task_coordinator c JOIN arch_task t ON t.id = c.task_id
                WHERE t.version_id = ? ORDER BY c.task_id, c.unit_id""", rs -> {
            map.computeIfAbsent(rs.getLong(1), k -> new LinkedHashSet<>()).add(rs.getLong(2));
        }, versionId);
        return map;
    }

    public Set<Long> coordinators(long taskId) {
        return new LinkedHashSet<>(jdbc.queryForList(
                "SELECT unit_id FROM arch_task_coordinator WHERE task_id = ? ORDER BY unit_id", Long.class, taskId));
    }

    public void replaceCoordinators(long taskId, Set<Long> unitIds) {
        jdbc.update("DELETE FROM arch_task_coordinator WHERE task_id = ?", taskId);
        List<Object[]> rows = unitIds.stream().map(u -> new Object[] {taskId, u}).toList();
        if (!rows.isEmpty()) jdbc.batchUpdate("INSERT INTO arch_task_coordinator (task_id, unit_id) VALUES (?, ?)", rows);
    }

    /** Finish-to-start edges of the version: task id → its prerequisites. */
    public Map<Long, Set<Long>> prerequisitesOf(long versionId) {
        Map<Long, Set<Long>> map = new HashMap<>();
        jdbc.query("""
                SELECT d.task_id, d.prerequisite_id FROM arch_task_dependency d JOIN arch_task t ON t.id = d.task_id
                WHERE t.version_id = ?""", rs -> {
            map.computeIfAbsent(rs.getLong(1), k -> new LinkedHashSet<>()).add(rs.getLong(2));
        }, versionId);
        return map;
    }

    public List<Long> prerequisites(long taskId) {
        return jdbc.queryForList("SELECT prerequisite_id FROM arch_task_dependency WHERE task_id = ?", Long.class, taskId);
    }

    public List<Long> successors(long taskId) {
        return jdbc.queryForList("SELECT task_id FROM arch_task_dependency WHERE prerequisite_id = ?", Long.class, taskId);
    }

    public void replacePrerequisites(long taskId, Set<Long> prerequisiteIds) {
        jdbc.update("DELETE FROM arch_task_dependency WHERE task_id = ?", taskId);
        List<Object[]> rows = prerequisiteIds.stream().map(p -> new Object[] {taskId, p}).toList();
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO arch_task_dependency (task_id, prerequisite_id) VALUES (?, ?)", rows);
        }
    }

    // ---- progress reports ------------------------------------------------------------------------------------------

    public long insertReport(long taskId, String period, TaskStatus status, int percent, long disbursed,
                             String blockers, Long evidenceId, String reportedBy, Instant now, Approval approval) {
        return insert("""
                INSERT INTO arch_progress_report (task_id, period, status, percent_done, disbursed_vnd, blockers,
                    evidence_id, reported_by, reported_at, verification, approval_step, approval_by, approval_at,
                    approval_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                taskId, period, status.name(), percent, disbursed, blockers, evidenceId, reportedBy, ts(now),
                Verification.PENDING.name(), approval.step().name(), approval.by(), ts(approval.at()), approval.note());
    }

    /**
     * Stores the head's decision on a report that waits for it; a returned report is closed (verification returned,
     * the head's reason) so its unit may file a new one.
     */
    public boolean decideApproval(long id, long expectedVersion, Approval approval, Instant now) {
        boolean returned = approval.step() == ApprovalStep.RETURNED;
        return jdbc.update("""
                UPDATE arch_progress_report SET approval_step = ?, approval_by = ?, approval_at = ?, approval_note = ?,
                    verification = ?, verified_by = ?, verified_at = ?, return_reason = ?, version = version + 1
                WHERE id = ? AND version = ? AND approval_step = 'AWAITING_HEAD' AND verification = 'PENDING'""",
                approval.step().name(), approval.by(), ts(approval.at()), approval.note(),
                returned ? Verification.RETURNED.name() : Verification.PENDING.name(), returned ? approval.by() : null,
                returned ? ts(now) : null, returned ? approval.note() : null, id, expectedVersion) == 1;
    }

    /** Reports of these lead units that wait for their head, oldest first. */
    public List<StoredReport> awaitingHead(Collection<Long> unitIds, int limit) {
        if (unitIds.isEmpty()) return List.of();
        List<Object> args = new ArrayList<>(unitIds);
        args.add(limit);
        return jdbc.query(REPORT_SELECT + " JOIN arch_task t ON t.id = r.task_id WHERE r.approval_step = 'AWAITING_HEAD'"
                + " AND r.verification = 'PENDING' AND t.lead_unit_id IN (" + placeholders(unitIds.size())
                + ") ORDER BY r.reported_at, r.id LIMIT ?", RoadmapStore::report, args.toArray());
    }

    public long countAwaitingHead(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) return 0;
        return count("SELECT COUNT(*) FROM arch_progress_report r JOIN arch_task t ON t.id = r.task_id"
                + " WHERE r.approval_step = 'AWAITING_HEAD' AND r.verification = 'PENDING' AND t.lead_unit_id IN ("
                + placeholders(unitIds.size()) + ")", unitIds.toArray());
    }

    public List<StoredReport> reportsOf(long taskId) {
        return jdbc.query(REPORT_SELECT + " WHERE r.task_id = ? ORDER BY r.reported_at DESC, r.id DESC",
                RoadmapStore::report, taskId);
    }

    public Optional<StoredReport> report(long id) {
        return jdbc.query(REPORT_SELECT + " WHERE r.id = ?", RoadmapStore::report, id).stream().findFirst();
    }

    public List<StoredReport> pendingReports(int limit) {
        return jdbc.query(REPORT_SELECT + " WHERE r.verification = 'PENDING' AND r.approval_step = 'APPROVED'"
                + " ORDER BY r.reported_at, r.id LIMIT ?",
                RoadmapStore::report, limit);
    }

    public long countPendingReports() {
        return count("SELECT COUNT(*) FROM arch_progress_report WHERE verification = 'PENDING'"
                + " AND approval_step = 'APPROVED'");
    }

    public boolean pendingReportExists(long taskId) {
        return count("SELECT COUNT(*) FROM arch_progress_report WHERE task_id = ? AND verification = 'PENDING'",
                taskId) > 0;
    }

    public boolean verify(long id, long expectedVersion, Verification verdict, String by, String reason, Instant now) {
        return jdbc.update("""
                UPDATE arch_progress_report SET verification = ?, verified_by = ?, verified_at = ?, return_reason = ?,
                    version = version + 1 WHERE id = ? AND version = ? AND verification = 'PENDING'""",
                verdict.name(), by, ts(now), reason, id, expectedVersion) == 1;
    }

    private static final String REPORT_SELECT = """
            SELECT r.id, r.task_id, r.period, r.status, r.percent_done, r.disbursed_vnd, r.blockers, r.evidence_id,
                   r.reported_by, r.reported_at, r.verification, r.verified_by, r.verified_at, r.return_reason,
                   r.version, r.approval_step, r.approval_by, r.approval_at, r.approval_note
            FROM arch_progress_report r""";

    private static StoredReport report(ResultSet rs, int i) throws SQLException {
        Timestamp verifiedAt = rs.getTimestamp("verified_at");
        return new StoredReport(rs.getLong("id"), rs.getLong("task_id"), rs.getString("period"),
                TaskStatus.valueOf(rs.getString("status")), rs.getInt("percent_done"), rs.getLong("disbursed_vnd"),
                rs.getString("blockers"), (Long) rs.getObject("evidence_id", Long.class), rs.getString("reported_by"),
                rs.getTimestamp("reported_at").toInstant(), Verification.valueOf(rs.getString("verification")),
                rs.getString("verified_by"), verifiedAt == null ? null : verifiedAt.toInstant(),
                rs.getString("return_reason"), rs.getLong("version"), new Approval(
                        ApprovalStep.valueOf(rs.getString("approval_step")), rs.getString("approval_by"),
                        instant(rs.getTimestamp("approval_at")), rs.getString("approval_note")));
    }

    // ---- units -----------------------------------------------------------------------------------------------------

    /** Every unit's name: a task readable by the caller names its units even outside the caller's scope. */
    public Map<Long, String> unitNames() {
        Map<Long, String> names = new HashMap<>();
        jdbc.query("SELECT id, name FROM unit", rs -> {
            names.put(rs.getLong(1), rs.getString(2));
        });
        return names;
    }

    public long countOpenLedBy(long unitId) {
        return count("SELECT COUNT(*) FROM arch_task WHERE lead_unit_id = ? "
                + "AND status IN ('NOT_STARTED', 'IN_PROGRESS', 'PAUSED')", unitId);
    }

    /** Moves a merged unit's tasks and coordinations to its successor. */
    public int moveUnit(long from, long to) {
        int n = jdbc.update("UPDATE arch_task SET lead_unit_id = ? WHERE lead_unit_id = ?", to, from);
        jdbc.update("""
                INSERT IGNORE INTO arch_task_coordinator (task_id, unit_id)
                SELECT c.task_id, ? FROM arch_task_coordinator c JOIN arch_task t ON t.id = c.task_id
                WHERE c.unit_id = ? AND t.lead_unit_id <> ?""", to, from, to);
        jdbc.update("DELETE FROM arch_task_coordinator WHERE unit_id = ?", from);
        return n;
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    private long insert(String sql, Object... args) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement(sql, new String[] {"id"});
            for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    private static String placeholders(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
