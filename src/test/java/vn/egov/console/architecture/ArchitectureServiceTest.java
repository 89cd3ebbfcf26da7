package vn.egov.console.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.egov.console.DemoUsers.ADMIN;
import static vn.egov.console.DemoUsers.HEAD_SNV;
import static vn.egov.console.DemoUsers.OFFICER_SNV;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.IntegrationTest;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.organization.UnitService;

/** Every rule of the roadmap, as ADMIN and the lead unit's users meet it. Each test rolls back. */
@IntegrationTest
@Transactional
class ArchitectureServiceTest {

    @Autowired
    ArchitectureService service;
    @Autowired
    UnitService units;
    @Autowired
    JdbcTemplate jdbc;

    Roadmaps fx;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fx = new Roadmaps(service, units);
        today = service.today();
    }

    @Test
    void versionsGoFromDraftToApprovedToSupersededWithOneApprovedAtATime() {
        ArchitectureVersion a = fx.draft(2026, 2030);
        ArchitectureVersion b = fx.draft(2031, 2035);
        assertThat(a.status()).isEqualTo(VersionStatus.DRAFT);
        assertThat(fx.approve(a, Map.of()).status()).isEqualTo(VersionStatus.APPROVED);
        fx.approve(b, Map.of());
        assertThat(ADMIN.call(() -> service.version(a.id())).status()).isEqualTo(VersionStatus.SUPERSEDED);
        assertThat(ADMIN.call(() -> service.versions()).stream().filter(v -> v.status() == VersionStatus.APPROVED))
                .extracting(ArchitectureVersion::id).containsExactly(b.id());
        expect(() -> ADMIN.call(() -> service.updateVersion(a.id(), service.version(a.id()).version(),
                new VersionDraft("x", a.frameworkId(), null, null, 2026, 2030))), "error.architecture.superseded");
        expect(() -> fx.approve(a, Map.of()), "error.architecture.notDraft");
    }

    @Test
    void versionInputIsChecked() {
        long framework = ADMIN.call(() -> service.frameworks().getFirst().id());
        expect(() -> ADMIN.call(() -> service.createVersion(new VersionDraft(" ", framework, null, null, 2021, 2025))),
                "error.architecture.versionNameRequired");
        expect(() -> ADMIN.call(() -> service.createVersion(new VersionDraft("V", null, null, null, 2021, 2025))),
                "error.architecture.frameworkRequired");
        expect(() -> ADMIN.call(() -> service.createVersion(new VersionDraft("V", framework, null, null, 2025, 2021))),
                "error.architecture.periodOrder");
    }

    @Test
    void badTaskInputGetsASpecificMessageAndNothingIsSaved() {
        ArchitectureVersion v = fx.draft(2026, 2030);
        long app = fx.component("APP");
        long snv = fx.snv();
        LocalDate s = LocalDate.of(2026, 1, 1);
        LocalDate e = LocalDate.of(2026, 12, 31);
        fx.task(v, "1.1", snv, s, e);
        expect(() -> create(v, Roadmaps.draft(" ", app, snv, s, e)), "error.architecture.codeRequired");
        expect(() -> create(v, Roadmaps.draft("1.1", app, snv, s, e)), "error.architecture.codeDuplicate");
        expect(() -> create(v, Roadmaps.draft("1.2", app, snv, e, s)), "error.architecture.endBeforeStart");
        expect(() -> create(v, withCoordinators(Roadmaps.draft("1.2", app, snv, s, e), Set.of(snv))),
                "error.architecture.coordinatorIsLead");
        expect(() -> create(v, withMoney(Roadmaps.draft("1.2", app, snv, s, e), -5L)),
                "error.architecture.moneyNegative");
        expect(() -> create(v, Roadmaps.draft("1.2", app, 987_654_321L, s, e)), "error.architecture.leadUnknown");
        long ward = fx.unit("000.04.40.H62");
        ADMIN.run(() -> units.merge(ward, fx.unit("000.00.40.H62"), "Sắp xếp đơn vị hành chính"));
        expect(() -> create(v, Roadmaps.draft("1.2", app, ward, s, e)), "error.architecture.leadInactive");
        assertThat(ADMIN.call(() -> service.tasks(RoadmapFilter.of(v.id())))).extracting(TaskRow::code)
                .containsExactly("1.1");
    }

    @Test
    void aDependencyCycleIsRefusedNamingTheCycleAndOtherVersionsAreOffLimits() {
        ArchitectureVersion v = fx.draft(2026, 2030);
        long snv = fx.snv();
        TaskRow a = fx.task(v, "A", snv, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
        TaskRow b = dependent(v, "B", a);
        TaskRow c = dependent(v, "C", b);
        TaskDraft aNeedsC = withPrerequisites(Roadmaps.edit(a), Set.of(c.id()));
        assertThatThrownBy(() -> ADMIN.call(() -> service.updateTask(a.id(), a.version(), aNeedsC)))
                .isInstanceOf(BusinessException.class).hasMessage("error.architecture.dependencyCycle")
                .satisfies(ex -> assertThat(((BusinessException) ex).arguments()).containsExactly("A → C → B → A"));
        ArchitectureVersion other = fx.draft(2031, 2035);
        TaskRow foreign = fx.task(other, "X", snv, LocalDate.of(2031, 1, 1), LocalDate.of(2031, 6, 30));
        expect(() -> ADMIN.call(() -> service.updateTask(a.id(), a.version(),
                withPrerequisites(Roadmaps.edit(a), Set.of(foreign.id())))), "error.architecture.dependencyOtherVersion");
        TaskDetail detail = ADMIN.call(() -> service.detail(b.id()));
        assertThat(detail.prerequisites()).extracting(TaskRow::code).containsExactly("A");
        assertThat(detail.successors()).extracting(TaskRow::code).containsExactly("C");
    }

    @Test
    void movingATaskNeverMovesItsSuccessorsAndDoneBeforeAPrerequisiteWarns() {
        ArchitectureVersion v = fx.draft(2026, 2030);
        TaskRow a = fx.task(v, "A", fx.snv(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
        TaskRow b = dependent(v, "B", a);
        TaskDraft later = Roadmaps.edit(a);
        later = new TaskDraft(later.code(), later.title(), later.componentId(), null, later.legalBasis(),
                later.leadUnitId(), Set.of(), later.plannedStart(), LocalDate.of(2026, 9, 30), later.funding(), null,
                0L, null, TaskStatus.IN_PROGRESS, 40, Set.of());
        TaskDraft moved = later;
        ADMIN.run(() -> service.updateTask(a.id(), a.version(), moved));
        TaskRow bAfter = ADMIN.call(() -> service.task(b.id()));
        assertThat(bAfter.plannedStart()).isEqualTo(b.plannedStart());
        assertThat(bAfter.plannedEnd()).isEqualTo(b.plannedEnd());

        TaskDraft done = withStatus(Roadmaps.edit(bAfter), TaskStatus.DONE, Set.of(a.id()));
        TaskSaved saved = ADMIN.call(() -> service.updateTask(b.id(), bAfter.version(), done));
        assertThat(saved.task().percent()).isEqualTo(100);
        assertThat(saved.warnings()).singleElement().satisfies(w -> {
            assertThat(w.key()).isEqualTo("warning.architecture.prerequisiteOpen");
            assertThat(w.args()).contains("A");
        });
    }

    @Test
    void aStaleEditIsRefused() {
        ArchitectureVersion v = fx.draft(2026, 2030);
        TaskRow a = fx.task(v, "A", fx.snv(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
        ADMIN.run(() -> service.updateTask(a.id(), a.version(), Roadmaps.edit(a)));
        expect(() -> ADMIN.call(() -> service.updateTask(a.id(), a.version(), Roadmaps.edit(a))), "error.conflict");
    }

    @Test
    void percentOfParentsAndComponentsIsComputedByEstimateElseByCount() {
        ArchitectureVersion v = fx.draft(2026, 2030);
        long snv = fx.snv();
        TaskRow parent = fx.task(v, "2", snv, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
        TaskRow small = child(v, "2.1", parent, 100_000_000L, 100);
        TaskRow big = child(v, "2.2", parent, 300_000_000L, 0);
        assertThat(ADMIN.call(() -> service.task(parent.id())).percent()).as("by estimate: 1/4 of the money done")
                .isEqualTo(25);
        TaskRow noEstimate = child(v, "2.3", parent, null, 50);
        assertThat(ADMIN.call(() -> service.task(parent.id())).percent()).as("by count: (100 + 0 + 50) / 3")
                .isEqualTo(50);
        ComponentProgress app = ADMIN.call(() -> service.progressByComponent(v.id())).stream()
                .filter(c -> c.component().code().equals("APP")).findFirst().orElseThrow();
        assertThat(app.percent()).isEqualTo(50);
        assertThat(app.estimateVnd()).isEqualTo(400_000_000L);
        assertThat(small.percent() + big.percent() + noEstimate.percent()).isEqualTo(150);
    }

    @Test
    void approvingFreezesTheBaselineAndReplanningShowsSlippage() {
        ArchitectureVersion v = fx.draft(2026, 2030);
        TaskRow a = fx.task(v, "A", fx.snv(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
        assertThat(a.baselineEnd()).isNull();
        fx.approve(v, Map.of());
        TaskRow frozen = ADMIN.call(() -> service.task(a.id()));
        assertThat(frozen.baselineEnd()).isEqualTo(LocalDate.of(2026, 6, 30));
        TaskDraft replanned = Roadmaps.edit(frozen);
        replanned = new TaskDraft(replanned.code(), replanned.title(), replanned.componentId(), null, null,
                replanned.leadUnitId(), Set.of(), replanned.plannedStart(), LocalDate.of(2026, 8, 29),
                replanned.funding(), null, 0L, null, TaskStatus.IN_PROGRESS, 10, Set.of());
        TaskDraft r = replanned;
        TaskRow after = ADMIN.call(() -> service.updateTask(a.id(), frozen.version(), r)).task();
        assertThat(after.baselineEnd()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(after.slippageDays()).isEqualTo(60);
    }

    @Test
    void overdueAndDueSoonFollowTheProvinceToday() {
        ArchitectureVersion v = fx.draft(2020, 2030);
        long snv = fx.snv();
        fx.task(v, "LATE", snv, today.minusDays(100), today.minusDays(1));
        fx.task(v, "TODAY", snv, today.minusDays(100), today);
        fx.task(v, "SOON", snv, today.minusDays(10), today.plusDays(30));
        fx.task(v, "LATER", snv, today.minusDays(10), today.plusDays(31));
        TaskRow done = fx.task(v, "DONE", snv, today.minusDays(100), today.minusDays(5));
        ADMIN.run(() -> service.updateTask(done.id(), done.version(), withStatus(Roadmaps.edit(done), TaskStatus.DONE, Set.of())));
        var filter = new RoadmapFilter(v.id(), null, null, null, true, false);
        assertThat(ADMIN.call(() -> service.tasks(filter))).extracting(TaskRow::code).containsExactly("LATE");
        var soon = new RoadmapFilter(v.id(), null, null, null, false, true);
        assertThat(ADMIN.call(() -> service.tasks(soon))).extracting(TaskRow::code).containsExactly("SOON", "TODAY");
    }

    @Test
    void progressIsFiledByTheLeadUnitVerifiedByTheDicAndKeptAsHistory() {
        ArchitectureVersion v = fx.draft(2026, 2030);
        TaskRow a = fx.task(v, "P", fx.snv(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        ProgressReport first = HEAD_SNV.call(() -> service.fileReport(a.id(),
                Roadmaps.report("2026-Q1", TaskStatus.IN_PROGRESS, 30, 50_000_000L,
                        Roadmaps.evidence("bao-cao-q1.pdf", Roadmaps.pdf()))));
        assertThat(first.verification()).isEqualTo(Verification.PENDING);
        assertThat(first.evidence().fileName()).isEqualTo("bao-cao-q1.pdf");
        assertThat(ADMIN.call(() -> service.task(a.id())).percent()).as("not before verification").isZero();
        expect(() -> HEAD_SNV.call(() -> service.fileReport(a.id(),
                Roadmaps.report("2026-Q1", TaskStatus.IN_PROGRESS, 35, 0, null))), "error.architecture.reportPending");

        expect(() -> ADMIN.call(() -> service.returnReport(first.id(), first.version(), " ")),
                "error.architecture.returnReasonRequired");
        ProgressReport returned = ADMIN.call(() -> service.returnReport(first.id(), first.version(),
                "Thiếu biên bản nghiệm thu"));
        assertThat(returned.verification()).isEqualTo(Verification.RETURNED);
        assertThat(returned.returnReason()).isEqualTo("Thiếu biên bản nghiệm thu");

        ProgressReport second = HEAD_SNV.call(() -> service.fileReport(a.id(),
                Roadmaps.report("2026-Q1", TaskStatus.IN_PROGRESS, 30, 50_000_000L, null)));
        TaskSaved accepted = ADMIN.call(() -> service.acceptReport(second.id(), second.version()));
        assertThat(accepted.task().percent()).isEqualTo(30);
        assertThat(accepted.task().disbursedVnd()).isEqualTo(50_000_000L);
        assertThat(accepted.task().status()).isEqualTo(TaskStatus.IN_PROGRESS);
        expect(() -> ADMIN.call(() -> service.acceptReport(second.id(), second.version() + 1)),
                "error.architecture.reportVerified");
        assertThat(HEAD_SNV.call(() -> service.reports(a.id()))).extracting(ProgressReport::verification)
                .containsExactly(Verification.ACCEPTED, Verification.RETURNED);
        assertThat(HEAD_SNV.call(() -> service.evidenceContent(first.id()))).isEqualTo(Roadmaps.pdf());
    }

    @Test
    void badReportsAndEvidenceAreRefusedWithNothingStored() {
        ArchitectureVersion v = fx.draft(2026, 2030);
        TaskRow a = fx.task(v, "E", fx.snv(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        Long before = jdbc.queryForObject("SELECT COUNT(*) FROM evidence_file", Long.class);
        fileExpecting(a, Roadmaps.evidence("trong.pdf", new byte[0]), "error.evidence.empty");
        fileExpecting(a, Roadmaps.evidence("gia.pdf", "MZ not a pdf".getBytes()), "error.evidence.typeMismatch");
        fileExpecting(a, Roadmaps.evidence("bang.xlsx", Roadmaps.zip("word/document.xml")), "error.evidence.typeMismatch");
        fileExpecting(a, Roadmaps.evidence("tailieu.exe", Roadmaps.pdf()), "error.evidence.typeNotAllowed");
        fileExpecting(a, Roadmaps.evidence("lon.pdf", big()), "error.evidence.tooLarge");
        expect(() -> OFFICER_SNV.call(() -> service.fileReport(a.id(),
                Roadmaps.report("quý 3", TaskStatus.IN_PROGRESS, 10, 0, null))), "error.architecture.periodFormat");
        expect(() -> OFFICER_SNV.call(() -> service.fileReport(a.id(),
                Roadmaps.report("2026-Q3", TaskStatus.IN_PROGRESS, 120, 0, null))), "error.architecture.percentRange");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM evidence_file", Long.class)).isEqualTo(before);
        assertThat(OFFICER_SNV.call(() -> service.reports(a.id()))).isEmpty();
        ProgressReport ok = OFFICER_SNV.call(() -> service.fileReport(a.id(), Roadmaps.report("2026-Q3",
                TaskStatus.IN_PROGRESS, 10, 0, Roadmaps.evidence("ke-hoach.docx", Roadmaps.zip("word/document.xml")))));
        assertThat(ok.evidence().type().name()).isEqualTo("DOCX");
    }

    @Test
    void approvingANewVersionCarriesOverOrCancelsEachOpenTaskInOneGo() {
        ArchitectureVersion v1 = fx.draft(2021, 2025);
        long snv = fx.snv();
        TaskRow keep = fx.task(v1, "K", snv, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31));
        TaskRow keepToo = dependent(v1, "K2", keep);
        TaskRow drop = fx.task(v1, "D", snv, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31));
        TaskRow done = fx.task(v1, "F", snv, LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31));
        ADMIN.run(() -> service.updateTask(done.id(), done.version(), withStatus(Roadmaps.edit(done), TaskStatus.DONE, Set.of())));
        fx.approve(v1, Map.of());
        ArchitectureVersion v2 = fx.draft(2026, 2030);

        CarryOverPlan plan = ADMIN.call(() -> service.carryOverPlan(v2.id()));
        assertThat(plan.supersededVersion().id()).isEqualTo(v1.id());
        assertThat(plan.items()).extracting(CarryOverItem::code).containsExactlyInAnyOrder("K", "K2", "D");
        expect(() -> ADMIN.call(() -> service.approve(v2.id(), v2.version(),
                Map.of(keep.id(), CarryDecision.CARRY_OVER))), "error.architecture.decisionMissing");
        assertThat(ADMIN.call(() -> service.version(v1.id())).status()).as("nothing applied halfway")
                .isEqualTo(VersionStatus.APPROVED);

        fx.approve(v2, Map.of(keep.id(), CarryDecision.CARRY_OVER, keepToo.id(), CarryDecision.CARRY_OVER,
                drop.id(), CarryDecision.CANCEL));
        assertThat(ADMIN.call(() -> service.task(keep.id())).status()).isEqualTo(TaskStatus.CARRIED_OVER);
        assertThat(ADMIN.call(() -> service.task(drop.id())).status()).isEqualTo(TaskStatus.CANCELLED);
        assertThat(ADMIN.call(() -> service.task(done.id())).status()).isEqualTo(TaskStatus.DONE);
        List<TaskRow> carried = ADMIN.call(() -> service.tasks(RoadmapFilter.of(v2.id())));
        assertThat(carried).extracting(TaskRow::code).containsExactly("K", "K2");
        TaskRow k = carried.getFirst();
        assertThat(k.carriedFromId()).isEqualTo(keep.id());
        assertThat(k.baselineEnd()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(ADMIN.call(() -> service.detail(carried.get(1).id())).prerequisites()).extracting(TaskRow::id)
                .containsExactly(k.id());
    }

    @Test
    void leadershipGetsTheProgressReportAsAPdfWithTheVietnameseFontEmbedded() {
        long current = vn.egov.console.DemoUsers.LEADER.call(() -> service.currentVersion().orElseThrow().id());
        byte[] pdf = vn.egov.console.DemoUsers.LEADER.call(() -> service.progressReportPdf(current, key -> key));
        String raw = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(raw).startsWith("%PDF-").contains("DejaVuSans");
        assertThat(pdf.length).isGreaterThan(10_000);
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private void fileExpecting(TaskRow t, vn.egov.console.base.evidence.EvidenceUpload ev, String key) {
        expect(() -> OFFICER_SNV.call(() -> service.fileReport(t.id(),
                Roadmaps.report("2026-Q2", TaskStatus.IN_PROGRESS, 20, 0, ev))), key);
    }

    private static byte[] big() {
        byte[] b = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(Roadmaps.pdf(), 0, b, 0, Roadmaps.pdf().length);
        return b;
    }

    private TaskSaved create(ArchitectureVersion v, TaskDraft d) {
        return ADMIN.call(() -> service.createTask(v.id(), d));
    }

    private TaskRow dependent(ArchitectureVersion v, String code, TaskRow prerequisite) {
        TaskDraft d = withPrerequisites(Roadmaps.draft(code, fx.component("APP"), prerequisite.leadUnitId(),
                prerequisite.plannedEnd().plusDays(1), prerequisite.plannedEnd().plusMonths(6)), Set.of(prerequisite.id()));
        return create(v, d).task();
    }

    private TaskRow child(ArchitectureVersion v, String code, TaskRow parent, Long estimate, int percent) {
        TaskDraft d = Roadmaps.draft(code, parent.componentId(), parent.leadUnitId(), parent.plannedStart(),
                parent.plannedEnd());
        return create(v, new TaskDraft(d.code(), d.title(), d.componentId(), parent.id(), null, d.leadUnitId(),
                Set.of(), d.plannedStart(), d.plannedEnd(), d.funding(), estimate, 0L, null,
                percent == 100 ? TaskStatus.DONE : TaskStatus.IN_PROGRESS, percent, Set.of())).task();
    }

    static TaskDraft withPrerequisites(TaskDraft d, Set<Long> prerequisites) {
        return new TaskDraft(d.code(), d.title(), d.componentId(), d.parentId(), d.legalBasis(), d.leadUnitId(),
                d.coordinatorIds(), d.plannedStart(), d.plannedEnd(), d.funding(), d.estimateVnd(), d.disbursedVnd(),
                d.deliverable(), d.status(), d.percentDone(), prerequisites);
    }

    static TaskDraft withCoordinators(TaskDraft d, Set<Long> coordinators) {
        return new TaskDraft(d.code(), d.title(), d.componentId(), d.parentId(), d.legalBasis(), d.leadUnitId(),
                coordinators, d.plannedStart(), d.plannedEnd(), d.funding(), d.estimateVnd(), d.disbursedVnd(),
                d.deliverable(), d.status(), d.percentDone(), d.prerequisiteIds());
    }

    private static TaskDraft withMoney(TaskDraft d, Long estimate) {
        return new TaskDraft(d.code(), d.title(), d.componentId(), d.parentId(), d.legalBasis(), d.leadUnitId(),
                d.coordinatorIds(), d.plannedStart(), d.plannedEnd(), d.funding(), estimate, d.disbursedVnd(),
                d.deliverable(), d.status(), d.percentDone(), d.prerequisiteIds());
    }

    private static TaskDraft withStatus(TaskDraft d, TaskStatus status, Set<Long> prerequisites) {
        return new TaskDraft(d.code(), d.title(), d.componentId(), d.parentId(), d.legalBasis(), d.leadUnitId(),
                d.coordinatorIds(), d.plannedStart(), d.plannedEnd(), d.funding(), d.estimateVnd(), d.disbursedVnd(),
                d.deliverable(), status, d.percentDone(), prerequisites);
    }

    private static void expect(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(BusinessException.class).hasMessage(key);
    }
}
