package vn.egov.console.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.console.DemoUsers.ADMIN;
import static vn.egov.console.DemoUsers.HEAD_SNV;
import static vn.egov.console.DemoUsers.HEAD_VINH_YEN;
import static vn.egov.console.DemoUsers.LEADER;
import static vn.egov.console.DemoUsers.OFFICER_SNV;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.DemoUsers;
import vn.egov.console.IntegrationTest;
import vn.egov.console.RoleMatrix;
import vn.egov.console.organization.UnitService;

/**
 * Every roadmap service method against every role: ADMIN, leadership, the head and the IT officer of the lead unit
 * (Sở Nội vụ), and the head of another unit (Vĩnh Yên) who coordinates one task and has nothing to do with the other.
 * "Allowed" means the call got past authorization (a business rule may still refuse it); "denied" is access denied.
 */
@IntegrationTest
@Transactional
class ArchitectureAuthorizationTest {

    private static final Set<DemoUsers> EVERYONE = EnumSet.allOf(DemoUsers.class);
    private static final Set<DemoUsers> ADMIN_ONLY = EnumSet.of(ADMIN);
    private static final Set<DemoUsers> SNV_READERS = EnumSet.of(ADMIN, LEADER, HEAD_SNV, OFFICER_SNV);
    private static final Set<DemoUsers> SNV_REPORTERS = EnumSet.of(HEAD_SNV, OFFICER_SNV);
    private static final Set<DemoUsers> HEADS = EnumSet.of(HEAD_SNV, HEAD_VINH_YEN);

    @Autowired
    ArchitectureService service;
    @Autowired
    UnitService units;

    ArchitectureVersion version;
    TaskRow snvTask;
    TaskRow coordinatedTask;
    ProgressReport snvReport;

