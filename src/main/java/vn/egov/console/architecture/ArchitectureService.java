package vn.egov.console.architecture;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.approval.Approval;
import vn.egov.console.approval.ApprovalStep;
import vn.egov.console.approval.HeadApproval;
import vn.egov.console.approval.UnitApproval;
import vn.egov.console.architecture.internal.DependencyCycles;
import vn.egov.console.audit.AuditAction;
import vn.egov.console.audit.AuditEntry;
import vn.egov.console.audit.AuditTrail;
import vn.egov.console.architecture.internal.RoadmapStore;
import vn.egov.console.architecture.internal.Rollup;
import vn.egov.console.architecture.internal.StoredReport;
import vn.egov.console.architecture.internal.StoredTask;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.error.NotFoundException;
import vn.egov.console.base.evidence.EvidenceFiles;
import vn.egov.console.base.evidence.EvidenceInfo;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.tabular.ExportFormat;
import vn.egov.console.base.tabular.ImportResult;
import vn.egov.console.base.tabular.TabularWriter;
import vn.egov.console.base.time.ProvinceTime;
import vn.egov.console.notification.Alert;
import vn.egov.console.notification.NotificationService;
import vn.egov.console.notification.ReminderMarks;
import vn.egov.console.notification.ReminderThresholds;
import vn.egov.console.organization.UnitAccess;
import vn.egov.console.organization.UnitScope;
import vn.egov.console.organization.UnitService;
import vn.egov.console.organization.UnitSummary;
import vn.egov.console.security.Actor;
import vn.egov.console.security.CurrentUser;
import vn.egov.console.security.Role;

/**
 * The e-government architecture (Kiến trúc Chính quyền điện tử): versions, the roadmap of tasks, progress reports with
 * evidence and their verification, carry-over to a new version and deadline reminders. ADMIN (the DIC) plans and
 * verifies; the lead unit's head and IT officer report progress on their tasks; coordinating units and leadership
 * read. Unit users see the tasks their unit (or a unit below it) leads or coordinates, nothing else.
 */
@Service
@Transactional
public class ArchitectureService {

    /** Due soon: planned end within this many days. */
    public static final int DUE_SOON_DAYS = 30;
    /** Reminders at 30, 7 and 0 days before the planned end and once when overdue (mark -1). */
    public static final ReminderThresholds REMINDERS = new ReminderThresholds(new int[] {30, 7, 0}, -1);
    static final String REMINDER_KIND = "roadmap-deadline";
    /** Where the DIC verifies reports and a head approves their officers' ones. */
    public static final String VERIFICATION_ROUTE = "architecture/verification";
    private static final Pattern PERIOD = Pattern.compile("(\\d{4})(-Q[1-4])?");
    private static final String REPORTERS = "hasAnyRole('UNIT_HEAD','UNIT_OFFICER')";

    private final RoadmapStore store;
    private final UnitAccess access;
    private final UnitService units;
    private final CurrentUser currentUser;
    private final EvidenceFiles evidence;
    private final NotificationService notifications;
    private final ReminderMarks reminders;
    private final AuditTrail trail;
    private final UnitApproval approvals;
    private final Clock clock;

