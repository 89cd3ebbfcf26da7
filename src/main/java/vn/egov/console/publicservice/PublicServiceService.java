package vn.egov.console.publicservice;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.audit.AuditAction;
import vn.egov.console.audit.AuditEntry;
import vn.egov.console.audit.AuditTrail;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.error.NotFoundException;
import vn.egov.console.base.tabular.ImportResult;
import vn.egov.console.base.tabular.RowError;
import vn.egov.console.base.text.TextRule;
import vn.egov.console.organization.Tier;
import vn.egov.console.organization.UnitAccess;
import vn.egov.console.organization.UnitKind;
import vn.egov.console.organization.UnitMergedEvent;
import vn.egov.console.organization.UnitScope;
import vn.egov.console.organization.UnitService;
import vn.egov.console.organization.UnitSummary;
import vn.egov.console.publicservice.internal.CatalogueImport;
import vn.egov.console.publicservice.internal.EntryCheck;
import vn.egov.console.publicservice.internal.FiguresImport;
import vn.egov.console.publicservice.internal.FiguresQuery;
import vn.egov.console.publicservice.internal.FiguresStore;
import vn.egov.console.publicservice.internal.IndicatorStore;
import vn.egov.console.publicservice.internal.ProcedureStore;
import vn.egov.console.security.CurrentUser;

/**
 * Online public services (issue 12): the procedure catalogue, monthly application figures per procedure × handling
 * unit, the take-up figures and scorecard computed from them, and the unit ranking. Everyone reads within their unit
 * scope (a unit head sees their unit and its children); ADMIN and unit roles record figures for units in their scope;
 * only ADMIN changes the catalogue and the indicator set; LEADER only reads.
 */
@Service
@Transactional
public class PublicServiceService {

