package vn.egov.console.index;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.approval.ApprovalStep;
import vn.egov.console.approval.UnitApproval;
import vn.egov.console.audit.AuditAction;
import vn.egov.console.audit.AuditEntry;
import vn.egov.console.audit.AuditTrail;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.error.NotFoundException;
import vn.egov.console.base.evidence.EvidenceFiles;
import vn.egov.console.base.evidence.EvidenceInfo;
import vn.egov.console.base.evidence.EvidenceUpload;
import vn.egov.console.base.text.TextLimits;
import vn.egov.console.base.text.TextRule;
import vn.egov.console.base.i18n.Messages;
import vn.egov.console.index.internal.IndexStore;
import vn.egov.console.index.internal.RankingPdf;
import vn.egov.console.index.internal.IndexStore.StoredValue;
import vn.egov.console.index.internal.IndexSubmission;
import vn.egov.console.index.internal.IndexSubmissionRepository;
import vn.egov.console.notification.Alert;
import vn.egov.console.organization.UnitAccess;
import vn.egov.console.organization.UnitScope;
import vn.egov.console.organization.UnitService;
import vn.egov.console.organization.UnitSummary;
import vn.egov.console.security.CurrentUser;

/**
 * The IT-application / digital-transformation index (issue 13): frameworks kept as data, yearly assessments whose
 * computed values are frozen at the snapshot, the units' self-assessment (an officer's goes to the unit head first),
 * the DIC's verification and publication, and the published rankings. Published assessments never change; a
 * correction is a new revision. ADMIN (the DIC) runs it; units self-assess their own; LEADER reads everything.
 */
@Service
@Transactional
public class IndexService {

    static final String FEATURE = "index";
    static final TextRule NAME = TextRule.line("index.framework.name", TextLimits.SUMMARY);
    static final TextRule ISSUER = TextRule.line("index.framework.issuer", TextLimits.NAME);
    static final TextRule CODE = TextRule.line("index.framework.code", TextLimits.CODE);
    static final TextRule NODE_NAME = TextRule.line("index.node.name", TextLimits.SUMMARY);
    static final TextRule DOC_NUMBER = TextRule.line("index.evidence.number", 100);
    static final TextRule SUMMARY = TextRule.block("index.evidence.summary", TextLimits.NOTE).optional();

    private final IndexStore store;
    private final IndexSubmissionRepository submissions;
    private final IndexFacts facts;
    private final UnitService units;
    private final UnitAccess access;
    private final UnitApproval approval;
    private final EvidenceFiles evidence;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Messages messages;

