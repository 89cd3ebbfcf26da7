package vn.egov.console.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.audit.AuditAction;
import vn.egov.console.audit.AuditEntry;
import vn.egov.console.audit.AuditTrail;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.error.NotFoundException;
import vn.egov.console.base.text.TextLimits;
import vn.egov.console.base.text.TextRule;
import vn.egov.console.organization.internal.Unit;
import vn.egov.console.organization.internal.UnitHistoryEntry;
import vn.egov.console.organization.internal.UnitHistoryRepository;
import vn.egov.console.organization.internal.UnitRepository;
import vn.egov.console.security.CurrentUser;

/**
 * Units (đơn vị) and reorganisation. Everyone reads within their scope; only ADMIN creates, edits, merges and
 * dissolves. Every change writes a history line in the same transaction.
 */
@Service
@Transactional
public class UnitService {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    static final int MAX_HEADCOUNT = 100_000;
    private static final TextRule CODE_TEXT = TextRule.line("unit.code", TextLimits.CODE)
            .messages("error.unit.codeRequired", TextRule.TOO_LONG);
    private static final TextRule NAME = TextRule.line("unit.name", TextLimits.NAME)
            .messages("error.unit.nameRequired", "error.unit.nameTooLong");

    private final UnitRepository units;
    private final UnitHistoryRepository history;
    private final UnitAccess access;
    private final CurrentUser currentUser;
    private final List<UnitDependents> dependents;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AuditTrail audit;
    private final UnitDirectory directory;

    UnitService(UnitRepository units, UnitHistoryRepository history, UnitAccess access, CurrentUser currentUser,
                List<UnitDependents> dependents, ApplicationEventPublisher events, Clock clock, AuditTrail audit,
                UnitDirectory directory) {
        this.audit = audit;
        this.directory = directory;
        this.units = units;
        this.history = history;
        this.access = access;
        this.currentUser = currentUser;
        this.dependents = dependents;
        this.events = events;
        this.clock = clock;
    }

    // ---- reading -------------------------------------------------------------------------------------------------