    static final long MAX_IMPORT_BYTES = 20L * 1024 * 1024;
    static final int MAX_LIST = 500;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PublicServiceService.class);
    static final String FEATURE = "publicservice";
    static final TextRule GROUP_CODE = TextRule.line("ps.indicator.groupCode", 20);
    static final TextRule INDICATOR_CODE = TextRule.line("ps.indicator.code", 20);
    static final TextRule GROUP_NAME_VI = TextRule.line("ps.indicator.nameVi", 200);
    static final TextRule GROUP_NAME_EN = TextRule.line("ps.indicator.nameEn", 200);
    static final TextRule INDICATOR_NAME_VI = TextRule.line("ps.indicator.nameVi", 300);
    static final TextRule INDICATOR_NAME_EN = TextRule.line("ps.indicator.nameEn", 300);
    static final TextRule STEPS = TextRule.line("ps.indicator.steps", 200).optional();
    /** Decision 766 scores out of 100: a year's groups must add up to exactly that. */
    static final double SET_POINTS = 100;

    private final ProcedureStore procedures;
    private final FiguresStore figures;
    private final IndicatorStore indicators;
    private final UnitService units;
    private final UnitAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final vn.egov.console.base.i18n.Messages messages;
    private final AuditTrail trail;

    PublicServiceService(ProcedureStore procedures, FiguresStore figures, IndicatorStore indicators, UnitService units,
                         UnitAccess access, CurrentUser currentUser, Clock clock,
                         vn.egov.console.base.i18n.Messages messages, AuditTrail trail) {
        this.messages = messages;
        this.trail = trail;
        this.procedures = procedures;
        this.figures = figures;
        this.indicators = indicators;
        this.units = units;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public YearMonth currentMonth() {
        return YearMonth.now(clock);
    }

    // ---- catalogue -------------------------------------------------------------------------------------------------

    /** Catalogue filter of the grid; nulls mean any. */
    public record CatalogueFilter(String text, String field, Tier tier, OnlineMode mode, Long unitId,
                                  boolean unusedThisYear) {
        public static final CatalogueFilter ALL = new CatalogueFilter(null, null, null, null, null, false);
    }

    /** Sort keys the catalogue grid may ask for (anything else sorts by code). */
    public enum CatalogueSort {
        CODE("p.code"), NAME("p.name"), FIELD("p.field, p.code"), TIER("p.tier, p.code"), MODE("p.online_mode, p.code"),
        DAYS("p.statutory_days, p.code");

        final String sql;

        CatalogueSort(String sql) {
            this.sql = sql;
        }
    }

    /** Procedures handled within the caller's scope (the whole catalogue for ADMIN and LEADER). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Procedure> catalogue(CatalogueFilter filter, int offset, int limit, CatalogueSort sort, boolean asc) {
        String order = (sort == null ? CatalogueSort.CODE : sort).sql.replace(",", asc ? " ASC," : " DESC,")
                + (asc ? " ASC" : " DESC");
        return procedures.page(catalogueFilter(filter), offset, Math.min(limit, MAX_LIST), order);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long countCatalogue(CatalogueFilter filter) {
        return procedures.count(catalogueFilter(filter));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Procedure procedure(long id) {
        Procedure p = procedures.find(id).orElseThrow(() -> new NotFoundException("procedure", id));
        if (!handledInScope(p)) throw new AccessDeniedException("Procedure " + id + " is outside the caller's scope");
        return p;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<String> fields() {
        return procedures.fields();
    }

    private ProcedureStore.Filter catalogueFilter(CatalogueFilter f) {
        if (f.unitId() != null) access.checkReadable(f.unitId());
        UnitScope scope = access.scope();
        List<UnitSummary> visible = scope.wholeProvince() ? null : units.listActive();
        return new ProcedureStore.Filter(f.text(), f.field(), f.tier(), f.mode(), f.unitId(),
                visible == null ? null : visible.stream().map(UnitSummary::id).toList(),
                visible == null ? null : tiersOf(visible), f.unusedThisYear() ? currentMonth().getYear() : null);
    }

    private boolean handledInScope(Procedure p) {
        UnitScope scope = access.scope();
        if (scope.wholeProvince()) return true;
        if (p.tier() == Tier.PROVINCE) return p.unitId() != null && scope.contains(p.unitId());
        return units.listActive().stream().anyMatch(u -> u.tier() == p.tier());
    }

    /**
     * Creates or updates procedures from a catalogue file by national code: every row checked first, all or nothing.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public ImportResult importCatalogue(InputStream file) {
        return importCatalogue(file, null);
    }

    /** @param fileName the name the user uploaded, for the audit trail */
    @PreAuthorize("hasRole('ADMIN')")
    public ImportResult importCatalogue(InputStream file, String fileName) {
        Map<String, Procedure> existing = new HashMap<>();
        procedures.page(new ProcedureStore.Filter(null, null, null, null, null, null, null, null), 0,
                Integer.MAX_VALUE, "p.id").forEach(p -> existing.put(p.code().toUpperCase(), p));
        var parsed = CatalogueImport.parse(file, MAX_IMPORT_BYTES, existing,
                code -> units.findByCode(code).filter(UnitSummary::isActive), procedures::firstFiguresMonth);
        if (!parsed.errors().isEmpty()) return ImportResult.rejected(parsed.rowCount(), sorted(parsed.errors()));
        var rows = parsed.procedures();
        int updated = (int) rows.stream().filter(r -> existing.containsKey(r.code().toUpperCase())).count();
        procedures.upsert(rows, currentUser.username(), clock.instant());
        for (var r : rows) {
            Procedure old = existing.get(r.code().toUpperCase());
            if (old != null && !old.field().equals(r.field())) figures.refreshFieldOf(old.id());
        }
        // one trail entry for the whole file: the catalogue rows carry their own updated_by/updated_at
        trail.record(AuditEntry.of(FEATURE, "psCatalogueImport", null, fileLabel(fileName), AuditAction.IMPORTED)
                .changed("rows", null, parsed.rowCount()).changed("created", null, rows.size() - updated)
                .changed("updated", null, updated));
        return new ImportResult(parsed.rowCount(), rows.size() - updated, updated, List.of());
    }

    // ---- figures in --------------------------------------------------------------------------------------------------

    /**
     * Imports monthly figures (one row per procedure × unit × month) from CSV or .xlsx: every row is checked first;
     * if any row is wrong nothing is stored and the errors come back per row. Existing months are updated; a re-import
     * of the same file changes nothing.
     */
    @PreAuthorize("hasAnyRole('ADMIN','UNIT_HEAD','UNIT_OFFICER')")
    public ImportResult importFigures(InputStream file) {
        return importFigures(file, null);
    }

    /** @param fileName the name the user uploaded, for the audit trail */
    @PreAuthorize("hasAnyRole('ADMIN','UNIT_HEAD','UNIT_OFFICER')")
    public ImportResult importFigures(InputStream file, String fileName) {
        long started = System.nanoTime();
        var parsed = FiguresImport.parse(file, MAX_IMPORT_BYTES);
        long read = System.nanoTime();
        var checked = check(parsed.entries(), parsed.lines(), writableUnitsByCode());
        long validated = System.nanoTime();
        List<RowError> errors = new ArrayList<>(parsed.errors());
        checked.problems().forEach(p -> errors.add(new RowError(p.index(), p.field(), p.messageKey(), p.arguments())));
        if (!errors.isEmpty()) return ImportResult.rejected(parsed.rows(), sorted(errors));
        int updated = store(checked.entries(), FigureSource.IMPORT, currentUser.username());
        // the phases an operator needs to tell a slow file from a slow database (benchmarks.md)
        log.info("Public-service figures import of {}: {} rows, reading {} ms, checking {} ms, writing {} ms",
                fileLabel(fileName), parsed.rows(), (read - started) / 1_000_000, (validated - read) / 1_000_000,
                (System.nanoTime() - validated) / 1_000_000);
        long unitCount = checked.entries().stream().map(FiguresStore.Entry::unitId).distinct().count();
        trail.record(AuditEntry.of(FEATURE, "psFiguresImport", null, fileLabel(fileName), AuditAction.IMPORTED)
                .changed("rows", null, parsed.rows()).changed("created", null, checked.entries().size() - updated)
                .changed("updated", null, updated).changed("units", null, unitCount)
                .changed("months", null, monthsOf(checked.entries())));
        return new ImportResult(parsed.rows(), checked.entries().size() - updated, updated, List.of());
    }

    /**
     * One month of one procedure at one unit, typed in (small units without a one-stop system). A new entry for a
     * month that already has figures is refused, so nobody overwrites figures without seeing them first.
     */
    @PreAuthorize("hasAnyRole('ADMIN','UNIT_HEAD','UNIT_OFFICER')")
    public MonthlyRow saveMonth(MonthEntry entry, Long expectedVersion) {
        var checked = check(List.of(entry), List.of(1), writableUnitsByCode());
        if (!checked.problems().isEmpty()) {
            var p = checked.problems().getFirst();
            throw new BusinessException(p.messageKey(), p.arguments());
        }
        var e = checked.entries().getFirst();
        var existing = figures.find(e.procedureId(), e.unitId(), e.month());
        if (existing.isEmpty()) {
            if (expectedVersion != null) throw new BusinessException("error.conflict");
            figures.upsert(List.of(e), FigureSource.MANUAL, currentUser.username(), clock.instant());
        } else if (expectedVersion == null) {
            throw new BusinessException("error.ps.monthExists", entry.month().toString(), existing.get().unitName());
        } else if (!figures.update(existing.get().id(), expectedVersion, e.figures(), currentUser.username(),
                clock.instant())) {
            throw new BusinessException("error.conflict");
        }
        MonthlyRow saved = figures.find(e.procedureId(), e.unitId(), e.month()).orElseThrow();
        AuditEntry audit = AuditEntry.of(FEATURE, "psMonth", saved.id(), saved.procedureCode() + " · "
                + saved.unitName() + " · " + saved.month(), existing.isEmpty() ? AuditAction.CREATED : AuditAction.UPDATED);
        if (existing.isEmpty()) audit.values(AuditEntry.fields(saved.figures()));
        else audit.changes(AuditEntry.fields(existing.get().figures()), AuditEntry.fields(saved.figures()));
        trail.record(audit);
        return saved;
    }

    /**
     * What the manual-entry form saves in one go: a procedure's month (when a procedure is given) and the unit's
     * complaints of that month (when both counts are given). Both are checked before either is stored.
     *
     * @param complaintsReceived null (with {@code complaintsOnTime} null) when the unit does not report complaints
     */
    @PreAuthorize("hasAnyRole('ADMIN','UNIT_HEAD','UNIT_OFFICER')")
    public MonthlyRow saveManualMonth(MonthEntry entry, Long expectedVersion, Long complaintsReceived,
                                      Long complaintsOnTime) {
        if ((complaintsReceived == null) != (complaintsOnTime == null)) {
            throw new BusinessException("error.ps.complaintsBoth");
        }
        boolean figuresGiven = entry.procedureCode() != null && !entry.procedureCode().isBlank();
        if (!figuresGiven && complaintsReceived == null) throw new BusinessException("error.ps.entryEmpty");
        UnitSummary unit = entry.unitCode() == null ? null : writableUnitsByCode().get(entry.unitCode().strip()
                .toUpperCase());
        if (unit == null) throw new BusinessException("error.ps.unitUnknown", String.valueOf(entry.unitCode()));
        if (complaintsReceived != null) checkComplaints(unit.id(), entry.month(), complaintsReceived, complaintsOnTime);
        MonthlyRow saved = figuresGiven ? saveMonth(entry, expectedVersion) : null;
        if (complaintsReceived != null) saveComplaints(unit.id(), entry.month(), complaintsReceived, complaintsOnTime);
        return saved;
    }

    private void checkComplaints(long unitId, YearMonth month, long received, long handledOnTime) {
        access.checkWritable(unitId);
        if (month == null) throw new BusinessException("error.ps.monthRequired");
        if (month.isAfter(currentMonth())) throw new BusinessException("error.ps.futureMonth", month.toString());
        if (received < 0 || handledOnTime < 0) throw new BusinessException("error.ps.negative", "complaints");
        if (received > Figures.MAX_PER_MONTH) {
            throw new BusinessException("error.ps.tooLarge", "complaints", Figures.MAX_PER_MONTH);
        }
        if (handledOnTime > received) {
            throw new BusinessException("error.ps.complaintsOnTimeOver", handledOnTime, received);
        }
    }

    /** A unit's complaints and feedback of a month (optional figures: without them the indicator shows no data). */
    @PreAuthorize("hasAnyRole('ADMIN','UNIT_HEAD','UNIT_OFFICER')")
    public void saveComplaints(long unitId, YearMonth month, long received, long handledOnTime) {
        checkComplaints(unitId, month, received, handledOnTime);
        var before = figures.complaintsOf(unitId, month);
        figures.saveComplaints(unitId, month, received, handledOnTime, currentUser.username(), clock.instant());
        trail.record(AuditEntry.of(FEATURE, "psComplaints", unitId, units.get(unitId).name() + " · " + month,
                        before.isEmpty() ? AuditAction.CREATED : AuditAction.UPDATED)
                .changed("complaintsReceived", before.map(c -> c[0]).orElse(null), received)
                .changed("complaintsOnTime", before.map(c -> c[1]).orElse(null), handledOnTime));
    }

    /** A unit's complaints and feedback of a month ({received, handled on time}), empty when it reported none. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Optional<long[]> complaints(long unitId, YearMonth month) {
        access.checkReadable(unitId);
        return figures.complaintsOf(unitId, month);
    }

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
    public java.util.Optional<MonthlyRow> month(long procedureId, long unitId, YearMonth month) {
        access.checkReadable(unitId);
        return figures.find(procedureId, unitId, month);
    }

    private Map<String, UnitSummary> writableUnitsByCode() {
        Map<String, UnitSummary> result = new HashMap<>();
        writableUnits().forEach(u -> result.put(u.code().toUpperCase(), u));
        return result;
    }

    /** Checks a batch against the catalogue and the units the sender may write (shared with the push API). */
    EntryCheck.Result check(List<MonthEntry> entries, List<Integer> indexes, Map<String, UnitSummary> allowed) {
        Set<String> codes = new java.util.HashSet<>();
        entries.forEach(e -> {
            if (e.procedureCode() != null) codes.add(e.procedureCode().strip());
        });
        return EntryCheck.check(entries, indexes, procedures.byCodes(codes), allowed, currentMonth());
    }

    /** Stores checked entries; returns how many of them replaced an existing month. */
    int store(List<FiguresStore.Entry> entries, FigureSource source, String actor) {
        return figures.upsert(entries, source, actor, clock.instant());
    }

    private static String fileLabel(String fileName) {
        return fileName == null || fileName.isBlank() ? "—" : fileName;
    }

    private static String monthsOf(List<FiguresStore.Entry> entries) {
        var months = entries.stream().map(FiguresStore.Entry::month).distinct().sorted().toList();
        if (months.isEmpty()) return "";
        return months.size() == 1 ? months.getFirst().toString()
                : months.getFirst() + " → " + months.getLast() + " (" + months.size() + ")";
    }

    private static List<RowError> sorted(List<RowError> errors) {
        return errors.stream().sorted(Comparator.comparingInt(RowError::line)).toList();
    }

    // ---- figures out -------------------------------------------------------------------------------------------------

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Totals totals(Period period, Scope scope) {
        return figures.totals(query(period, scope));
    }

    /** The dashboard in one call: totals, monthly trend, procedures offered online without use, scorecard. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Dashboard dashboard(Period period, Scope scope, int unusedLimit) {
        FiguresQuery q = query(period, scope);
        List<TrendPoint> trend = trend(q);
        // the period's totals are the sum of its months: one query fewer on the dashboard's path
        Totals totals = trend.stream().map(TrendPoint::totals).reduce(Totals.EMPTY, Totals::plus);
        long online = figures.countOnlineProcedures(q, false);
        long unused = figures.countOnlineProcedures(q, true);
        var list = figures.onlineProcedures(q, true, Math.min(unusedLimit, MAX_LIST));
        MetricValues values = values(q, totals, online, unused);
        Scorecard card = Scorecard.evaluate(period.to().getYear(), indicators.setFor(period.to().getYear()), values);
        return new Dashboard(period, scope, totals, trend, online, unused, list, card, values.get(Metric.COMPLAINTS),
                values.get(Metric.COMPLAINTS_ON_TIME));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Scorecard scorecard(Period period, Scope scope) {
        FiguresQuery q = query(period, scope);
        return Scorecard.evaluate(period.to().getYear(), indicators.setFor(period.to().getYear()),
                values(q, figures.totals(q), figures.countOnlineProcedures(q, false),
                        figures.countOnlineProcedures(q, true)));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TrendPoint> trend(Period period, Scope scope) {
        return trend(query(period, scope));
    }

    private List<TrendPoint> trend(FiguresQuery q) {
        Map<YearMonth, Totals> byMonth = figures.totalsByMonth(q);
        List<TrendPoint> points = new ArrayList<>();
        for (YearMonth m = q.from(); !m.isAfter(q.to()); m = m.plusMonths(1)) {
            points.add(new TrendPoint(m, byMonth.getOrDefault(m, Totals.EMPTY)));
        }
        return points;
    }

    /** Procedures offered online in the period that received no online application in the scope. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ZeroOnlineProcedure> unusedOnline(Period period, Scope scope, int limit) {
        return figures.onlineProcedures(query(period, scope), true, Math.min(limit, 100_000));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long countUnusedOnline(Period period, Scope scope) {
        return figures.countOnlineProcedures(query(period, scope), true);
    }

    /**
     * For every handling unit in the caller's scope, the procedures it offered online in the period and how many of
     * them received no online application from it: {@link #countUnusedOnline} with {@link Scope#unit}, for all units
     * in three queries instead of one per unit.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<OnlineUse> onlineUseByUnit(Period period) {
        FiguresQuery q = query(period, Scope.ALL);
        List<FiguresStore.Offered> offered = figures.offeredOnline(q);
        Map<Long, Set<Long>> used = figures.usedOnline(q);
        Map<Long, List<FiguresStore.Offered>> provincial = new HashMap<>();
        Map<Tier, List<FiguresStore.Offered>> byTier = new EnumMap<>(Tier.class);
        for (FiguresStore.Offered o : offered) {
            if (o.tier() == Tier.PROVINCE) {
                if (o.unitId() != null) provincial.computeIfAbsent(o.unitId(), k -> new ArrayList<>()).add(o);
            } else {
                byTier.computeIfAbsent(o.tier(), k -> new ArrayList<>()).add(o);
            }
        }
        List<OnlineUse> result = new ArrayList<>();
        for (UnitSummary u : visibleUnits().values()) {
            List<FiguresStore.Offered> mine = new ArrayList<>(provincial.getOrDefault(u.id(), List.of()));
            if (tiersOf(List.of(u)).contains(u.tier()) && u.tier() != Tier.PROVINCE) {
                mine.addAll(byTier.getOrDefault(u.tier(), List.of()));
            }
            if (mine.isEmpty()) continue;
            long unused = mine.stream().filter(o -> !used.getOrDefault(o.procedureId(), Set.of()).contains(u.id()))
                    .count();
            result.add(new OnlineUse(u.id(), mine.size(), unused));
        }
        return result;
    }

    /** Drill-down by handling unit, within the scope. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Breakdown> byUnit(Period period, Scope scope) {
        Map<Long, UnitSummary> visible = visibleUnits();
        List<Breakdown> result = new ArrayList<>();
        figures.totalsByUnit(query(period, scope)).forEach((id, t) -> {
            UnitSummary u = visible.get(id);
            if (u != null) result.add(new Breakdown(u.code(), u.name(), id, t));
        });
        result.sort(Comparator.comparing(Breakdown::key));
        return result;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Breakdown> byField(Period period, Scope scope) {
        List<Breakdown> result = new ArrayList<>();
        figures.totalsByField(query(period, scope)).forEach((f, t) -> result.add(new Breakdown(f, f, null, t)));
        return result;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Breakdown> byProcedure(Period period, Scope scope) {
        Map<Long, Totals> totals = figures.totalsByProcedure(query(period, scope));
        Map<Long, Procedure> names = new HashMap<>();
        procedures.byIds(totals.keySet()).forEach(p -> names.put(p.id(), p));
        List<Breakdown> result = new ArrayList<>();
        totals.forEach((id, t) -> {
            Procedure p = names.get(id);
            result.add(new Breakdown(p.code(), p.name(), id, t));
        });
        result.sort(Comparator.comparing(Breakdown::key));
        return result;
    }

    /** The rows a figure counts, newest month first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MonthlyRow> rows(Period period, Scope scope, int offset, int limit) {
        return figures.page(query(period, scope), offset, Math.min(limit, MAX_LIST));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long countRows(Period period, Scope scope) {
        return figures.count(query(period, scope));
    }

    /**
     * Handling units of one tier in the caller's scope, best first by scorecard score (points ÷ the points their
     * indicators with data could give), then online share; with each unit's rank and score in the previous period.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<UnitRank> ranking(Period period, Tier tier) {
        if (tier == null) throw new BusinessException("error.ps.tierRequired");
        Map<Long, UnitSummary> visible = visibleUnits();
        List<Long> ids = visible.values().stream().filter(u -> u.tier() == tier).map(UnitSummary::id).toList();
        List<IndicatorGroup> set = indicators.setFor(period.to().getYear());
        List<Ranked> now = rank(period, ids, set);
        Map<Long, Ranked> before = new HashMap<>();
        List<Ranked> previous = rank(period.previous(), ids, indicators.setFor(period.previous().to().getYear()));
        previous.forEach(r -> before.put(r.unitId, r));
        return now.stream().map(r -> {
            UnitSummary u = visible.get(r.unitId);
            Ranked p = before.get(r.unitId);
            return new UnitRank(r.rank, u.id(), u.code(), u.name(), u.tier(), r.totals, r.score,
                    p == null ? null : p.rank, p == null ? null : p.score);
        }).toList();
    }

    private record Ranked(long unitId, Totals totals, Double score, int rank) {
    }

    private List<Ranked> rank(Period period, List<Long> ids, List<IndicatorGroup> set) {
        if (ids.isEmpty()) return List.of();
        FiguresQuery q = new FiguresQuery(ids, List.of(), null, null, period.from(), period.to());
        Map<Long, Totals> totals = figures.totalsByUnit(q);
        Map<Long, long[]> complaints = figures.complaintsByUnit(q);
        record Scored(long unitId, Totals totals, Double score) {
        }
        List<Scored> scored = new ArrayList<>();
        totals.forEach((id, t) -> {
            MetricValues v = MetricValues.of(t);
            long[] c = complaints.get(id);
            if (c != null) v.put(Metric.COMPLAINTS, c[0]).put(Metric.COMPLAINTS_ON_TIME, c[1]);
            scored.add(new Scored(id, t, Scorecard.evaluate(period.to().getYear(), set, v).normalised()));
        });
        scored.sort(Comparator.comparingDouble((Scored s) -> s.score() == null ? -1 : -s.score())
                .thenComparingDouble(s -> s.totals().onlineShare() == null ? 1 : -s.totals().onlineShare())
                .thenComparingLong(Scored::unitId));
        return IntStream.range(0, scored.size())
                .mapToObj(i -> new Ranked(scored.get(i).unitId(), scored.get(i).totals(), scored.get(i).score(), i + 1))
                .toList();
    }

    /** The yearly report (PDF) for the caller's scope: KPIs against the year before, scorecard, rankings. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] yearReportPdf(int year, java.util.Locale locale) {
        Dashboard now = dashboard(Period.year(year), Scope.ALL, 0);
        Dashboard before = dashboard(Period.year(year - 1), Scope.ALL, 0);
        UnitScope caller = access.scope();
        String scopeName = caller.wholeProvince() ? messages.get(locale, "ps.report.province")
                : units.get(currentUser.require().unitId()).name();
        return vn.egov.console.publicservice.internal.YearReportPdf.render(year, scopeName, now, before,
                ranking(Period.year(year), Tier.DISTRICT), ranking(Period.year(year), Tier.PROVINCE), locale,
                (key, args) -> messages.get(locale, key, args));
    }

    // ---- indicator set ---------------------------------------------------------------------------------------------

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<IndicatorGroup> indicatorSet(int year) {
        return indicators.setFor(year);
    }

    /**
     * Sets a year's groups, weights and targets (the DIC adapts the provincial cascade of Decision 766 each year).
     * Indicators' points must add up to their group's maximum.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void saveIndicatorSet(int year, List<IndicatorGroup> groups) {
        if (year < 2015 || year > currentMonth().getYear() + 1) throw new BusinessException("error.ps.yearOutOfRange", year);
        if (groups == null || groups.isEmpty()) throw new BusinessException("error.ps.setEmpty");
        List<IndicatorGroup> clean = new ArrayList<>();
        Set<String> groupCodes = new java.util.HashSet<>();
        Set<String> indicatorCodes = new java.util.HashSet<>();
        for (IndicatorGroup g : groups) {
            String code = GROUP_CODE.clean(g.code());
            if (!groupCodes.add(code.toUpperCase())) throw new BusinessException("error.ps.duplicateCode", code);
            if (!(g.maxPoints() > 0) || g.maxPoints() > SET_POINTS) {
                throw new BusinessException("error.ps.groupMaxRange", code, SET_POINTS);
            }
            if (g.indicators().isEmpty()) throw new BusinessException("error.ps.groupEmpty", code);
            double sum = g.indicators().stream().mapToDouble(Indicator::maxPoints).sum();
            if (Math.abs(sum - g.maxPoints()) > 0.001) {
                throw new BusinessException("error.ps.groupPoints", code, sum, g.maxPoints());
            }
            List<Indicator> cleanIndicators = new ArrayList<>();
            for (Indicator i : g.indicators()) {
                String iCode = INDICATOR_CODE.clean(i.code());
                if (!indicatorCodes.add(iCode.toUpperCase())) throw new BusinessException("error.ps.duplicateCode", iCode);
                if (i.maxPoints() < 0) throw new BusinessException("error.ps.pointsNegative", iCode);
                if (i.numerator() == null || i.denominator() == null || i.rule() == null) {
                    throw new BusinessException("error.ps.indicatorIncomplete", iCode);
                }
                String steps = STEPS.clean(i.steps());
                Double target = i.target();
                if (i.rule() == ScoringRule.TIERED) {
                    ScoringRule.parseSteps(steps);
                    target = null;
                } else {
                    if (target == null || target <= 0 || target > 1) {
                        throw new BusinessException("error.ps.targetRange", iCode);
                    }
                    steps = null;
                }
                cleanIndicators.add(new Indicator(i.id(), iCode, INDICATOR_NAME_VI.clean(i.nameVi()),
                        INDICATOR_NAME_EN.clean(i.nameEn()), i.numerator(), i.denominator(), i.complement(),
                        i.maxPoints(), i.rule(), target, steps));
            }
            clean.add(new IndicatorGroup(g.id(), year, code, GROUP_NAME_VI.clean(g.nameVi()),
                    GROUP_NAME_EN.clean(g.nameEn()), g.maxPoints(), List.copyOf(cleanIndicators)));
        }
        double total = clean.stream().mapToDouble(IndicatorGroup::maxPoints).sum();
        if (Math.abs(total - SET_POINTS) > 0.001) throw new BusinessException("error.ps.setPoints", total, SET_POINTS);
        boolean own = indicators.hasYear(year);
        Map<String, Object> before = own ? setFields(indicators.setFor(year)) : Map.of();
        indicators.replaceYear(year, clean);
        trail.record(AuditEntry.of(FEATURE, "psIndicatorSet", (long) year, String.valueOf(year),
                own ? AuditAction.UPDATED : AuditAction.CREATED).changes(before, setFields(clean)));
    }

    /** A set flattened for the trail: "G2.maxPoints", "G2/2.1.target", … so a change shows exactly what moved. */
    private static Map<String, Object> setFields(List<IndicatorGroup> set) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (IndicatorGroup g : set) {
            fields.put(g.code() + ".name", g.nameVi() + " / " + g.nameEn());
            fields.put(g.code() + ".maxPoints", points(g.maxPoints()));
            for (Indicator i : g.indicators()) {
                String k = g.code() + "/" + i.code();
                fields.put(k + ".name", i.nameVi() + " / " + i.nameEn());
                fields.put(k + ".formula", (i.complement() ? "1 − " : "") + i.numerator() + " ÷ " + i.denominator());
                fields.put(k + ".maxPoints", points(i.maxPoints()));
                fields.put(k + ".rule", i.rule());
                fields.put(k + ".target", i.target());
                fields.put(k + ".steps", i.steps());
            }
        }
        return fields;
    }

    private static String points(double p) {
        return java.math.BigDecimal.valueOf(p).stripTrailingZeros().toPlainString();
    }

    // ---- reporting discipline --------------------------------------------------------------------------------------

    /** A handling unit that has not reported a month by the 10th of the next month. */
    public record MissingReport(long unitId, String unitCode, String unitName, YearMonth month, LocalDate dueOn) {
    }

    /** The latest month whose reporting deadline (the 10th of the next month) has passed. */
    public YearMonth latestDueMonth() {
        LocalDate today = LocalDate.now(clock);
        return today.getDayOfMonth() > 10 ? YearMonth.from(today).minusMonths(1) : YearMonth.from(today).minusMonths(2);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<MissingReport> missingReports() {
        YearMonth month = latestDueMonth();
        Set<Long> reported = figures.unitsReporting(month);
        List<Tier> tiers = procedures.count() == 0 ? List.of() : List.of(Tier.DISTRICT, Tier.COMMUNE);
        Set<Long> responsible = new java.util.HashSet<>();
        procedures.page(new ProcedureStore.Filter(null, null, Tier.PROVINCE, null, null, null, null, null), 0,
                Integer.MAX_VALUE, "p.id").forEach(p -> responsible.add(p.unitId()));
        return units.listActive().stream()
                .filter(u -> responsible.contains(u.id()) || tiers.contains(u.tier())
                        && (u.kind() == UnitKind.DISTRICT_COMMITTEE || u.kind() == UnitKind.COMMUNE_COMMITTEE))
                .filter(u -> !reported.contains(u.id()))
                .sorted(Comparator.comparing(UnitSummary::code))
                .map(u -> new MissingReport(u.id(), u.code(), u.name(), month, month.plusMonths(1).atDay(10)))
                .toList();
    }

    // ---- scope -------------------------------------------------------------------------------------------------------

    private Map<Long, UnitSummary> visibleUnits() {
        Map<Long, UnitSummary> visible = new LinkedHashMap<>();
        units.listVisible().forEach(u -> visible.put(u.id(), u));
        return visible;
    }

    private FiguresQuery query(Period period, Scope s) {
        if (period == null) throw new BusinessException("error.ps.periodRequired");
        Scope scope = s == null ? Scope.ALL : s;
        UnitScope caller = access.scope();
        Collection<Long> ids = caller.wholeProvince() ? null : caller.unitIds();
        Collection<Tier> tiers = EnumSet.allOf(Tier.class);
        if (scope.unitId() != null) {
            access.checkReadable(scope.unitId());
            ids = List.of(scope.unitId());
        }
        if (ids != null || scope.tier() != null) {
            List<UnitSummary> in = units.listVisible().stream()
                    .filter(u -> scope.unitId() == null || u.id() == scope.unitId())
                    .filter(u -> scope.tier() == null || u.tier() == scope.tier()).toList();
            ids = in.stream().map(UnitSummary::id).toList();
            tiers = tiersOf(in);
        }
        if (scope.procedureId() != null) procedure(scope.procedureId());
        return new FiguresQuery(ids, tiers, scope.field(), scope.procedureId(), period.from(), period.to());
    }

    private static Set<Tier> tiersOf(Collection<UnitSummary> in) {
        Set<Tier> tiers = EnumSet.noneOf(Tier.class);
        in.stream().filter(u -> u.kind() == UnitKind.DISTRICT_COMMITTEE || u.kind() == UnitKind.COMMUNE_COMMITTEE)
                .forEach(u -> tiers.add(u.tier()));
        return tiers;
    }

    private MetricValues values(FiguresQuery q, Totals totals, long online, long unused) {
        MetricValues v = MetricValues.of(totals);
        long[] c = figures.complaints(q);
        if (c != null) v.put(Metric.COMPLAINTS, c[0]).put(Metric.COMPLAINTS_ON_TIME, c[1]);
        v.put(Metric.PROCEDURES_ONLINE, online).put(Metric.PROCEDURES_ONLINE_USED, online - unused);
        return v;
    }

    /** A merged unit's figures join its successor's; summaries follow. */
    @EventListener
    void onUnitMerged(UnitMergedEvent event) {
        figures.moveAll(event.unitId(), event.successorId());
    }
}