    IndexService(IndexStore store, IndexSubmissionRepository submissions, IndexFacts facts, UnitService units,
                 UnitAccess access, UnitApproval approval, EvidenceFiles evidence, AuditTrail audit,
                 CurrentUser currentUser, Clock clock, Messages messages) {
        this.messages = messages;
        this.store = store;
        this.submissions = submissions;
        this.facts = facts;
        this.units = units;
        this.access = access;
        this.approval = approval;
        this.evidence = evidence;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // ---- frameworks -------------------------------------------------------------------------------------------

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Framework> frameworks() {
        return store.frameworks();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Framework framework(long id) {
        return store.frameworks().stream().filter(f -> f.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("indexFramework", id));
    }

    /**
     * Stores a new framework after checking it whole: texts, categories, unique codes, parents before children,
     * each leaf's rule and source, and that no node's scored children promise more than the node's maximum.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Framework saveFramework(FrameworkDraft draft) {
        FrameworkDraft d = FrameworkValidation.check(draft, CODE, NAME, ISSUER, NODE_NAME);
        if (store.frameworkCodeExists(d.code())) throw new BusinessException("error.index.frameworkCodeTaken", d.code());
        long id = store.insertFramework(d, currentUser.username(), clock.instant());
        audit.record(AuditEntry.of(FEATURE, "framework", id, d.name(), AuditAction.CREATED)
                .changed("code", null, d.code()).changed("issuer", null, d.issuer())
                .changed("decisionNo", null, d.decisionNo()).changed("categories", null, d.categories())
                .changed("nodes", null, d.nodes().size()));
        return framework(id);
    }

    // ---- assessments ------------------------------------------------------------------------------------------

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Assessment> assessments() {
        return store.assessments();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Assessment assessment(long id) {
        return store.assessment(id).orElseThrow(() -> new NotFoundException("indexAssessment", id));
    }

    /** The assessment units work on now: the newest open one, if any. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Assessment> openAssessment() {
        return store.assessments().stream().filter(Assessment::isOpen).findFirst();
    }

    /**
     * The DIC opens a year: every active unit in the framework's categories gets a value per leaf indicator; the
     * computed ones are read from the records now and frozen (as of the snapshot date), the others wait for the unit.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Assessment openYear(long frameworkId, int year, LocalDate snapshot) {
        Framework framework = framework(frameworkId);
        if (snapshot == null) throw new BusinessException("error.index.snapshotRequired");
        if (year < framework.fromYear() || (framework.toYear() != null && year > framework.toYear())) {
            throw new BusinessException("error.index.yearOutsideFramework", String.valueOf(year), framework.name());
        }
        if (snapshot.getYear() < year || snapshot.isAfter(LocalDate.now(clock))) {
            throw new BusinessException("error.index.snapshotOutOfRange", snapshot, String.valueOf(year));
        }
        if (store.assessments().stream().anyMatch(a -> a.year() == year)) {
            throw new BusinessException("error.index.yearExists", String.valueOf(year));
        }
        Map<Long, Category> categories = categories(framework, units.listActive());
        if (categories.isEmpty()) throw new BusinessException("error.index.noUnits", framework.name());
        long id = store.insertAssessment(frameworkId, year, 1, snapshot, null, currentUser.username(), clock.instant());
        List<UnitSummary> ranked = units.listActive().stream().filter(u -> categories.containsKey(u.id())).toList();
        store.insertValues(id, Computation.open(framework, categories, facts.collect(ranked, year, snapshot)),
                currentUser.username(), clock.instant());
        audit.record(AuditEntry.of(FEATURE, "assessment", id, label(year, 1), AuditAction.CREATED)
                .changed("framework", null, framework.code()).changed("snapshotDate", null, snapshot)
                .changed("units", null, categories.size()));
        return assessment(id);
    }

    private static Map<Long, Category> categories(Framework framework, List<UnitSummary> active) {
        Map<Long, Category> out = new LinkedHashMap<>();
        for (UnitSummary u : active) {
            Category.of(u.kind()).filter(framework.categories()::contains).ifPresent(c -> out.put(u.id(), c));
        }
        return out;
    }

    /**
     * A correction after publication: a new revision of the same year starting from the published values; the
     * published one stays the ranking until the revision is published.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Assessment revise(long assessmentId, String reason) {
        String why = TextRule.REASON.clean(reason);
        Assessment published = assessment(assessmentId);
        if (published.status() != AssessmentStatus.PUBLISHED) {
            throw new BusinessException("error.index.reviseOnlyPublished", label(published.year(), published.revision()));
        }
        if (store.assessments().stream().anyMatch(a -> a.year() == published.year() && a.isOpen())) {
            throw new BusinessException("error.index.revisionOpen", String.valueOf(published.year()));
        }
        int revision = store.nextRevision(published.year());
        long id = store.insertAssessment(published.frameworkId(), published.year(), revision,
                published.snapshotDate(), why, currentUser.username(), clock.instant());
        store.copyValues(published.id(), id);
        audit.record(AuditEntry.of(FEATURE, "assessment", id, label(published.year(), revision), AuditAction.CREATED)
                .changed("revisionOf", null, published.revision()).note(why));
        return assessment(id);
    }

    /** Publishes an assessment once nothing handed in waits for verification; its scores never change after. */
    @PreAuthorize("hasRole('ADMIN')")
    public Assessment publish(long assessmentId, long expectedVersion) {
        Assessment a = store.assessmentForUpdate(assessmentId)
                .orElseThrow(() -> new NotFoundException("indexAssessment", assessmentId));
        checkOpen(a);
        long waiting = store.countStatus(assessmentId, ValueStatus.SUBMITTED);
        if (waiting > 0) throw new BusinessException("error.index.unverified", waiting);
        if (!store.setStatus(assessmentId, expectedVersion, AssessmentStatus.PUBLISHED, currentUser.username(),
                clock.instant())) {
            throw new BusinessException("error.conflict");
        }
        for (Assessment older : store.assessments()) {
            if (older.year() == a.year() && older.id() != a.id() && older.status() == AssessmentStatus.PUBLISHED) {
                store.setStatus(older.id(), older.version(), AssessmentStatus.SUPERSEDED, null, clock.instant());
                audit.record(AuditEntry.of(FEATURE, "assessment", older.id(), label(older.year(), older.revision()),
                        AuditAction.STATUS).changed("status", older.status(), AssessmentStatus.SUPERSEDED));
            }
        }
        audit.record(AuditEntry.of(FEATURE, "assessment", a.id(), label(a.year(), a.revision()), AuditAction.STATUS)
                .changed("status", a.status(), AssessmentStatus.PUBLISHED));
        return assessment(assessmentId);
    }

    // ---- a unit's values --------------------------------------------------------------------------------------

    /** The units in the caller's scope that an assessment ranks (the form's unit choice). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<UnitSummary> assessedUnits(long assessmentId) {
        UnitScope scope = access.scope();
        Set<Long> ids = new HashSet<>(store.unitIds(assessmentId));
        return units.listVisible().stream().filter(u -> ids.contains(u.id()) && scope.contains(u.id()))
                .sorted(Comparator.comparing(UnitSummary::name)).toList();
    }

    /** One unit's values in an assessment, in the framework's order; only within the caller's scope. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<IndicatorValue> unitValues(long assessmentId, long unitId) {
        access.checkReadable(unitId);
        Assessment a = assessment(assessmentId);
        UnitSummary unit = units.get(unitId);
        if (Category.of(unit.kind()).isEmpty()) throw new BusinessException("error.index.unitNoCategory", unit.name());
        Framework framework = framework(a.frameworkId());
        Map<Long, Node> nodes = framework.nodes().stream().collect(Collectors.toMap(Node::id, Function.identity()));
        Map<Long, Integer> order = new HashMap<>();
        for (int i = 0; i < framework.nodes().size(); i++) order.put(framework.nodes().get(i).id(), i);
        return store.values(assessmentId, unitId).stream()
                .sorted(Comparator.comparing(v -> order.getOrDefault(v.nodeId(), 0)))
                .map(v -> toValue(v, unit.name(), nodes.get(v.nodeId()))).toList();
    }

    /** Points per node (leaves and the groups above them) of one unit, for the drill-down and the form. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, Double> unitNodePoints(long assessmentId, long unitId) {
        access.checkReadable(unitId);
        Assessment a = assessment(assessmentId);
        Map<Long, Double> leaves = new HashMap<>();
        store.values(assessmentId, unitId).forEach(v -> leaves.put(v.nodeId(), v.points()));
        return Computation.rollUp(framework(a.frameworkId()), leaves);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] evidenceContent(long valueId) {
        StoredValue v = storedValue(valueId);
        access.checkReadable(v.unitId());
        if (v.evidenceId() == null) throw new NotFoundException("evidence", valueId);
        return evidence.content(v.evidenceId());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public SubmissionState submission(long assessmentId, long unitId) {
        access.checkReadable(unitId);
        return submissions.findByAssessmentIdAndUnitId(assessmentId, unitId)
                .map(s -> new SubmissionState(s.getSubmittedBy(), s.getSubmittedAt(), s.getApproval().toApproval()))
                .orElse(SubmissionState.NONE);
    }

    /**
     * A unit enters its value and evidence for an evidence-sourced indicator (draft until handed in). The evidence
     * needs a document number and date; a computed indicator takes no manual value.
     */
    @PreAuthorize("hasAnyRole('UNIT_HEAD','UNIT_OFFICER')")
    public IndicatorValue selfAssess(long valueId, long expectedVersion, SelfAssessment entry) {
        StoredValue v = storedValue(valueId);
        access.checkWritable(v.unitId());
        Assessment a = assessment(v.assessmentId());
        checkOpen(a);
        Node node = node(a, v.nodeId());
        if (node.source() == Source.METRIC) throw new BusinessException("error.index.computedNotManual", node.code());
        if (!v.status().editableByUnit()) {
            throw new BusinessException("error.index.notEditable", node.code(), v.status().translationKey());
        }
        Scoring.checkInput(node, entry.value());
        Long evidenceId = v.evidenceId();
        EvidenceUpload up = entry.evidence();
        if (up != null && up.content() != null) {
            String number = DOC_NUMBER.messages("error.index.evidenceNumberRequired", TextRule.TOO_LONG)
                    .clean(up.documentNumber());
            if (up.documentDate() == null) throw new BusinessException("error.index.evidenceDateRequired");
            if (up.documentDate().isAfter(LocalDate.now(clock))) {
                throw new BusinessException("error.index.evidenceDateFuture", up.documentDate());
            }
            evidenceId = evidence.store(new EvidenceUpload(number, up.documentDate(), SUMMARY.clean(up.summary()),
                    up.fileName(), up.content()), currentUser.username());
        } else if (evidenceId == null) {
            throw new BusinessException("error.index.evidenceRequired", node.code());
        }
        if (!store.updateValue(valueId, expectedVersion, entry.value(), evidenceId, 0, ValueStatus.DRAFT, null,
                currentUser.username(), clock.instant())) {
            throw new BusinessException("error.conflict");
        }
        audit.record(AuditEntry.of(FEATURE, "indicatorValue", valueId, unitLabel(v) + " · " + node.code(),
                AuditAction.UPDATED).changed("selfValue", v.selfValue(), entry.value())
                .changed("evidence", v.evidenceId(), evidenceId).changed("status", v.status(), ValueStatus.DRAFT));
        return toValue(storedValue(valueId), units.get(v.unitId()).name(), node);
    }

    /**
     * The unit hands in its drafts. An officer's goes to the unit head first; a head's (or an officer's in a unit
     * without a head account) goes straight to the DIC.
     */
    @PreAuthorize("hasAnyRole('UNIT_HEAD','UNIT_OFFICER')")
    public SubmissionState submit(long assessmentId, long unitId) {
        access.checkWritable(unitId);
        Assessment a = assessment(assessmentId);
        checkOpen(a);
        checkRanked(assessmentId, unitId);
        int moved = store.moveStatus(assessmentId, unitId, ValueStatus.DRAFT, ValueStatus.SUBMITTED,
                currentUser.username(), clock.instant());
        if (moved == 0) throw new BusinessException("error.index.nothingToSubmit");
        IndexSubmission s = submissions.findByAssessmentIdAndUnitId(assessmentId, unitId)
                .orElseGet(() -> IndexSubmission.of(assessmentId, unitId));
        s.handIn(approval.start(unitId), currentUser.username(), clock.instant());
        submissions.save(s);
        if (s.getApproval().step() == ApprovalStep.AWAITING_HEAD) {
            approval.tellHeads(unitId, Alert.of("index-submission-" + assessmentId + "-" + unitId,
                    "index.alert.awaitingHead.title", "index.alert.awaitingHead.body", "index/form",
                    units.get(unitId).name(), String.valueOf(a.year())));
        }
        audit.record(AuditEntry.of(FEATURE, "submission", s.getId(), units.get(unitId).name() + " · " + a.year(),
                AuditAction.STATUS).changed("indicators", null, moved)
                .changed("approvalStep", null, s.getApproval().step()));
        return submission(assessmentId, unitId);
    }

    /** The unit head approves an officer's self-assessment: it goes on to the DIC. */
    @PreAuthorize("hasRole('UNIT_HEAD')")
    public SubmissionState approveSubmission(long assessmentId, long unitId) {
        IndexSubmission s = awaitingSubmission(assessmentId, unitId);
        approval.approve(s.getApproval(), unitId);
        audit.record(AuditEntry.of(FEATURE, "submission", s.getId(), units.get(unitId).name(), AuditAction.STATUS)
                .changed("approvalStep", ApprovalStep.AWAITING_HEAD, ApprovalStep.APPROVED));
        return submission(assessmentId, unitId);
    }

    /** The unit head returns it with a reason: its indicators are drafts again. */
    @PreAuthorize("hasRole('UNIT_HEAD')")
    public SubmissionState returnSubmission(long assessmentId, long unitId, String reason) {
        IndexSubmission s = awaitingSubmission(assessmentId, unitId);
        String why = approval.giveBack(s.getApproval(), unitId, reason);
        store.moveStatus(assessmentId, unitId, ValueStatus.SUBMITTED, ValueStatus.DRAFT, currentUser.username(),
                clock.instant());
        audit.record(AuditEntry.of(FEATURE, "submission", s.getId(), units.get(unitId).name(), AuditAction.STATUS)
                .changed("approvalStep", ApprovalStep.AWAITING_HEAD, ApprovalStep.RETURNED).note(why));
        return submission(assessmentId, unitId);
    }

    private IndexSubmission awaitingSubmission(long assessmentId, long unitId) {
        access.checkReadable(unitId);
        checkOpen(assessment(assessmentId));
        return submissions.findByAssessmentIdAndUnitId(assessmentId, unitId)
                .orElseThrow(() -> new BusinessException("error.index.nothingToSubmit"));
    }

    /** The DIC accepts a handed-in indicator: its self-assessed value is scored by the rule. */
    @PreAuthorize("hasRole('ADMIN')")
    public IndicatorValue accept(long valueId, long expectedVersion) {
        StoredValue v = storedValue(valueId);
        Assessment a = assessment(v.assessmentId());
        checkOpen(a);
        Node node = node(a, v.nodeId());
        if (v.status() != ValueStatus.SUBMITTED) {
            throw new BusinessException("error.index.notSubmitted", node.code(), v.status().translationKey());
        }
        checkHeadApproved(v);
        double points = Scoring.points(node, v.selfValue());
        if (!store.updateValue(valueId, expectedVersion, v.selfValue(), v.evidenceId(), points, ValueStatus.ACCEPTED,
                null, currentUser.username(), clock.instant())) {
            throw new BusinessException("error.conflict");
        }
        audit.record(AuditEntry.of(FEATURE, "indicatorValue", valueId, unitLabel(v) + " · " + node.code(),
                AuditAction.STATUS).changed("status", v.status(), ValueStatus.ACCEPTED)
                .changed("points", v.points(), points));
        return toValue(storedValue(valueId), units.get(v.unitId()).name(), node);
    }

    /**
     * The DIC sets an indicator's points with a reason the unit reads: a handed-in one it does not accept as
     * declared, or a computed one whose records it knows to be wrong.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public IndicatorValue adjust(long valueId, long expectedVersion, double points, String reason) {
        StoredValue v = storedValue(valueId);
        Assessment a = assessment(v.assessmentId());
        checkOpen(a);
        Node node = node(a, v.nodeId());
        String why = TextRule.REASON.messages("error.index.adjustReasonRequired", TextRule.TOO_LONG).clean(reason);
        if (Double.isNaN(points) || points < 0) throw new BusinessException("error.index.valueNegative", node.code());
        if (points > node.maxPoints()) {
            throw new BusinessException("error.index.pointsAboveMax", node.code(), points, node.maxPoints());
        }
        if (v.status() == ValueStatus.PENDING || v.status() == ValueStatus.DRAFT) {
            throw new BusinessException("error.index.notSubmitted", node.code(), v.status().translationKey());
        }
        if (v.status() == ValueStatus.SUBMITTED) checkHeadApproved(v);
        double rounded = Scoring.round(points);
        if (!store.updateValue(valueId, expectedVersion, v.selfValue(), v.evidenceId(), rounded, ValueStatus.ADJUSTED,
                why, currentUser.username(), clock.instant())) {
            throw new BusinessException("error.conflict");
        }
        audit.record(AuditEntry.of(FEATURE, "indicatorValue", valueId, unitLabel(v) + " · " + node.code(),
                AuditAction.UPDATED).changed("status", v.status(), ValueStatus.ADJUSTED)
                .changed("points", v.points(), rounded).note(why));
        return toValue(storedValue(valueId), units.get(v.unitId()).name(), node);
    }

    private void checkHeadApproved(StoredValue v) {
        submissions.findByAssessmentIdAndUnitId(v.assessmentId(), v.unitId())
                .ifPresent(s -> approval.checkApproved(s.getApproval()));
    }

    // ---- queues -----------------------------------------------------------------------------------------------

    /** Units of open assessments with handed-in indicators their head approved: the DIC's verification queue. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<UnitPending> verificationQueue() {
        List<UnitPending> out = new ArrayList<>();
        for (Assessment a : store.assessments()) {
            if (!a.isOpen()) continue;
            store.submittedByUnit(a.id()).forEach((unitId, count) -> {
                var s = submissions.findByAssessmentIdAndUnitId(a.id(), unitId);
                if (s.isPresent() && s.get().getApproval().step() != ApprovalStep.APPROVED) return;
                out.add(new UnitPending(a.id(), a.year(), unitId, units.get(unitId).name(), count,
                        s.map(IndexSubmission::getSubmittedBy).orElse(null),
                        s.map(IndexSubmission::getSubmittedAt).orElse(a.openedAt())));
            });
        }
        out.sort(Comparator.comparing(UnitPending::since));
        return out;
    }

    /** Officers' self-assessments waiting for the caller, a unit head. */
    @PreAuthorize("hasRole('UNIT_HEAD')")
    @Transactional(readOnly = true)
    public List<UnitPending> awaitingMyApproval() {
        Set<Long> mine = approval.decidedUnits();
        if (mine.isEmpty()) return List.of();
        List<UnitPending> out = new ArrayList<>();
        for (IndexSubmission s : submissions.findByApprovalStepAndUnitIdInOrderBySubmittedAt(ApprovalStep.AWAITING_HEAD,
                mine)) {
            Assessment a = assessment(s.getAssessmentId());
            if (!a.isOpen()) continue;
            out.add(new UnitPending(a.id(), a.year(), s.getUnitId(), units.get(s.getUnitId()).name(),
                    store.submittedByUnit(a.id()).getOrDefault(s.getUnitId(), 0L), s.getSubmittedBy(),
                    s.getSubmittedAt()));
        }
        return out;
    }

    // ---- rankings ---------------------------------------------------------------------------------------------

    /**
     * Which assessments are published, as one string: it changes when a year or a revision is published (published
     * scores themselves never change), so a view may reuse what it drew from them while the stamp stays the same.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String publicationStamp() {
        return store.assessments().stream().filter(a -> a.status() == AssessmentStatus.PUBLISHED)
                .map(a -> Long.toString(a.id())).sorted().collect(java.util.stream.Collectors.joining(","));
    }

    /** Years with a published ranking, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Integer> publishedYears() {
        return store.assessments().stream().filter(a -> a.status() == AssessmentStatus.PUBLISHED)
                .map(Assessment::year).distinct().sorted(Comparator.reverseOrder()).toList();
    }

    /**
     * The published ranking of a category and year: total and per-group points, rank (ties share a rank) and the
     * change against the previous year's published ranking. Published rankings are public within the province.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Ranking ranking(int year, Category category) {
        Optional<Assessment> published = published(year);
        if (published.isEmpty()) return Ranking.empty(category);
        Assessment a = published.get();
        Framework framework = framework(a.frameworkId());
        Map<Long, UnitTotals> current = totals(a, framework, category);
        Map<Long, UnitTotals> previous = published(year - 1)
                .map(p -> totals(p, framework(p.frameworkId()), category)).orElse(Map.of());
        Map<Long, String> names = new HashMap<>();
        units.listVisible().forEach(u -> names.put(u.id(), u.name()));
        List<Node> groups = framework.groups().stream().filter(Node::scored).toList();
        List<UnitScore> rows = new ArrayList<>();
        current.forEach((unitId, t) -> {
            UnitTotals prev = previous.get(unitId);
            rows.add(new UnitScore(unitId, names.getOrDefault(unitId, "#" + unitId), category, t.total,
                    groups.stream().map(g -> t.nodes.getOrDefault(g.id(), 0.0)).toList(), t.rank,
                    prev == null ? null : prev.rank, prev == null ? null : prev.total));
        });
        rows.sort(Comparator.comparingInt(UnitScore::rank).thenComparing(UnitScore::unitName));
        return new Ranking(a, category, groups, rows);
    }

    /** A lagging unit scores below this share of a group's maximum. */
    static final double LAGGING_SHARE = 0.5;

    /** The leadership scorecard over the published rankings (see {@link Scorecard}). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Scorecard scorecard(int years) {
        List<Integer> published = publishedYears();
        if (published.isEmpty()) return new Scorecard(null, List.of());
        int latest = published.getFirst();
        List<Scorecard.CategoryCard> cards = new ArrayList<>();
        Map<Integer, Map<Category, Ranking>> byYear = new HashMap<>();
        for (int y : published.stream().limit(years).toList()) {
            Map<Category, Ranking> rankings = new java.util.EnumMap<>(Category.class);
            for (Category c : Category.values()) rankings.put(c, ranking(y, c));
            byYear.put(y, rankings);
        }
        for (Category c : Category.values()) {
            Ranking r = byYear.get(latest).get(c);
            if (r.units().isEmpty()) continue;
            List<UnitScore> units = r.units();
            List<Scorecard.Lagging> lagging = new ArrayList<>();
            for (UnitScore u : units) {
                List<Integer> weak = new ArrayList<>();
                for (int i = 0; i < r.groups().size(); i++) {
                    double max = r.groups().get(i).maxPoints();
                    if (max > 0 && u.groupPoints().get(i) < LAGGING_SHARE * max) weak.add(i);
                }
                if (weak.size() >= 2) lagging.add(new Scorecard.Lagging(u, weak));
            }
            lagging.sort(Comparator.comparingInt((Scorecard.Lagging l) -> -l.groupIndexes().size())
                    .thenComparingDouble(l -> l.unit().total()));
            List<Scorecard.YearAverage> trend = new ArrayList<>();
            byYear.keySet().stream().sorted().forEach(y -> {
                Ranking yr = byYear.get(y).get(c);
                if (yr.units().isEmpty()) return;
                double max = yr.groups().stream().mapToDouble(Node::maxPoints).sum();
                double avg = yr.units().stream().mapToDouble(UnitScore::total).average().orElse(0);
                trend.add(new Scorecard.YearAverage(y, max == 0 ? 0 : avg / max, yr.units().size()));
            });
            cards.add(new Scorecard.CategoryCard(c, r.assessment().id(), r.groups(),
                    units.subList(0, Math.min(5, units.size())),
                    units.subList(Math.max(0, units.size() - 5), units.size()).reversed(), lagging, trend));
        }
        return new Scorecard(latest, cards);
    }

    /** The published ranking as the PDF annex of the publishing decision, in the reader's language. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] rankingPdf(int year, Category category, Locale locale) {
        return RankingPdf.render(ranking(year, category), year, locale, (key, args) -> messages.get(locale, key, args));
    }

    private Optional<Assessment> published(int year) {
        return store.assessments().stream()
                .filter(x -> x.year() == year && x.status() == AssessmentStatus.PUBLISHED).findFirst();
    }

    private static final class UnitTotals {
        final Map<Long, Double> nodes;
        final double total;
        int rank;

        UnitTotals(Map<Long, Double> nodes, double total) {
            this.nodes = nodes;
            this.total = total;
        }
    }

    private Map<Long, UnitTotals> totals(Assessment a, Framework framework, Category category) {
        Map<Long, Map<Long, Double>> leaves = new HashMap<>();
        store.points(a.id(), (unitId, c, nodeId, points) -> {
            if (c == category) leaves.computeIfAbsent(unitId, k -> new HashMap<>()).put(nodeId, points);
        });
        Map<Long, UnitTotals> out = new HashMap<>();
        leaves.forEach((unitId, points) -> {
            Map<Long, Double> rolled = Computation.rollUp(framework, points);
            out.put(unitId, new UnitTotals(rolled, Computation.total(framework, rolled)));
        });
        List<UnitTotals> ordered = out.values().stream()
                .sorted(Comparator.comparingDouble((UnitTotals t) -> t.total).reversed()).toList();
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).rank = i > 0 && ordered.get(i).total == ordered.get(i - 1).total
                    ? ordered.get(i - 1).rank : i + 1;
        }
        return out;
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private StoredValue storedValue(long valueId) {
        return store.value(valueId).orElseThrow(() -> new NotFoundException("indexValue", valueId));
    }

    private Node node(Assessment a, long nodeId) {
        return framework(a.frameworkId()).nodes().stream().filter(n -> n.id() == nodeId).findFirst().orElseThrow();
    }

    private void checkRanked(long assessmentId, long unitId) {
        UnitSummary unit = units.get(unitId);
        if (Category.of(unit.kind()).isEmpty()) throw new BusinessException("error.index.unitNoCategory", unit.name());
        if (store.values(assessmentId, unitId).isEmpty()) {
            throw new BusinessException("error.index.unitNotAssessed", unit.name());
        }
    }

    private static void checkOpen(Assessment a) {
        if (!a.isOpen()) throw new BusinessException("error.index.published", label(a.year(), a.revision()));
    }

    private String unitLabel(StoredValue v) {
        return units.get(v.unitId()).name();
    }

    static String label(int year, int revision) {
        return revision == 1 ? Integer.toString(year) : year + " (" + revision + ")";
    }

    private IndicatorValue toValue(StoredValue v, String unitName, Node node) {
        EvidenceInfo info = v.evidenceId() == null ? null : evidence.info(v.evidenceId());
        return new IndicatorValue(v.id(), v.assessmentId(), v.unitId(), unitName, node, v.category(),
                v.computedValue(), v.selfValue(), info, v.points(), v.status(), v.reason(), v.updatedBy(),
                v.version());
    }

    /** The caller may change things in this unit's assessment (for the form's buttons). */
    @PreAuthorize("isAuthenticated()")
    public boolean maySelfAssess(long unitId) {
        try {
            access.checkWritable(unitId);
            return !currentUser.require().isAdmin();
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    @PreAuthorize("isAuthenticated()")
    public boolean isAdmin() {
        return currentUser.require().isAdmin();
    }

    @PreAuthorize("isAuthenticated()")
    public boolean canDecide(long unitId) {
        return approval.canDecide(unitId);
    }

    static Locale vi() {
        return Locale.forLanguageTag("vi");
    }
}
