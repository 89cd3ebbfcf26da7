package vn.egov.console.docflow;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.audit.AuditAction;
import vn.egov.console.audit.AuditEntry;
import vn.egov.console.audit.AuditTrail;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.tabular.ImportResult;
import vn.egov.console.base.text.CleanText;
import vn.egov.console.docflow.internal.FiguresImport;
import vn.egov.console.docflow.internal.MonthlyStore;
import vn.egov.console.docflow.internal.RolloutStore;
import vn.egov.console.organization.Tier;
import vn.egov.console.organization.UnitAccess;
import vn.egov.console.organization.UnitKind;
import vn.egov.console.organization.UnitScope;
import vn.egov.console.organization.UnitService;
import vn.egov.console.organization.UnitSummary;
import vn.egov.console.security.CurrentUser;
import vn.egov.console.security.Role;

/**
 * Document-management rollout and electronic document exchange (issue 6). Everyone reads within their unit scope;
 * ADMIN and unit roles record rollout and monthly figures for units in their scope; LEADER only reads.
 */
@Service
@Transactional
public class DocflowService {

    static final int MAX_TEXT = 120;
    static final int MAX_NOTES = 2000;
    static final long MAX_IMPORT_BYTES = 10L * 1024 * 1024;

    private final RolloutStore rollouts;
    private final MonthlyStore monthly;
    private final UnitService units;
    private final UnitAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AuditTrail trail;