    @BeforeEach
    void fixture() {
        Roadmaps fx = new Roadmaps(service, units);
        version = fx.draft(2026, 2030);
        snvTask = fx.task(version, "SNV-1", fx.snv(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        long vinhYen = fx.unit(DemoUsers.VINH_YEN_CODE);
        TaskDraft d = ArchitectureServiceTest.withCoordinators(Roadmaps.draft("STP-1", fx.component("LEGAL"), fx.stp(),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)), Set.of(vinhYen));
        coordinatedTask = ADMIN.call(() -> service.createTask(version.id(), d)).task();
        snvReport = OFFICER_SNV.call(() -> service.fileReport(snvTask.id(), Roadmaps.report("2026-Q1",
                TaskStatus.IN_PROGRESS, 10, 0, Roadmaps.evidence("bc.pdf", Roadmaps.pdf()))));
    }

    @Test
    void everyMethodAgainstEveryRole() {
        RoleMatrix matrix = new RoleMatrix();
        matrix.put("frameworks", EVERYONE, () -> service.frameworks());
        matrix.put("components", EVERYONE, () -> service.components());
        matrix.put("versions", EVERYONE, () -> service.versions());
        matrix.put("version", EVERYONE, () -> service.version(version.id()));
        matrix.put("currentVersion", EVERYONE, () -> service.currentVersion());
        matrix.put("tasks", EVERYONE, () -> service.tasks(RoadmapFilter.of(version.id())));
        matrix.put("tasks of SNV", SNV_READERS, () -> service.tasks(
                new RoadmapFilter(version.id(), null, snvTask.leadUnitId(), null, false, false)));
        matrix.put("myTasks", EVERYONE, () -> service.myTasks());
        matrix.put("progressByComponent", EVERYONE, () -> service.progressByComponent(version.id()));
        matrix.put("activeUnits", EVERYONE, () -> service.activeUnits());
        matrix.put("task SNV", SNV_READERS, () -> service.task(snvTask.id()));
        matrix.put("detail SNV", SNV_READERS, () -> service.detail(snvTask.id()));
        matrix.put("reports SNV", SNV_READERS, () -> service.reports(snvTask.id()));
        matrix.put("evidence SNV", SNV_READERS, () -> service.evidenceContent(snvReport.id()));
        matrix.put("mayReport SNV", SNV_READERS, () -> service.mayReport(snvTask.id()));
        matrix.put("detail coordinated", EnumSet.of(ADMIN, LEADER, HEAD_VINH_YEN),
                () -> service.detail(coordinatedTask.id()));
        matrix.put("fileReport SNV", SNV_REPORTERS, () -> service.fileReport(snvTask.id(),
                Roadmaps.report("2026-Q2", TaskStatus.IN_PROGRESS, 20, 0, null)));
        matrix.put("fileReport coordinated", EnumSet.noneOf(DemoUsers.class),
                () -> service.fileReport(coordinatedTask.id(), Roadmaps.report("2026-Q2", TaskStatus.IN_PROGRESS, 20, 0,
                        null)));
        matrix.put("createVersion", ADMIN_ONLY, () -> service.createVersion(
                new VersionDraft("V", version.frameworkId(), null, null, 2031, 2035)));
        matrix.put("updateVersion", ADMIN_ONLY, () -> service.updateVersion(version.id(), 0,
                new VersionDraft("V", version.frameworkId(), null, null, 2026, 2030)));
        matrix.put("carryOverPlan", ADMIN_ONLY, () -> service.carryOverPlan(version.id()));
        matrix.put("approve", ADMIN_ONLY, () -> service.approve(version.id(), -1, Map.of()));
        matrix.put("createTask", ADMIN_ONLY, () -> service.createTask(version.id(),
                Roadmaps.draft("", 0, 0, null, null)));
        matrix.put("updateTask SNV", ADMIN_ONLY, () -> service.updateTask(snvTask.id(), -1,
                Roadmaps.edit(snvTask)));
        matrix.put("awaitingMyApproval", HEADS, () -> service.awaitingMyApproval(10));
        matrix.put("countAwaitingMyApproval", HEADS, () -> service.countAwaitingMyApproval());
        matrix.put("canDecide", EVERYONE, () -> service.canDecide(snvReport));
        matrix.put("approveAsHead SNV", EnumSet.of(HEAD_SNV),
                () -> service.approveAsHead(snvReport.id(), -1));
        matrix.put("returnToOfficer SNV", EnumSet.of(HEAD_SNV),
                () -> service.returnToOfficer(snvReport.id(), -1, "Thiếu minh chứng"));
        matrix.put("pendingReports", ADMIN_ONLY, () -> service.pendingReports(10));
        matrix.put("countPendingReports", ADMIN_ONLY, () -> service.countPendingReports());
        matrix.put("acceptReport", ADMIN_ONLY, () -> service.acceptReport(snvReport.id(), -1));
        matrix.put("returnReport", ADMIN_ONLY, () -> service.returnReport(snvReport.id(), -1, "x"));
        matrix.put("remindDeadlines", ADMIN_ONLY, () -> service.remindDeadlines(LocalDate.of(2000, 1, 1)));

        matrix.assertEveryRole();
    }

    @Test
    void unitUsersSeeOnlyTheTasksTheirUnitLeadsOrCoordinates() {
        assertThat(HEAD_VINH_YEN.call(() -> service.tasks(RoadmapFilter.of(version.id())))).extracting(TaskRow::code)
                .containsExactly("STP-1");
        assertThat(HEAD_SNV.call(() -> service.tasks(RoadmapFilter.of(version.id())))).extracting(TaskRow::code)
                .containsExactly("SNV-1");
        assertThat(LEADER.call(() -> service.tasks(RoadmapFilter.of(version.id())))).extracting(TaskRow::code)
                .containsExactlyInAnyOrder("SNV-1", "STP-1");
        assertThat(HEAD_VINH_YEN.call(() -> service.myTasks())).extracting(TaskRow::code).contains("STP-1")
                .doesNotContain("SNV-1");
    }

    @Test
    void onlyTheHeadOverTheLeadUnitDecidesAnOfficersReportAndTheDicSeesItOnlyAfterwards() {
        assertThat(snvReport.approval().awaitingHead()).isTrue();
        assertThat(ADMIN.call(() -> service.pendingReports(500))).extracting(ProgressReport::id)
                .doesNotContain(snvReport.id());
        assertThat(HEAD_VINH_YEN.call(() -> service.awaitingMyApproval(500))).extracting(ProgressReport::id)
                .doesNotContain(snvReport.id());
        assertThat(HEAD_VINH_YEN.call(() -> service.canDecide(snvReport))).isFalse();
        assertThat(OFFICER_SNV.call(() -> service.canDecide(snvReport))).isFalse();
        assertThat(HEAD_SNV.call(() -> service.canDecide(snvReport))).isTrue();
        ProgressReport waiting = HEAD_SNV.call(() -> service.awaitingMyApproval(500)).stream()
                .filter(r -> r.id() == snvReport.id()).findFirst().orElseThrow();

        ProgressReport approved = HEAD_SNV.call(() -> service.approveAsHead(waiting.id(), waiting.version()));
        assertThat(approved.approval().approved()).isTrue();
        assertThat(approved.approval().by()).isEqualTo("giamdoc.snv");
        assertThat(HEAD_SNV.call(() -> service.awaitingMyApproval(500))).extracting(ProgressReport::id)
                .doesNotContain(snvReport.id());
        assertThat(ADMIN.call(() -> service.pendingReports(500))).extracting(ProgressReport::id)
                .contains(snvReport.id());
    }
}