    ArchitectureService(RoadmapStore store, UnitAccess access, UnitService units, CurrentUser currentUser,
                        EvidenceFiles evidence, NotificationService notifications, ReminderMarks reminders,
                        AuditTrail trail, UnitApproval approvals, Clock clock) {
        this.trail = trail;
        this.approvals = approvals;
        this.store = store;
        this.access = access;
        this.units = units;
        this.currentUser = currentUser;
        this.evidence = evidence;
        this.notifications = notifications;
        this.reminders = reminders;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ProvinceTime.ZONE));
    }

    // ---- reference data and versions -------------------------------------------------------------------------------

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Framework> frameworks() {
        return store.frameworks();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ArchComponent> components() {
        return store.components();
    }

    /** Versions, newest period first. The architecture is a published document: everyone signed in reads it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ArchitectureVersion> versions() {
        return store.versions();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ArchitectureVersion version(long id) {
        return store.version(id).orElseThrow(() -> new NotFoundException("version", id));
    }

    /** The approved version, else the newest one, for screens that open on "the" roadmap. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Optional<ArchitectureVersion> currentVersion() {
        return store.approved().or(() -> store.versions().stream().findFirst());
    }

    @PreAuthorize("hasRole('ADMIN')")
    public ArchitectureVersion createVersion(VersionDraft draft) {
        VersionDraft d = checkVersion(draft);
        ArchitectureVersion created = version(store.insertVersion(d, VersionStatus.DRAFT, clock.instant()));
        trail.record(versionEntry(created, AuditAction.CREATED).values(versionFields(created)));
        return created;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public ArchitectureVersion updateVersion(long id, long expectedVersion, VersionDraft draft) {
        ArchitectureVersion current = version(id);
        if (current.status() == VersionStatus.SUPERSEDED) throw new BusinessException("error.architecture.superseded");
        VersionDraft d = checkVersion(draft);
        if (!store.updateVersion(id, expectedVersion, d, clock.instant())) throw new BusinessException("error.conflict");
        ArchitectureVersion updated = version(id);
        trail.record(versionEntry(updated, AuditAction.UPDATED).changes(versionFields(current), versionFields(updated)));
        return updated;
    }

    private VersionDraft checkVersion(VersionDraft d) {
        String name = RoadmapText.VERSION_NAME.clean(d.name());
        if (d.frameworkId() == null || !store.frameworkExists(d.frameworkId())) {
            throw new BusinessException("error.architecture.frameworkRequired");
        }
        if (d.periodFrom() == null || d.periodTo() == null) throw new BusinessException("error.architecture.periodRequired");
        if (d.periodFrom() < 2000 || d.periodTo() > 2100) throw new BusinessException("error.architecture.periodRange");
        if (d.periodTo() < d.periodFrom()) {
            // years as text: a number argument would be shown with a thousands separator ("2.030")
            throw new BusinessException("error.architecture.periodOrder", String.valueOf(d.periodFrom()),
                    String.valueOf(d.periodTo()));
        }
        String number = RoadmapText.DECISION_NUMBER.clean(d.decisionNumber());
        return new VersionDraft(name, d.frameworkId(), number, d.decisionDate(),
                d.periodFrom(), d.periodTo());
    }

    // ---- approval and carry-over -----------------------------------------------------------------------------------

    /**
     * What approving {@code versionId} will do to the approved version's open tasks: each needs a decision (carry over
     * or cancel) before {@link #approve} accepts. Empty when no version is approved yet.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public CarryOverPlan carryOverPlan(long versionId) {
        ArchitectureVersion target = version(versionId);
        if (target.status() != VersionStatus.DRAFT) throw new BusinessException("error.architecture.notDraft");
        var old = store.approved();
        if (old.isEmpty()) return new CarryOverPlan(null, List.of());
        List<StoredTask> tasks = store.tasksOf(old.get().id());
        Rollup rollup = new Rollup(tasks);
        Set<String> taken = store.tasksOf(versionId).stream().map(StoredTask::code).collect(Collectors.toSet());
        Map<Long, String> names = unitNames();
        List<CarryOverItem> items = tasks.stream().filter(t -> t.status().isOpen())
                .map(t -> new CarryOverItem(t.id(), t.code(), t.title(), names.get(t.leadUnitId()), t.status(),
                        rollup.percent(t), t.plannedEnd(), taken.contains(t.code())))
                .toList();
        return new CarryOverPlan(old.get(), items);
    }

    /**
     * Approves a draft version: the approved one becomes superseded, each of its open tasks is carried over (a linked
     * copy in the new version, its dependencies on other carried tasks kept, the old one marked carried over) or
     * cancelled as decided, and the new version's planned dates are frozen as its baseline. All in one transaction;
     * a missing decision refuses the whole approval.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public ArchitectureVersion approve(long versionId, long expectedVersion, Map<Long, CarryDecision> decisions) {
        CarryOverPlan plan = carryOverPlan(versionId);
        Map<Long, CarryDecision> chosen = decisions == null ? Map.of() : decisions;
        for (CarryOverItem item : plan.items()) {
            CarryDecision decision = chosen.get(item.taskId());
            if (decision == null) throw new BusinessException("error.architecture.decisionMissing", item.code());
            if (decision == CarryDecision.CARRY_OVER && item.codeTakenInNewVersion()) {
                throw new BusinessException("error.architecture.carryCodeTaken", item.code());
            }
        }
        var now = clock.instant();
        if (plan.supersededVersion() != null) {
            ArchitectureVersion old = plan.supersededVersion();
            if (!store.setVersionStatus(old.id(), old.version(), VersionStatus.SUPERSEDED, now)) {
                throw new BusinessException("error.conflict");
            }
            trail.record(versionEntry(old, AuditAction.STATUS)
                    .changed("status", VersionStatus.APPROVED, VersionStatus.SUPERSEDED));
            carryOver(plan, chosen, versionId);
        }
        if (!store.setVersionStatus(versionId, expectedVersion, VersionStatus.APPROVED, now)) {
            throw new BusinessException("error.conflict");
        }
        store.freezeBaseline(versionId);
        ArchitectureVersion approved = version(versionId);
        trail.record(versionEntry(approved, AuditAction.APPROVED)
                .changed("status", VersionStatus.DRAFT, VersionStatus.APPROVED)
                .note(plan.items().isEmpty() ? null : "baseline frozen; " + plan.items().size() + " open tasks decided"));
        return approved;
    }

    private void carryOver(CarryOverPlan plan, Map<Long, CarryDecision> chosen, long newVersionId) {
        var now = clock.instant();
        Map<Long, StoredTask> old = store.tasksOf(plan.supersededVersion().id()).stream()
                .collect(Collectors.toMap(StoredTask::id, Function.identity()));
        Map<Long, Set<Long>> oldCoordinators = store.coordinatorsOf(plan.supersededVersion().id());
        Map<Long, Set<Long>> oldPrerequisites = store.prerequisitesOf(plan.supersededVersion().id());
        Map<Long, Long> copies = new LinkedHashMap<>();
        List<AuditEntry> entries = new ArrayList<>();
        // parents first, so that a carried sub-task finds its carried parent
        List<CarryOverItem> ordered = plan.items().stream()
                .sorted(Comparator.comparingInt(i -> depth(old.get(i.taskId()), old))).toList();
        for (CarryOverItem item : ordered) {
            StoredTask t = old.get(item.taskId());
            if (chosen.get(t.id()) == CarryDecision.CANCEL) {
                store.setStatus(t.id(), TaskStatus.CANCELLED, now);
                entries.add(taskEntry(t, AuditAction.STATUS).changed("status", t.status(), TaskStatus.CANCELLED)
                        .note("not carried over to " + plan.supersededVersion().name()));
                continue;
            }
            Long parent = t.parentId() == null ? null : copies.get(t.parentId());
            TaskDraft copy = new TaskDraft(t.code(), t.title(), t.componentId(), parent, t.legalBasis(), t.leadUnitId(),
                    oldCoordinators.getOrDefault(t.id(), Set.of()), t.plannedStart(), t.plannedEnd(), t.funding(),
                    t.estimateVnd(), t.disbursedVnd(), t.deliverable(), t.status(), t.percentDone(), Set.of());
            long id = store.insertTask(newVersionId, copy, null, null, t.id(), now);
            store.replaceCoordinators(id, copy.coordinatorIds());
            copies.put(t.id(), id);
            store.setStatus(t.id(), TaskStatus.CARRIED_OVER, now);
            entries.add(taskEntry(t, AuditAction.STATUS).changed("status", t.status(), TaskStatus.CARRIED_OVER));
            entries.add(AuditEntry.of(FEATURE, TASK, id, t.code() + " · " + t.title(), AuditAction.CREATED)
                    .changed("carriedFromId", null, t.id()).note("carried over from " + plan.supersededVersion().name()));
        }
        copies.forEach((oldId, newId) -> {
            Set<Long> kept = oldPrerequisites.getOrDefault(oldId, Set.of()).stream().map(copies::get)
                    .filter(Objects::nonNull).collect(Collectors.toSet());
            store.replacePrerequisites(newId, kept);
        });
        trail.recordAll(entries);
    }

    private static int depth(StoredTask t, Map<Long, StoredTask> all) {
        int d = 0;
        for (Long p = t.parentId(); p != null && d < 100; p = all.get(p) == null ? null : all.get(p).parentId()) d++;
        return d;
    }

    // ---- tasks: reading --------------------------------------------------------------------------------------------

    /**
     * The roadmap's tasks within the caller's scope, filtered, sorted by component order and code. Parents of a
     * matching task are kept so the tree shows where it belongs; percent of parents comes from all their children.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TaskRow> tasks(RoadmapFilter filter) {
        version(filter.versionId());
        if (filter.leadUnitId() != null) access.checkReadable(filter.leadUnitId());
        List<StoredTask> all = store.tasksOf(filter.versionId());
        View view = view(all, store.coordinatorsOf(filter.versionId()));
        Map<Long, StoredTask> byId = all.stream().collect(Collectors.toMap(StoredTask::id, Function.identity()));
        Set<Long> keep = new HashSet<>();
        for (StoredTask t : all) {
            if (!view.visible.contains(t.id())) continue;
            TaskRow row = view.row(t);
            if (filter.componentId() != null && t.componentId() != filter.componentId()) continue;
            if (filter.leadUnitId() != null && t.leadUnitId() != filter.leadUnitId()) continue;
            if (filter.status() != null && t.status() != filter.status()) continue;
            if (filter.overdueOnly() && !row.overdue()) continue;
            if (filter.dueSoonOnly() && !row.dueSoon()) continue;
            keep.add(t.id());
            for (Long p = t.parentId(); p != null && byId.containsKey(p) && view.visible.contains(p); p = byId.get(p).parentId()) {
                keep.add(p);
            }
        }
        Map<Long, Integer> order = componentOrder();
        return all.stream().filter(t -> keep.contains(t.id())).map(view::row)
                .sorted(Comparator.comparing((TaskRow r) -> order.getOrDefault(r.componentId(), 0))
                        .thenComparing(TaskRow::code, CODE_ORDER))
                .toList();
    }

    /** The version's dependencies between tasks the caller may see, for the timeline's arrows. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TaskLink> links(long versionId) {
        version(versionId);
        List<StoredTask> all = store.tasksOf(versionId);
        View view = view(all, store.coordinatorsOf(versionId));
        List<TaskLink> links = new ArrayList<>();
        store.prerequisitesOf(versionId).forEach((task, prerequisites) -> prerequisites.forEach(p -> {
            if (view.visible.contains(task) && view.visible.contains(p)) links.add(new TaskLink(p, task));
        }));
        return links;
    }

    /** Tasks the caller's unit (or a unit below it) leads or coordinates, in every version not superseded. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TaskRow> myTasks() {
        List<TaskRow> mine = new ArrayList<>();
        Actor actor = currentUser.require();
        for (ArchitectureVersion v : store.versions()) {
            if (v.status() == VersionStatus.SUPERSEDED) continue;
            List<StoredTask> all = store.tasksOf(v.id());
            View view = view(all, store.coordinatorsOf(v.id()));
            for (StoredTask t : all) {
                boolean involved = actor.seesWholeProvince() ? false : view.visible.contains(t.id());
                if (involved) mine.add(view.row(t));
            }
        }
        return mine;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public TaskRow task(long id) {
        StoredTask t = loadReadable(id);
        List<StoredTask> all = store.tasksOf(t.versionId());
        return view(all, store.coordinatorsOf(t.versionId())).row(t);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public TaskDetail detail(long id) {
        StoredTask t = loadReadable(id);
        List<StoredTask> all = store.tasksOf(t.versionId());
        View view = view(all, store.coordinatorsOf(t.versionId()));
        Map<Long, StoredTask> byId = all.stream().collect(Collectors.toMap(StoredTask::id, Function.identity()));
        List<TaskRow> prerequisites = store.prerequisites(id).stream().map(byId::get).filter(Objects::nonNull)
                .map(view::row).toList();
        List<TaskRow> successors = store.successors(id).stream().map(byId::get).filter(Objects::nonNull)
                .map(view::row).toList();
        Map<Long, String> names = unitNames();
        List<String> coordinators = store.coordinators(id).stream().map(names::get).toList();
        String component = store.components().stream().filter(c -> c.id() == t.componentId())
                .map(ArchComponent::nameVi).findFirst().orElse("");
        return new TaskDetail(view.row(t), component, version(t.versionId()).name(), coordinators, prerequisites,
                successors, reports(t), mayReport(t));
    }

    /** The evidence file of a report the caller may read. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] evidenceContent(long reportId) {
        StoredReport report = store.report(reportId).orElseThrow(() -> new NotFoundException("report", reportId));
        loadReadable(report.taskId());
        if (report.evidenceId() == null) throw new NotFoundException("evidence", reportId);
        return evidence.content(report.evidenceId());
    }

    /** Figures per component of a version for the leadership tile, within the caller's scope. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ComponentProgress> progressByComponent(long versionId) {
        version(versionId);
        List<StoredTask> all = store.tasksOf(versionId);
        View view = view(all, store.coordinatorsOf(versionId));
        List<ComponentProgress> result = new ArrayList<>();
        for (ArchComponent c : store.components()) {
            List<StoredTask> top = all.stream().filter(t -> t.componentId() == c.id() && t.parentId() == null
                    && view.visible.contains(t.id())).toList();
            if (top.isEmpty()) continue;
            int done = 0, onTrack = 0, dueSoon = 0, overdue = 0;
            long estimate = 0, disbursed = 0;
            for (StoredTask t : top) {
                TaskRow row = view.row(t);
                if (row.status() == TaskStatus.DONE) done++;
                else if (row.overdue()) overdue++;
                else if (row.dueSoon()) dueSoon++;
                else if (row.status().isOpen()) onTrack++;
                estimate += sum(t, all, StoredTask::estimateVnd);
                disbursed += sum(t, all, StoredTask::disbursedVnd);
            }
            result.add(new ComponentProgress(c, done, onTrack, dueSoon, overdue, estimate, disbursed,
                    view.rollup.weighted(top)));
        }
        return result;
    }

    /** A leaf's own money, or the sum of its sub-tasks' (a parent's own figure would count twice). */
    private static long sum(StoredTask t, List<StoredTask> all, Function<StoredTask, Long> money) {
        List<StoredTask> kids = all.stream().filter(k -> Objects.equals(k.parentId(), t.id())).toList();
        if (kids.isEmpty()) return t.status().counts() ? Objects.requireNonNullElse(money.apply(t), 0L) : 0;
        return kids.stream().mapToLong(k -> sum(k, all, money)).sum();
    }

    /**
     * The roadmap as on screen (same filter, the caller's scope) with every column, for Excel or CSV. Leadership may
     * export too: exporting changes nothing.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public void exportRoadmap(RoadmapFilter filter, ExportFormat format, Function<String, String> translate,
                              OutputStream out) throws IOException {
        List<TaskRow> rows = tasks(filter);
        Map<Long, String> names = unitNames();
        Map<Long, Set<Long>> coordinators = store.coordinatorsOf(filter.versionId());
        Map<Long, String> components = store.components().stream()
                .collect(Collectors.toMap(ArchComponent::id, ArchComponent::nameVi));
        Map<Long, String> codes = rows.stream().collect(Collectors.toMap(TaskRow::id, TaskRow::code));
        List<String> headers = java.util.stream.Stream.of("code", "title", "component", "parent", "leadUnit",
                "coordinators", "start", "end", "baselineStart", "baselineEnd", "slippage", "funding", "estimate",
                "disbursed", "deliverable", "legalBasis", "status", "percent", "overdue", "dueSoon")
                .map(k -> translate.apply("architecture.export." + k)).toList();
        java.util.stream.Stream<List<?>> lines = rows.stream().map(t -> java.util.Arrays.asList(t.code(), t.title(),
                components.get(t.componentId()), t.parentId() == null ? "" : codes.getOrDefault(t.parentId(), ""),
                t.leadUnitName(), coordinators.getOrDefault(t.id(), Set.of()).stream().map(names::get)
                        .collect(Collectors.joining("; ")),
                t.plannedStart(), t.plannedEnd(), t.baselineStart(), t.baselineEnd(), t.slippageDays(),
                t.funding() == null ? "" : translate.apply("architecture.funding." + t.funding().name()),
                t.estimateVnd(), t.disbursedVnd(), t.deliverable(), t.legalBasis(),
                translate.apply("architecture.status." + t.status().name()), t.percent(),
                t.overdue() ? translate.apply("common.yes") : "", t.dueSoon() ? translate.apply("common.yes") : ""));
        if (format == ExportFormat.CSV) TabularWriter.csv(out, headers, lines);
        else TabularWriter.xlsx(out, translate.apply("architecture.export.sheet"), headers, lines);
    }

    /** The progress report of a version as a PDF (component figures, then every task with a timeline bar). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] progressReportPdf(long versionId, Function<String, String> translate) {
        return vn.egov.console.architecture.internal.ProgressReportPdf.write(version(versionId),
                progressByComponent(versionId), tasks(RoadmapFilter.of(versionId)), today(), translate);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<UnitSummary> activeUnits() {
        return units.listActive();
    }

    @PreAuthorize("isAuthenticated()")
    public boolean isAdmin() {
        return currentUser.require().isAdmin();
    }

    /** Whether the caller may file progress on the task (its lead unit's head or IT officer). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean mayReport(long taskId) {
        return mayReport(loadReadable(taskId));
    }

    private boolean mayReport(StoredTask t) {
        Actor actor = currentUser.require();
        return (actor.role() == Role.UNIT_HEAD || actor.role() == Role.UNIT_OFFICER)
                && access.scope().contains(t.leadUnitId())
                && version(t.versionId()).status() != VersionStatus.SUPERSEDED;
    }

    // ---- tasks: writing --------------------------------------------------------------------------------------------

    /** The task as its edit form starts: every field as stored, coordinating units and prerequisites by id. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public TaskDraft draftOf(long taskId) {
        StoredTask t = store.task(taskId).orElseThrow(() -> new NotFoundException("task", taskId));
        return new TaskDraft(t.code(), t.title(), t.componentId(), t.parentId(), t.legalBasis(), t.leadUnitId(),
                store.coordinators(taskId), t.plannedStart(), t.plannedEnd(), t.funding(), t.estimateVnd(),
                t.disbursedVnd(), t.deliverable(), t.status(), t.percentDone(), new HashSet<>(store.prerequisites(taskId)));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public TaskSaved createTask(long versionId, TaskDraft draft) {
        ArchitectureVersion v = version(versionId);
        if (v.status() == VersionStatus.SUPERSEDED) throw new BusinessException("error.architecture.superseded");
        TaskDraft d = checkTask(versionId, null, draft);
        boolean approved = v.status() == VersionStatus.APPROVED;
        long id = store.insertTask(versionId, d, approved ? d.plannedStart() : null, approved ? d.plannedEnd() : null,
                null, clock.instant());
        store.replaceCoordinators(id, d.coordinatorIds());
        checkDependencies(versionId, id, d.prerequisiteIds());
        store.replacePrerequisites(id, d.prerequisiteIds());
        trail.record(taskEntry(store.task(id).orElseThrow(), AuditAction.CREATED).values(taskFields(d)));
        return saved(id);
    }

    /**
     * Re-plans a task. Its dates move alone: successors are never shifted, the timeline shows the conflict instead.
     * Moving the planned end starts its reminders afresh.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public TaskSaved updateTask(long id, long expectedVersion, TaskDraft draft) {
        StoredTask current = store.task(id).orElseThrow(() -> new NotFoundException("task", id));
        if (version(current.versionId()).status() == VersionStatus.SUPERSEDED) {
            throw new BusinessException("error.architecture.superseded");
        }
        if (current.version() != expectedVersion) throw new BusinessException("error.conflict");
        TaskDraft d = checkTask(current.versionId(), id, draft);
        checkDependencies(current.versionId(), id, d.prerequisiteIds());
        LocalDate doneOn = d.status() == TaskStatus.DONE
                ? (current.doneOn() != null ? current.doneOn() : today()) : null;
        if (!store.updateTask(id, expectedVersion, d, doneOn, clock.instant())) {
            throw new BusinessException("error.conflict");
        }
        Map<String, Object> before = taskFields(current, store.coordinators(id), store.prerequisites(id));
        store.replaceCoordinators(id, d.coordinatorIds());
        store.replacePrerequisites(id, d.prerequisiteIds());
        if (!d.plannedEnd().equals(current.plannedEnd())) reminders.reset(REMINDER_KIND, id);
        Map<String, Object> after = taskFields(d);
        after.put("doneOn", doneOn);
        before.put("doneOn", current.doneOn());
        trail.record(taskEntry(store.task(id).orElseThrow(), AuditAction.UPDATED).changes(before, after));
        return saved(id);
    }

    private TaskSaved saved(long id) {
        StoredTask t = store.task(id).orElseThrow();
        List<RuleWarning> warnings = new ArrayList<>();
        if (t.status() == TaskStatus.DONE) {
            for (StoredTask p : store.tasks(store.prerequisites(id))) {
                if (p.status() != TaskStatus.DONE) {
                    warnings.add(new RuleWarning("warning.architecture.prerequisiteOpen", p.code(), p.title()));
                }
            }
        }
        return new TaskSaved(task(id), warnings);
    }

    private TaskDraft checkTask(long versionId, Long taskId, TaskDraft d) {
        String code = RoadmapText.CODE.clean(d.code());
        var sameCode = store.taskByCode(versionId, code);
        if (sameCode.isPresent() && !Objects.equals(sameCode.get().id(), taskId)) {
            throw new BusinessException("error.architecture.codeDuplicate", code);
        }
        String title = RoadmapText.TITLE.clean(d.title());
        if (d.componentId() == null || store.components().stream().noneMatch(c -> c.id() == d.componentId())) {
            throw new BusinessException("error.architecture.componentRequired", code);
        }
        if (d.parentId() != null) checkParent(versionId, taskId, d.parentId(), code);
        if (d.leadUnitId() == null) throw new BusinessException("error.architecture.leadRequired", code);
        UnitSummary lead = unitOrRefuse(d.leadUnitId(), "error.architecture.leadUnknown");
        if (!lead.isActive()) throw new BusinessException("error.architecture.leadInactive", lead.name());
        for (long c : d.coordinatorIds()) {
            if (c == lead.id()) throw new BusinessException("error.architecture.coordinatorIsLead", lead.name());
            UnitSummary unit = unitOrRefuse(c, "error.architecture.coordinatorUnknown");
            if (!unit.isActive()) throw new BusinessException("error.architecture.coordinatorInactive", unit.name());
        }
        if (d.plannedStart() == null || d.plannedEnd() == null) {
            throw new BusinessException("error.architecture.datesRequired", code);
        }
        if (d.plannedEnd().isBefore(d.plannedStart())) {
            throw new BusinessException("error.architecture.endBeforeStart", Formats.date(d.plannedEnd()),
                    Formats.date(d.plannedStart()));
        }
        if (d.estimateVnd() != null && d.estimateVnd() < 0) throw new BusinessException("error.architecture.moneyNegative");
        if (d.disbursedVnd() != null && d.disbursedVnd() < 0) throw new BusinessException("error.architecture.moneyNegative");
        int percent = d.percentDone() == null ? 0 : d.percentDone();
        if (percent < 0 || percent > 100) throw new BusinessException("error.architecture.percentRange");
        TaskStatus status = d.status() == null ? TaskStatus.NOT_STARTED : d.status();
        if (status == TaskStatus.CARRIED_OVER) throw new BusinessException("error.architecture.carriedOnlyByApproval");
        if (status == TaskStatus.DONE) percent = 100;
        String legal = RoadmapText.LEGAL_BASIS.clean(d.legalBasis());
        String deliverable = RoadmapText.DELIVERABLE.clean(d.deliverable());
        return new TaskDraft(code, title, d.componentId(), d.parentId(), legal, lead.id(),
                d.coordinatorIds(), d.plannedStart(), d.plannedEnd(), d.funding(), d.estimateVnd(),
                d.disbursedVnd() == null ? 0L : d.disbursedVnd(), deliverable, status,
                percent, d.prerequisiteIds());
    }

    private void checkParent(long versionId, Long taskId, long parentId, String code) {
        StoredTask parent = store.task(parentId).orElseThrow(() -> new NotFoundException("task", parentId));
        if (parent.versionId() != versionId) throw new BusinessException("error.architecture.parentOtherVersion", code);
        Map<Long, StoredTask> all = store.tasksOf(versionId).stream()
                .collect(Collectors.toMap(StoredTask::id, Function.identity()));
        for (Long p = parentId; p != null; p = all.containsKey(p) ? all.get(p).parentId() : null) {
            if (p.equals(taskId)) throw new BusinessException("error.architecture.parentCycle", code);
        }
    }

    private void checkDependencies(long versionId, long taskId, Set<Long> prerequisites) {
        Map<Long, StoredTask> tasks = new HashMap<>();
        for (StoredTask t : store.tasksOf(versionId)) tasks.put(t.id(), t);
        String code = tasks.containsKey(taskId) ? tasks.get(taskId).code() : "";
        for (long p : prerequisites) {
            if (p == taskId) throw new BusinessException("error.architecture.dependencySelf", code);
            if (!tasks.containsKey(p)) {
                StoredTask other = store.task(p).orElseThrow(() -> new NotFoundException("task", p));
                throw new BusinessException("error.architecture.dependencyOtherVersion", other.code());
            }
        }
        Map<Long, Set<Long>> edges = store.prerequisitesOf(versionId);
        edges.remove(taskId);
        List<Long> cycle = DependencyCycles.cycle(taskId, prerequisites, edges);
        if (!cycle.isEmpty()) {
            String path = cycle.stream().map(id -> tasks.get(id).code()).collect(Collectors.joining(" → "));
            throw new BusinessException("error.architecture.dependencyCycle", path);
        }
    }

    private UnitSummary unitOrRefuse(long unitId, String key) {
        try {
            return units.get(unitId);
        } catch (NotFoundException e) {
            throw new BusinessException(key, unitId);
        }
    }

    // ---- import of the annex -------------------------------------------------------------------------------------

    /**
     * Imports a decision's annex (CSV or .xlsx) into a version: create-or-update by task code. Every row is checked
     * first (and then each change against the same rules as a typed one); one wrong row and nothing is written, the
     * result listing every row's errors. Parents and prerequisites name task codes of the same version or file.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public ImportResult importAnnex(long versionId, InputStream in, long maxBytes) {
        ArchitectureVersion v = version(versionId);
        if (v.status() == VersionStatus.SUPERSEDED) throw new BusinessException("error.architecture.superseded");
        Map<String, Long> components = store.components().stream()
                .collect(Collectors.toMap(c -> c.code().toUpperCase(Locale.ROOT), ArchComponent::id));
        Map<String, Long> unitIds = new HashMap<>();
        for (UnitSummary u : units.listVisible()) unitIds.put(u.code().toUpperCase(Locale.ROOT), u.id());
        List<vn.egov.console.base.tabular.RowError> errors = new ArrayList<>();
        List<AnnexRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        var summary = vn.egov.console.base.tabular.TabularReader.read(in,
                vn.egov.console.architecture.internal.AnnexColumns.ALL, maxBytes, row -> {
            AnnexRow parsed = AnnexRow.parse(row, components, unitIds, errors);
            if (parsed == null) return;
            if (!seen.add(parsed.draft().code())) {
                errors.add(new vn.egov.console.base.tabular.RowError(row.line(), "code",
                        "error.architecture.codeDuplicate", parsed.draft().code()));
                return;
            }
            rows.add(parsed);
        });
        errors.addAll(summary.errors());
        if (!errors.isEmpty()) return ImportResult.rejected(summary.rows(), sorted(errors));
        int created = 0;
        int updated = 0;
        Map<String, Long> ids = new HashMap<>();
        store.tasksOf(versionId).forEach(t -> ids.put(t.code(), t.id()));
        try {
            // parents before their sub-tasks, then the dependencies once every task of the file exists
            for (AnnexRow row : rows.stream().sorted(Comparator.comparingInt(AnnexRow::depth)).toList()) {
                TaskDraft d = row.withParent(row.parentCode() == null ? null : require(ids, row.parentCode(), row.line(),
                        "parent"));
                StoredTask existing = ids.containsKey(d.code()) ? store.task(ids.get(d.code())).orElseThrow() : null;
                try {
                    if (existing == null) {
                        ids.put(d.code(), createTask(versionId, d).task().id());
                        created++;
                    } else {
                        updateTask(existing.id(), existing.version(), row.keeping(d, existing,
                                new HashSet<>(store.prerequisites(existing.id()))));
                        updated++;
                    }
                } catch (BusinessException e) {
                    throw new RowRefused(new vn.egov.console.base.tabular.RowError(row.line(), null, e.messageKey(),
                            e.arguments()));
                }
            }
            for (AnnexRow row : rows) {
                if (row.prerequisiteCodes().isEmpty()) continue;
                Set<Long> prerequisites = new HashSet<>();
                for (String code : row.prerequisiteCodes()) prerequisites.add(require(ids, code, row.line(), "prerequisites"));
                try {
                    checkDependencies(versionId, ids.get(row.draft().code()), prerequisites);
                } catch (BusinessException e) {
                    throw new RowRefused(new vn.egov.console.base.tabular.RowError(row.line(), "prerequisites",
                            e.messageKey(), e.arguments()));
                }
                long taskId = ids.get(row.draft().code());
                var was = store.prerequisites(taskId);
                store.replacePrerequisites(taskId, prerequisites);
                trail.record(taskEntry(store.task(taskId).orElseThrow(), AuditAction.UPDATED)
                        .changed("prerequisiteIds", sortedIds(was), sortedIds(prerequisites)));
            }
        } catch (RowRefused refused) {
            // all or nothing: undo what the earlier rows wrote, and report the row that failed
            org.springframework.transaction.interceptor.TransactionAspectSupport.currentTransactionStatus()
                    .setRollbackOnly();
            return ImportResult.rejected(summary.rows(), List.of(refused.error));
        }
        trail.record(versionEntry(v, AuditAction.IMPORTED).changed("created", null, created)
                .changed("updated", null, updated).note("annex: " + summary.rows() + " rows"));
        return new ImportResult(summary.rows(), created, updated, List.of());
    }

    private static long require(Map<String, Long> ids, String code, int line, String column) {
        Long id = ids.get(code);
        if (id == null) {
            throw new RowRefused(new vn.egov.console.base.tabular.RowError(line, column,
                    "error.architecture.import.unknownTask", code));
        }
        return id;
    }

    private static List<vn.egov.console.base.tabular.RowError> sorted(List<vn.egov.console.base.tabular.RowError> errors) {
        return errors.stream().sorted(Comparator.comparingInt(vn.egov.console.base.tabular.RowError::line)).toList();
    }

    /** A row the rules refused while applying: aborts the import. */
    private static final class RowRefused extends RuntimeException {
        final transient vn.egov.console.base.tabular.RowError error;

        RowRefused(vn.egov.console.base.tabular.RowError error) {
            super(error.messageKey(), null, false, false);
            this.error = error;
        }
    }

    // ---- progress reports ------------------------------------------------------------------------------------------

    /**
     * Files a progress report for a task the caller's unit leads; it waits for the DIC's verification before it
     * changes the task. One pending report per task at a time, so the DIC never verifies two contradicting ones.
     */
    @PreAuthorize(REPORTERS)
    public ProgressReport fileReport(long taskId, ProgressDraft draft) {
        StoredTask t = loadReadable(taskId);
        if (!mayReport(t)) throw new AccessDeniedException("Only the lead unit reports progress on task " + taskId);
        access.checkWritable(t.leadUnitId());
        String period = RoadmapText.PERIOD.clean(draft.period());
        if (!PERIOD.matcher(period).matches()) throw new BusinessException("error.architecture.periodFormat", period);
        TaskStatus status = draft.status() == null ? t.status() : draft.status();
        if (status == TaskStatus.CARRIED_OVER || status == TaskStatus.CANCELLED) {
            throw new BusinessException("error.architecture.reportStatus");
        }
        int percent = draft.percentDone() == null ? 0 : draft.percentDone();
        if (percent < 0 || percent > 100) throw new BusinessException("error.architecture.percentRange");
        if (status == TaskStatus.DONE) percent = 100;
        long disbursed = draft.disbursedVnd() == null ? t.disbursedVnd() : draft.disbursedVnd();
        if (disbursed < 0) throw new BusinessException("error.architecture.moneyNegative");
        String blockers = RoadmapText.BLOCKERS.clean(draft.blockers());
        if (store.pendingReportExists(taskId)) throw new BusinessException("error.architecture.reportPending", t.code());
        Long evidenceId = draft.evidence() == null ? null : evidence.store(draft.evidence(), currentUser.username());
        Approval approval = approvals.start(t.leadUnitId()).toApproval();
        long id = store.insertReport(taskId, period, status, percent, disbursed, blockers,
                evidenceId, currentUser.username(), clock.instant(), approval);
        StoredReport stored = store.report(id).orElseThrow();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("period", period);
        fields.put("status", status);
        fields.put("percentDone", percent);
        fields.put("disbursedVnd", disbursed);
        fields.put("blockers", stored.blockers());
        fields.put("evidence", draft.evidence() == null ? null : draft.evidence().fileName());
        fields.put("approvalStep", approval.step());
        trail.record(reportEntry(stored, t, AuditAction.CREATED).values(fields));
        if (approval.awaitingHead()) {
            approvals.tellHeads(t.leadUnitId(), Alert.of("roadmapReport:" + id + ":awaiting",
                    "architecture.alert.awaiting.title", "architecture.alert.awaiting.body", VERIFICATION_ROUTE,
                    t.code(), t.title(), period, currentUser.username()));
        }
        return reportRow(stored, t, unitNames());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ProgressReport> reports(long taskId) {
        return reports(loadReadable(taskId));
    }

    private List<ProgressReport> reports(StoredTask t) {
        Map<Long, String> names = unitNames();
        return store.reportsOf(t.id()).stream().map(r -> reportRow(r, t, names)).toList();
    }

    // ---- the unit head's approval step -----------------------------------------------------------------------------

    /** Reports of the head's units that their IT officers filed and that wait for the head, oldest first. */
    @PreAuthorize("hasRole('UNIT_HEAD')")
    @Transactional(readOnly = true)
    public List<ProgressReport> awaitingMyApproval(int limit) {
        Map<Long, String> names = unitNames();
        return store.awaitingHead(approvals.decidedUnits(), Math.max(1, Math.min(limit, 500))).stream()
                .map(r -> reportRow(r, store.task(r.taskId()).orElseThrow(), names)).toList();
    }

    @PreAuthorize("hasRole('UNIT_HEAD')")
    @Transactional(readOnly = true)
    public long countAwaitingMyApproval() {
        return store.countAwaitingHead(approvals.decidedUnits());
    }

    /** Whether the caller may approve or return this report now (the head over its lead unit, the report waiting). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean canDecide(ProgressReport report) {
        if (!report.approval().awaitingHead() || report.verification() != Verification.PENDING) return false;
        return store.task(report.taskId()).map(t -> approvals.canDecide(t.leadUnitId())).orElse(false);
    }

    /** The head approves an officer's report: it goes on to the DIC's verification queue. */
    @PreAuthorize("hasRole('UNIT_HEAD')")
    public ProgressReport approveAsHead(long reportId, long expectedVersion) {
        StoredReport r = store.report(reportId).orElseThrow(() -> new NotFoundException("report", reportId));
        StoredTask t = loadReadable(r.taskId());
        HeadApproval step = stepOf(r);
        approvals.approve(step, t.leadUnitId());
        if (!store.decideApproval(reportId, expectedVersion, step.toApproval(), clock.instant())) {
            throw new BusinessException("error.conflict");
        }
        trail.record(reportEntry(r, t, AuditAction.APPROVED)
                .changed("approvalStep", ApprovalStep.AWAITING_HEAD, ApprovalStep.APPROVED));
        return reportRow(store.report(reportId).orElseThrow(), t, unitNames());
    }

    /** The head sends an officer's report back with a reason: closed, the officer is told and may file again. */
    @PreAuthorize("hasRole('UNIT_HEAD')")
    public ProgressReport returnToOfficer(long reportId, long expectedVersion, String reason) {
        StoredReport r = store.report(reportId).orElseThrow(() -> new NotFoundException("report", reportId));
        StoredTask t = loadReadable(r.taskId());
        HeadApproval step = stepOf(r);
        String why = approvals.giveBack(step, t.leadUnitId(), RoadmapText.RETURN_REASON.clean(reason));
        if (!store.decideApproval(reportId, expectedVersion, step.toApproval(), clock.instant())) {
            throw new BusinessException("error.conflict");
        }
        trail.record(reportEntry(r, t, AuditAction.RETURNED)
                .changed("approvalStep", ApprovalStep.AWAITING_HEAD, ApprovalStep.RETURNED)
                .changed("verification", Verification.PENDING, Verification.RETURNED).note(why));
        approvals.tellRequester(r.reportedBy(), Alert.of("roadmapReport:" + reportId + ":headReturned",
                "architecture.alert.headReturned.title", "architecture.alert.headReturned.body",
                "architecture/tasks/" + t.id(), t.code(), t.title(), r.period(), why));
        return reportRow(store.report(reportId).orElseThrow(), t, unitNames());
    }

    private static HeadApproval stepOf(StoredReport r) {
        Approval a = r.approval();
        return HeadApproval.stored(a.step(), a.by(), a.at(), a.note());
    }

    /** Reports waiting for the DIC (their unit's head has approved them), oldest first. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<ProgressReport> pendingReports(int limit) {
        Map<Long, String> names = unitNames();
        return store.pendingReports(Math.max(1, Math.min(limit, 500))).stream()
                .map(r -> reportRow(r, store.task(r.taskId()).orElseThrow(), names)).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long countPendingReports() {
        return store.countPendingReports();
    }

    /** Accepts a report: the task takes its status, percent and money; warns when done before a prerequisite. */
    @PreAuthorize("hasRole('ADMIN')")
    public TaskSaved acceptReport(long reportId, long expectedVersion) {
        StoredReport r = store.report(reportId).orElseThrow(() -> new NotFoundException("report", reportId));
        approvals.checkApproved(stepOf(r));
        StoredTask t = store.task(r.taskId()).orElseThrow();
        if (version(t.versionId()).status() == VersionStatus.SUPERSEDED) {
            throw new BusinessException("error.architecture.superseded");
        }
        if (!store.verify(reportId, expectedVersion, Verification.ACCEPTED, currentUser.username(), null,
                clock.instant())) {
            throw new BusinessException(r.verification() == Verification.PENDING ? "error.conflict"
                    : "error.architecture.reportVerified");
        }
        LocalDate doneOn = r.status() == TaskStatus.DONE ? (t.doneOn() != null ? t.doneOn() : today()) : null;
        store.applyProgress(t.id(), r.status(), r.percentDone(), r.disbursedVnd(), doneOn, clock.instant());
        trail.recordAll(List.of(
                reportEntry(r, t, AuditAction.APPROVED).changed("verification", r.verification(), Verification.ACCEPTED),
                taskEntry(t, AuditAction.UPDATED).changed("status", t.status(), r.status())
                        .changed("percentDone", t.percentDone(), r.percentDone())
                        .changed("disbursedVnd", t.disbursedVnd(), r.disbursedVnd())
                        .changed("doneOn", t.doneOn(), doneOn).note("progress report " + r.period() + " accepted")));
        return saved(t.id());
    }

    @PreAuthorize("hasRole('ADMIN')")
    public ProgressReport returnReport(long reportId, long expectedVersion, String reason) {
        StoredReport r = store.report(reportId).orElseThrow(() -> new NotFoundException("report", reportId));
        approvals.checkApproved(stepOf(r));
        String why = RoadmapText.RETURN_REASON.clean(reason);
        if (!store.verify(reportId, expectedVersion, Verification.RETURNED, currentUser.username(), why,
                clock.instant())) {
            throw new BusinessException(r.verification() == Verification.PENDING ? "error.conflict"
                    : "error.architecture.reportVerified");
        }
        StoredTask t = store.task(r.taskId()).orElseThrow();
        trail.record(reportEntry(r, t, AuditAction.RETURNED)
                .changed("verification", r.verification(), Verification.RETURNED).note(why));
        notifications.notifyUnit(t.leadUnitId(), Alert.of(null, "architecture.alert.returned.title",
                "architecture.alert.returned.body", "architecture/tasks/" + t.id(), t.code(), t.title(), r.period(), why));
        return reportRow(store.report(reportId).orElseThrow(), t, unitNames());
    }

    private ProgressReport reportRow(StoredReport r, StoredTask t, Map<Long, String> names) {
        EvidenceInfo info = r.evidenceId() == null ? null : evidence.info(r.evidenceId());
        return new ProgressReport(r.id(), t.id(), t.code(), t.title(), names.get(t.leadUnitId()), r.period(),
                r.status(), r.percentDone(), r.disbursedVnd(), r.blockers(), info, r.reportedBy(), r.reportedAt(),
                r.verification(), r.verifiedBy(), r.verifiedAt(), r.returnReason(), r.version(), r.approval());
    }

    // ---- deadline reminders ----------------------------------------------------------------------------------------

    /**
     * Reminds the lead unit's people and the DIC of the approved version's open tasks at 30, 7 and 0 days before the
     * planned end and once when overdue, each threshold once per task; after downtime only the most urgent one.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public ReminderRun remindDeadlines(LocalDate today) {
        int reminded = 0;
        int overdue = 0;
        Map<Long, String> names = unitNames();
        List<NotificationService.Delivery> deliveries = new ArrayList<>();
        for (StoredTask t : store.openTasksEndingBy(today.plusDays(REMINDERS.horizon()))) {
            long left = ChronoUnit.DAYS.between(today, t.plannedEnd());
            var claimed = reminders.claim(REMINDER_KIND, t.id(), REMINDERS, left);
            if (claimed.isEmpty()) continue;
            int level = claimed.getAsInt();
            boolean late = level < 0;
            Alert alert = Alert.of("roadmap:" + t.id() + ":deadline:" + level,
                    late ? "architecture.alert.overdue.title" : "architecture.alert.due.title",
                    late ? "architecture.alert.overdue.body" : "architecture.alert.due.body",
                    "architecture/tasks/" + t.id(), t.code(), t.title(), names.get(t.leadUnitId()),
                    Formats.date(t.plannedEnd()), Math.abs(left));
            deliveries.add(new NotificationService.Delivery(alert, true, t.leadUnitId()));
            reminded++;
            if (late) overdue++;
        }
        // one batch for the whole run: after downtime hundreds of tasks are due at once
        notifications.notifyAll(deliveries);
        return new ReminderRun(reminded, overdue);
    }

    // ---- audit trail ---------------------------------------------------------------------------------------------

    static final String FEATURE = "architecture";
    static final String VERSION = "architectureVersion";
    static final String TASK = "roadmapTask";
    static final String REPORT = "progressReport";

    private static AuditEntry versionEntry(ArchitectureVersion v, AuditAction action) {
        return AuditEntry.of(FEATURE, VERSION, v.id(), v.name(), action);
    }

    private static AuditEntry taskEntry(StoredTask t, AuditAction action) {
        return AuditEntry.of(FEATURE, TASK, t.id(), t.code() + " · " + t.title(), action);
    }

    private static AuditEntry reportEntry(StoredReport r, StoredTask t, AuditAction action) {
        return AuditEntry.of(FEATURE, REPORT, r.id(), t.code() + " · " + r.period(), action);
    }

    private static Map<String, Object> versionFields(ArchitectureVersion v) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("name", v.name());
        f.put("framework", v.frameworkName());
        f.put("decisionNumber", v.decisionNumber());
        f.put("decisionDate", v.decisionDate());
        f.put("periodFrom", v.periodFrom());
        f.put("periodTo", v.periodTo());
        f.put("status", v.status());
        return f;
    }

    private static Map<String, Object> taskFields(TaskDraft d) {
        Map<String, Object> f = AuditEntry.fields(d);
        f.put("coordinatorIds", sortedIds(d.coordinatorIds()));
        f.put("prerequisiteIds", sortedIds(d.prerequisiteIds()));
        return f;
    }

    private static Map<String, Object> taskFields(StoredTask t, Set<Long> coordinators, List<Long> prerequisites) {
        return taskFields(new TaskDraft(t.code(), t.title(), t.componentId(), t.parentId(), t.legalBasis(),
                t.leadUnitId(), coordinators, t.plannedStart(), t.plannedEnd(), t.funding(), t.estimateVnd(),
                t.disbursedVnd(), t.deliverable(), t.status(), t.percentDone(), new HashSet<>(prerequisites)));
    }

    /** Ids in a stable order, so an unchanged set is not recorded as a change. */
    private static String sortedIds(java.util.Collection<Long> ids) {
        return ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "));
    }

    // ---- scope and rows --------------------------------------------------------------------------------------------

    private StoredTask loadReadable(long id) {
        StoredTask t = store.task(id).orElseThrow(() -> new NotFoundException("task", id));
        UnitScope scope = access.scope();
        if (scope.wholeProvince() || scope.contains(t.leadUnitId())) return t;
        if (store.coordinators(id).stream().anyMatch(scope::contains)) return t;
        throw new AccessDeniedException("Task " + id + " is outside the caller's scope");
    }

    private View view(List<StoredTask> all, Map<Long, Set<Long>> coordinators) {
        UnitScope scope = access.scope();
        Set<Long> visible = new HashSet<>();
        for (StoredTask t : all) {
            if (scope.wholeProvince() || scope.contains(t.leadUnitId())
                    || coordinators.getOrDefault(t.id(), Set.of()).stream().anyMatch(scope::contains)) {
                visible.add(t.id());
            }
        }
        return new View(new Rollup(all), visible, unitNames(), today());
    }

    /** One read of a version's tasks: the roll-up, what the caller may see, unit names and "today". */
    private record View(Rollup rollup, Set<Long> visible, Map<Long, String> unitNames, LocalDate today) {

        TaskRow row(StoredTask t) {
            boolean open = t.status().isOpen();
            boolean overdue = open && t.plannedEnd().isBefore(today);
            boolean dueSoon = open && !overdue && !t.plannedEnd().isAfter(today.plusDays(DUE_SOON_DAYS));
            return new TaskRow(t.id(), t.versionId(), t.code(), t.title(), t.componentId(), t.parentId(),
                    t.legalBasis(), t.leadUnitId(), unitNames.get(t.leadUnitId()), t.plannedStart(), t.plannedEnd(),
                    t.baselineStart(), t.baselineEnd(), t.funding(), t.estimateVnd(), t.disbursedVnd(),
                    t.deliverable(), t.status(), rollup.percent(t), rollup.hasChildren(t.id()), t.carriedFromId(),
                    t.doneOn(), overdue, dueSoon, t.version());
        }
    }

    private Map<Long, String> unitNames() {
        return store.unitNames();
    }

    private Map<Long, Integer> componentOrder() {
        return store.components().stream().collect(Collectors.toMap(ArchComponent::id, ArchComponent::sortOrder));
    }

    /** "1.2" before "1.10": codes compare number by number (no regex: it sorts a thousand codes per screen). */
    public static final Comparator<String> CODE_ORDER = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int ei = i;
                int ej = j;
                while (ei < a.length() && Character.isDigit(a.charAt(ei))) ei++;
                while (ej < b.length() && Character.isDigit(b.charAt(ej))) ej++;
                int c = Integer.compare(ei - i, ej - j);
                if (c == 0) c = a.substring(i, ei).compareTo(b.substring(j, ej));
                if (c != 0) return c;
                i = ei;
                j = ej;
            } else {
                if (x != y) return Character.compare(x, y);
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };

}