    /** Every unit the caller may see, including merged and dissolved ones (their history stays readable). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<UnitSummary> listVisible() {
        UnitScope scope = access.scope();
        List<UnitSummary> all = directory.all();
        return scope.wholeProvince() ? all : all.stream().filter(u -> scope.contains(u.id())).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<UnitSummary> listActive() {
        return listVisible().stream().filter(UnitSummary::isActive).toList();
    }

    /**
     * Active units the caller may record things for (figures, portals, requests): ADMIN every active unit, unit roles
     * their scope, leadership none (its accounts are read-only, as {@link UnitAccess#checkWritable} enforces).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<UnitSummary> listWritable() {
        if (currentUser.require().role() == vn.egov.console.security.Role.LEADER) return List.of();
        return listActive();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public UnitSummary get(long id) {
        access.checkReadable(id);
        return load(id).toSummary();
    }

    /** The unit with this code (mã định danh), if the caller may see it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Optional<UnitSummary> findByCode(String code) {
        return units.findByCodeIgnoreCase(vn.egov.console.base.text.CleanText.line(code))
                .filter(u -> access.scope().contains(u.getId()))
                .map(Unit::toSummary);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<UnitHistoryRow> history(long id) {
        access.checkReadable(id);
        return history.findByUnitIdOrderByAtDescIdDesc(id).stream().map(UnitHistoryEntry::toRow).toList();
    }

    /** Active units and headcount by tier and kind, within the caller's scope: the leadership overview's table. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TierKindCount> countByTierAndKind() {
        Map<String, long[]> totals = new LinkedHashMap<>();
        Map<String, UnitSummary> sample = new LinkedHashMap<>();
        listActive().stream()
                .sorted(Comparator.comparing(UnitSummary::tier).thenComparing(UnitSummary::kind))
                .forEach(u -> {
                    String key = u.tier() + "/" + u.kind();
                    sample.putIfAbsent(key, u);
                    long[] t = totals.computeIfAbsent(key, k -> new long[2]);
                    t[0]++;
                    t[1] += u.headcount();
                });
        List<TierKindCount> result = new ArrayList<>();
        totals.forEach((key, t) -> result.add(
                new TierKindCount(sample.get(key).tier(), sample.get(key).kind(), t[0], t[1])));
        return result;
    }

    // ---- changing ------------------------------------------------------------------------------------------------

    @PreAuthorize("hasRole('ADMIN')")
    public UnitSummary create(UnitDraft draft) {
        Valid valid = validate(draft, null);
        if (units.existsByCodeIgnoreCase(valid.code)) throw new BusinessException("error.unit.codeTaken", valid.code);
        Unit unit = units.save(new Unit(valid.code, valid.name, draft.tier(), draft.kind(), draft.parentId(),
                valid.headcount, draft.hasItOfficer(), clock.instant()));
        log(unit.getId(), "CREATED", valid.code + " · " + valid.name);
        audit.record(AuditEntry.of("organization", "unit", unit.getId(), unit.getName(), AuditAction.CREATED)
                .values(auditFields(unit)));
        return unit.toSummary();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public UnitSummary update(long id, long expectedVersion, UnitDraft draft) {
        Unit unit = load(id);
        if (unit.getVersion() != expectedVersion) throw new BusinessException("error.conflict");
        if (unit.getStatus() != UnitStatus.ACTIVE) throw new BusinessException("error.unit.notActive", unit.getName());
        Valid valid = validate(draft, id);
        if (units.existsByCodeIgnoreCaseAndIdNot(valid.code, id)) {
            throw new BusinessException("error.unit.codeTaken", valid.code);
        }
        String before = describe(unit);
        var auditBefore = auditFields(unit);
        String oldName = unit.getName();
        unit.change(valid.code, valid.name, draft.tier(), draft.kind(), draft.parentId(), valid.headcount,
                draft.hasItOfficer(), clock.instant());
        if (!oldName.equals(valid.name)) log(id, "RENAMED", oldName + " → " + valid.name);
        String after = describe(unit);
        if (!before.equals(after)) log(id, "UPDATED", before + " → " + after);
        audit.record(AuditEntry.of("organization", "unit", id, unit.getName(), AuditAction.UPDATED)
                .changes(auditBefore, auditFields(unit)));
        return flush(unit);
    }

    /**
     * Merges a unit into its successor: active children move under the successor, every feature moves the unit's
     * records (see {@link UnitMergedEvent}), and the unit stays readable as "merged" with its history.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public UnitSummary merge(long id, long successorId, String reason) {
        Unit unit = load(id);
        if (id == successorId) throw new BusinessException("error.unit.mergeIntoSelf");
        Unit successor = load(successorId);
        if (unit.getStatus() != UnitStatus.ACTIVE) throw new BusinessException("error.unit.notActive", unit.getName());
        if (successor.getStatus() != UnitStatus.ACTIVE) {
            throw new BusinessException("error.unit.successorInactive", successor.getName());
        }
        if (units.subtreeIds(id).contains(successorId)) {
            throw new BusinessException("error.unit.mergeIntoDescendant", successor.getName());
        }
        String why = requireReason(reason);
        var now = clock.instant();
        for (Unit child : units.findByParentIdAndStatus(id, UnitStatus.ACTIVE)) {
            child.moveUnder(successorId, now);
            log(child.getId(), "MOVED", unit.getName() + " → " + successor.getName());
            audit.record(AuditEntry.of("organization", "unit", child.getId(), child.getName(), AuditAction.MOVED)
                    .changed("parentId", id, successorId));
        }
        unit.end(UnitStatus.MERGED, successorId, LocalDate.now(clock), now);
        log(id, "MERGED", "→ " + successor.getCode() + " · " + successor.getName() + " — " + why);
        log(successorId, "RECEIVED", "← " + unit.getCode() + " · " + unit.getName() + " — " + why);
        audit.record(AuditEntry.of("organization", "unit", id, unit.getName(), AuditAction.MERGED)
                .changed("status", UnitStatus.ACTIVE, unit.getStatus()).changed("successorId", null, successorId)
                .note(why));
        events.publishEvent(new UnitMergedEvent(id, successorId));
        return flush(unit);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public UnitSummary dissolve(long id, String reason) {
        Unit unit = load(id);
        if (unit.getStatus() != UnitStatus.ACTIVE) throw new BusinessException("error.unit.notActive", unit.getName());
        String why = requireReason(reason);
        int children = units.findByParentIdAndStatus(id, UnitStatus.ACTIVE).size();
        if (children > 0) throw new BusinessException("error.unit.hasActiveChildren", unit.getName(), children);
        for (UnitDependents dependent : dependents) {
            long left = dependent.countActive(id);
            if (left > 0) throw new BusinessException("error.unit.hasDependents", unit.getName(), left, dependent.whatKey());
        }
        unit.end(UnitStatus.DISSOLVED, null, LocalDate.now(clock), clock.instant());
        log(id, "DISSOLVED", why);
        audit.record(AuditEntry.of("organization", "unit", id, unit.getName(), AuditAction.DISSOLVED)
                .changed("status", UnitStatus.ACTIVE, unit.getStatus()).note(why));
        return flush(unit);
    }

    // ---- rules ---------------------------------------------------------------------------------------------------

    private record Valid(String code, String name, int headcount) {
    }

    private Valid validate(UnitDraft draft, Long selfId) {
        String code = CODE_TEXT.clean(draft.code());
        if (!CODE.matcher(code).matches()) throw new BusinessException("error.unit.codeFormat", code);
        String name = NAME.clean(draft.name());
        if (draft.tier() == null) throw new BusinessException("error.unit.tierRequired");
        if (draft.kind() == null) throw new BusinessException("error.unit.kindRequired");
        int headcount = draft.headcount() == null ? 0 : draft.headcount();
        if (headcount < 0 || headcount > MAX_HEADCOUNT) {
            throw new BusinessException("error.unit.headcountRange", MAX_HEADCOUNT);
        }
        if (draft.parentId() == null) {
            if (draft.tier() != Tier.PROVINCE) throw new BusinessException("error.unit.parentRequired");
        } else {
            Unit parent = units.findById(draft.parentId())
                    .orElseThrow(() -> new NotFoundException("unit", draft.parentId()));
            if (parent.getStatus() != UnitStatus.ACTIVE) {
                throw new BusinessException("error.unit.parentInactive", parent.getName());
            }
            if (selfId != null && units.subtreeIds(selfId).contains(parent.getId())) {
                throw new BusinessException("error.unit.parentCycle", parent.getName());
            }
            if (draft.tier().ordinal() < parent.getTier().ordinal()) {
                throw new BusinessException("error.unit.tierAboveParent", parent.getName());
            }
        }
        return new Valid(code, name, headcount);
    }

    private String requireReason(String reason) {
        return TextRule.REASON.clean(reason);
    }

    private Unit load(long id) {
        return units.findById(id).orElseThrow(() -> new NotFoundException("unit", id));
    }

    private UnitSummary flush(Unit unit) {
        try {
            units.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new BusinessException("error.conflict");
        }
        return unit.toSummary();
    }

    private void log(long unitId, String event, String detail) {
        history.save(new UnitHistoryEntry(unitId, event, detail, currentUser.username(), clock.instant()));
    }

    private static Map<String, Object> auditFields(Unit u) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("code", u.getCode());
        fields.put("name", u.getName());
        fields.put("tier", u.getTier());
        fields.put("kind", u.getKind());
        fields.put("parentId", u.getParentId());
        fields.put("headcount", u.getHeadcount());
        fields.put("hasItOfficer", u.isHasItOfficer());
        return fields;
    }

    private static String describe(Unit u) {
        return String.join("; ", u.getCode(), u.getTier().name(), u.getKind().name(),
                "parent=" + Objects.toString(u.getParentId(), "-"), "headcount=" + u.getHeadcount(),
                "itOfficer=" + u.isHasItOfficer());
    }
}