    DocflowService(RolloutStore rollouts, MonthlyStore monthly, UnitService units, UnitAccess access,
                   CurrentUser currentUser, Clock clock, AuditTrail trail) {
        this.trail = trail;
        this.rollouts = rollouts;
        this.monthly = monthly;
        this.units = units;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // ---- rollout -------------------------------------------------------------------------------------------------

    /** The rollout board: every active unit in scope (optionally of one tier / kind) with its rollout. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<RolloutRow> rolloutBoard(Tier tier, UnitKind kind) {
        Map<Long, RolloutStore.Stored> stored = rollouts.all();
        return units.listActive().stream()
                .filter(u -> u.kind() != UnitKind.PROVINCIAL_COMMITTEE)
                .filter(u -> tier == null || u.tier() == tier)
                .filter(u -> kind == null || u.kind() == kind)
                .sorted(java.util.Comparator.comparing(UnitSummary::tier).thenComparing(UnitSummary::kind)
                        .thenComparing(UnitSummary::code))
                .map(u -> row(u, stored.get(u.id())))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public RolloutRow rollout(long unitId) {
        UnitSummary unit = units.get(unitId);
        return row(unit, rollouts.find(unitId).orElse(null));
    }

    /**
     * Saves a unit's rollout. {@code expectedVersion} is the version the user started from (null for a unit without
     * a rollout yet); someone else's save in between is a conflict.
     */
    @PreAuthorize("hasAnyRole('ADMIN','UNIT_HEAD','UNIT_OFFICER')")
    public RolloutRow saveRollout(long unitId, Long expectedVersion, RolloutDraft draft) {
        access.checkWritable(unitId);
        UnitSummary unit = units.get(unitId);
        if (!unit.isActive()) throw new BusinessException("error.unit.notActive", unit.name());
        RolloutDraft clean = validate(draft);
        var existing = rollouts.find(unitId);
        if (existing.isEmpty()) {
            if (expectedVersion != null) throw new BusinessException("error.conflict");
            rollouts.insert(unitId, clean, currentUser.username(), clock.instant());
        } else if (expectedVersion == null
                || !rollouts.update(unitId, expectedVersion, clean, currentUser.username(), clock.instant())) {
            throw new BusinessException("error.conflict");
        }
        trail.record(AuditEntry.of("docflow", "rollout", unitId, unit.name(),
                        existing.isEmpty() ? AuditAction.CREATED : AuditAction.UPDATED)
                .changes(AuditEntry.fields(existing.map(RolloutStore.Stored::draft).orElse(null)),
                        AuditEntry.fields(clean)));
        return rollout(unitId);
    }

    private RolloutDraft validate(RolloutDraft d) {
        String vendor = text(d.vendor(), MAX_TEXT, "docflow.vendor");
        String product = text(d.product(), MAX_TEXT, "docflow.product");
        String version = text(d.productVersion(), 40, "docflow.productVersion");
        String notes = text(d.notes(), MAX_NOTES, "docflow.notes");
        RolloutDraft clean = new RolloutDraft(vendor, product, version, d.installedOn(), d.trainedOn(), d.inUseOn(),
                d.hubOn(), d.axisOn(), notes);
        LocalDate today = LocalDate.now(clock);
        LocalDate previous = null;
        Stage previousStage = null;
        for (Stage s : Stage.reachable()) {
            LocalDate on = clean.reachedOn(s);
            if (on == null) continue;
            if (on.isAfter(today)) throw new BusinessException("error.docflow.stageInFuture", s.translationKey());
            if (s != Stage.INSTALLED && clean.reachedOn(Stage.values()[s.ordinal() - 1]) == null) {
                throw new BusinessException("error.docflow.stageSkipped", s.translationKey(),
                        Stage.values()[s.ordinal() - 1].translationKey());
            }
            if (previous != null && on.isBefore(previous)) {
                throw new BusinessException("error.docflow.stageOrder", s.translationKey(),
                        previousStage.translationKey());
            }
            previous = on;
            previousStage = s;
        }
        if (clean.installedOn() != null && product == null) throw new BusinessException("error.docflow.productRequired");
        return clean;
    }

    private static String text(String value, int max, String fieldKey) {
        String s = CleanText.block(value);
        if (s.isEmpty()) return null;
        if (CleanText.length(s) > max) throw new BusinessException("error.docflow.textTooLong", fieldKey, max);
        return s;
    }

    private static RolloutRow row(UnitSummary u, RolloutStore.Stored stored) {
        RolloutDraft draft = stored == null
                ? new RolloutDraft(null, null, null, null, null, null, null, null, null) : stored.draft();
        return new RolloutRow(u.id(), u.code(), u.name(), u.tier(), u.kind(), draft,
                stored == null ? null : stored.version());
    }

    /** How many of these units reached each stage (a unit in daily use has also been installed and trained). */
    public static Map<Stage, Long> reachedCounts(List<RolloutRow> rows) {
        Map<Stage, Long> counts = new LinkedHashMap<>();
        for (Stage s : Stage.reachable()) counts.put(s, rows.stream().filter(r -> r.hasReached(s)).count());
        return counts;
    }

    /** For the timeline: per year, how many of these units had reached each stage by the end of that year. */
    public static Map<Integer, Map<Stage, Long>> reachedByYear(List<RolloutRow> rows, int fromYear, int toYear) {
        Map<Integer, Map<Stage, Long>> result = new LinkedHashMap<>();
        for (int y = fromYear; y <= toYear; y++) {
            LocalDate end = LocalDate.of(y, 12, 31);
            Map<Stage, Long> counts = new LinkedHashMap<>();
            for (Stage s : Stage.reachable()) {
                counts.put(s, rows.stream().map(r -> r.rollout().reachedOn(s))
                        .filter(d -> d != null && !d.isAfter(end)).count());
            }
            result.put(y, counts);
        }
        return result;
    }

    // ---- monthly figures -----------------------------------------------------------------------------------------

    /** Active units the caller may see, for unit pickers. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<UnitSummary> unitsInScope() {
        return units.listActive();
    }

    /** Units the caller may record figures for: ADMIN every active unit, unit roles their scope, LEADER none. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<UnitSummary> writableUnits() {
        return units.listWritable();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MonthlyRow> figures(Long unitId, Integer year, int offset, int limit) {
        return monthly.page(query(unitId, year), offset, Math.min(limit, 500));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long countFigures(Long unitId, Integer year) {
        return monthly.count(query(unitId, year));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<MonthlyRow> figuresOf(long unitId, YearMonth month) {
        access.checkReadable(unitId);
        return monthly.find(unitId, month);
    }

    /**
     * Records a unit's month by hand. A new entry ({@code expectedVersion} null) for a month that already has figures
     * is refused, so nobody overwrites another person's figures without seeing them first.
     */
    @PreAuthorize("hasAnyRole('ADMIN','UNIT_HEAD','UNIT_OFFICER')")
    public MonthlyRow saveFigures(long unitId, MonthlyFigures figures, Long expectedVersion) {
        access.checkWritable(unitId);
        UnitSummary unit = units.get(unitId);
        if (!unit.isActive()) throw new BusinessException("error.unit.notActive", unit.name());
        var violations = figures.violations(YearMonth.now(clock));
        if (!violations.isEmpty()) {
            var v = violations.getFirst();
            throw new BusinessException(v.messageKey(), v.arguments());
        }
        var existing = monthly.find(unitId, figures.month());
        if (existing.isEmpty()) {
            if (expectedVersion != null) throw new BusinessException("error.conflict");
            monthly.upsert(List.of(new MonthlyStore.Entry(unitId, figures, FigureSource.MANUAL)),
                    currentUser.username(), clock.instant());
        } else if (expectedVersion == null) {
            throw new BusinessException("error.docflow.monthExists", figures.month().toString(), unit.name());
        } else if (!monthly.update(existing.get().id(), expectedVersion, figures, currentUser.username(),
                clock.instant())) {
            throw new BusinessException("error.conflict");
        }
        MonthlyRow saved = monthly.find(unitId, figures.month()).orElseThrow();
        trail.record(AuditEntry.of("docflow", "monthly", saved.id(), unit.name() + " · " + figures.month(),
                        existing.isEmpty() ? AuditAction.CREATED : AuditAction.UPDATED)
                .changes(AuditEntry.fields(existing.map(MonthlyRow::figures).orElse(null)), AuditEntry.fields(figures)));
        return saved;
    }

    /**
     * Imports monthly figures from CSV or .xlsx: every row is checked first; if any row is wrong nothing is stored
     * and the errors come back per row. Rows update the unit's month when it exists (unit code + month).
     */
    @PreAuthorize("hasAnyRole('ADMIN','UNIT_HEAD','UNIT_OFFICER')")
    public ImportResult importFigures(InputStream file) {
        if (currentUser.require().role() == Role.LEADER) throw new BusinessException("error.docflow.readOnly");
        var parsed = FiguresImport.parse(file, MAX_IMPORT_BYTES, code -> units.findByCode(code)
                .filter(UnitSummary::isActive)
                .filter(u -> canWrite(u.id())), YearMonth.now(clock));
        if (!parsed.errors().isEmpty()) return ImportResult.rejected(parsed.rows(), parsed.errors());
        var entries = parsed.entries();
        if (entries.isEmpty()) return new ImportResult(0, 0, 0, List.of());
        YearMonth from = entries.stream().map(e -> e.figures().month()).min(Comparator.naturalOrder()).orElseThrow();
        YearMonth to = entries.stream().map(e -> e.figures().month()).max(Comparator.naturalOrder()).orElseThrow();
        var existing = monthly.existingKeys(entries.stream().map(MonthlyStore.Entry::unitId).distinct().toList(),
                from, to);
        int updated = (int) entries.stream()
                .filter(e -> existing.contains(MonthlyStore.key(e.unitId(), e.figures().month()))).count();
        monthly.upsert(entries, currentUser.username(), clock.instant());
        // one line per import, with its counts: each month's row keeps who last changed it
        trail.record(AuditEntry.of("docflow", "figuresImport", null, from + " – " + to, AuditAction.IMPORTED)
                .changed("rows", null, parsed.rows()).changed("created", null, entries.size() - updated)
                .changed("updated", null, updated));
        return new ImportResult(parsed.rows(), entries.size() - updated, updated, List.of());
    }

    private boolean canWrite(long unitId) {
        try {
            access.checkWritable(unitId);
            return true;
        } catch (org.springframework.security.access.AccessDeniedException e) {
            return false;
        }
    }

    // ---- KPIs ----------------------------------------------------------------------------------------------------

    /** Totals over the caller's scope, or one unit of it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ExchangeTotals totals(Period period, Long unitId) {
        return monthly.totals(query(unitId, period));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TrendPoint> trend(Period period, Granularity granularity, Long unitId) {
        Map<String, ExchangeTotals> buckets = new LinkedHashMap<>();
        for (YearMonth m = period.from(); !m.isAfter(period.to()); m = m.plusMonths(1)) {
            buckets.putIfAbsent(granularity.bucket(m), ExchangeTotals.EMPTY);
        }
        monthly.totalsByMonth(query(unitId, period))
                .forEach((m, t) -> buckets.merge(granularity.bucket(m), t, ExchangeTotals::plus));
        List<TrendPoint> points = new ArrayList<>();
        buckets.forEach((b, t) -> points.add(new TrendPoint(b, t)));
        return points;
    }

    /**
     * Units in scope with figures in the period, best first: signed share, then electronic share, then the lower
     * paper-parallel share.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<UnitKpi> ranking(Period period) {
        Map<Long, ExchangeTotals> byUnit = monthly.totalsByUnit(query(null, period));
        Map<Long, UnitSummary> visible = new LinkedHashMap<>();
        units.listVisible().forEach(u -> visible.put(u.id(), u));
        return byUnit.entrySet().stream()
                .filter(e -> visible.containsKey(e.getKey()))
                .map(e -> {
                    UnitSummary u = visible.get(e.getKey());
                    return new UnitKpi(u.id(), u.code(), u.name(), u.tier(), u.kind(), e.getValue());
                })
                .sorted(RANKING)
                .toList();
    }

    public static final Comparator<UnitKpi> RANKING = Comparator
            .comparingDouble((UnitKpi k) -> -nanToZero(k.totals().signedShare()))
            .thenComparingDouble(k -> -nanToZero(k.totals().electronicShare()))
            .thenComparingDouble(k -> nanToZero(k.totals().paperParallelShare()))
            .thenComparing(UnitKpi::unitCode);

    private static double nanToZero(double d) {
        return Double.isNaN(d) ? 0 : d;
    }

    /** The latest month that may carry figures (the current one). */
    public YearMonth currentMonth() {
        return YearMonth.now(clock);
    }

    private MonthlyStore.Query query(Long unitId, Integer year) {
        return query(unitId, year == null ? null : Period.year(year));
    }

    private MonthlyStore.Query query(Long unitId, Period period) {
        if (unitId != null) access.checkReadable(unitId);
        UnitScope scope = access.scope();
        return new MonthlyStore.Query(scope.wholeProvince() ? null : scope.unitIds(), unitId,
                period == null ? null : period.from(), period == null ? null : period.to());
    }
}
