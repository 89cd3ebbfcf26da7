package vn.egov.console.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.egov.console.DemoUsers.ADMIN;
import static vn.egov.console.DemoUsers.HEAD_SNV;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.DemoUsers;
import vn.egov.console.IntegrationTest;
import vn.egov.console.audit.AuditAction;
import vn.egov.console.audit.AuditRow;
import vn.egov.console.audit.AuditService;
import vn.egov.console.audit.FieldChange;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.tabular.ImportResult;
import vn.egov.console.organization.UnitService;

/** Every roadmap write leaves a line in the audit trail, in the same transaction as the write. */
@IntegrationTest
@Transactional
class ArchitectureAuditTest {

    @Autowired
    ArchitectureService service;
    @Autowired
    UnitService units;
    @Autowired
    AuditService audit;

    @Test
    void replanningATaskRecordsTheDatesBeforeAndAfter() {
        Roadmaps fx = new Roadmaps(service, units);
        ArchitectureVersion v = fx.draft(2026, 2030);
        TaskRow t = fx.task(v, "A-1", fx.snv(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
        assertThat(latest(ArchitectureService.TASK, t.id()).action()).isEqualTo(AuditAction.CREATED);

        TaskDraft moved = Roadmaps.edit(t);
        ADMIN.run(() -> service.updateTask(t.id(), t.version(), new TaskDraft(moved.code(), moved.title(),
                moved.componentId(), moved.parentId(), moved.legalBasis(), moved.leadUnitId(), moved.coordinatorIds(),
                moved.plannedStart(), LocalDate.of(2026, 9, 30), moved.funding(), moved.estimateVnd(),
                moved.disbursedVnd(), moved.deliverable(), moved.status(), moved.percentDone(), Set.of())));

        AuditRow entry = latest(ArchitectureService.TASK, t.id());
        assertThat(entry.feature()).isEqualTo("architecture");
        assertThat(entry.actor()).isEqualTo("admin");
        assertThat(entry.label()).isEqualTo("A-1 · Nhiệm vụ A-1");
        assertThat(entry.action()).isEqualTo(AuditAction.UPDATED);
        assertThat(entry.changes()).as("only what changed")
                .containsExactly(new FieldChange("plannedEnd", "2026-06-30", "2026-09-30"));
    }

    @Test
    void aRefusedWriteLeavesNoLine() {
        Roadmaps fx = new Roadmaps(service, units);
        ArchitectureVersion v = fx.draft(2026, 2030);
        TaskRow a = fx.task(v, "C-1", fx.snv(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
        TaskRow b = fx.task(v, "C-2", fx.snv(), LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));
        ADMIN.run(() -> service.updateTask(b.id(), b.version(), withPrerequisites(Roadmaps.edit(b), a.id())));
        int before = history(ArchitectureService.TASK, a.id()).size();

        assertThatThrownBy(() -> ADMIN.run(() -> service.updateTask(a.id(), a.version(),
                withPrerequisites(Roadmaps.edit(a), b.id()))))
                .isInstanceOf(BusinessException.class).hasMessageContaining("dependencyCycle");
        assertThat(history(ArchitectureService.TASK, a.id())).hasSize(before);
    }

    @Test
    void filingVerifyingAndApprovingAreRecorded() {
        Roadmaps fx = new Roadmaps(service, units);
        ArchitectureVersion v = fx.draft(2026, 2030);
        TaskRow t = fx.task(v, "R-1", fx.snv(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        ProgressReport r = HEAD_SNV.call(() -> service.fileReport(t.id(), Roadmaps.report("2026-Q1",
                TaskStatus.IN_PROGRESS, 40, 1_000_000, Roadmaps.evidence("bc.pdf", Roadmaps.pdf()))));
        AuditRow filed = latest(ArchitectureService.REPORT, r.id());
        assertThat(filed.actor()).isEqualTo("giamdoc.snv");
        assertThat(filed.action()).isEqualTo(AuditAction.CREATED);
        assertThat(filed.changes()).contains(new FieldChange("percentDone", null, "40"),
                new FieldChange("evidence", null, "bc.pdf"));

        ADMIN.run(() -> service.acceptReport(r.id(), service.reports(t.id()).getFirst().version()));
        assertThat(latest(ArchitectureService.REPORT, r.id()).action()).isEqualTo(AuditAction.APPROVED);
        assertThat(latest(ArchitectureService.TASK, t.id()).changes())
                .contains(new FieldChange("percentDone", "0", "40"), new FieldChange("status", "NOT_STARTED",
                        "IN_PROGRESS"));

        fx.approve(v, Map.of());
        assertThat(latest(ArchitectureService.VERSION, v.id()).changes())
                .containsExactly(new FieldChange("status", "DRAFT", "APPROVED"));
    }

    @Test
    void anAnnexImportRecordsTheImportAndEachTask() {
        Roadmaps fx = new Roadmaps(service, units);
        ArchitectureVersion v = fx.draft(2026, 2030);
        String csv = "Mã nhiệm vụ;Tên nhiệm vụ;Thành phần;Đơn vị chủ trì;Bắt đầu;Kết thúc\n"
                + "I-1;Nhiệm vụ nhập;APP;" + DemoUsers.SNV_CODE + ";01/01/2026;30/06/2026\n";
        ImportResult result = ADMIN.call(() -> service.importAnnex(v.id(),
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), 1_000_000));
        assertThat(result.errors()).isEmpty();
        AuditRow imported = latest(ArchitectureService.VERSION, v.id());
        assertThat(imported.action()).isEqualTo(AuditAction.IMPORTED);
        assertThat(imported.changes()).contains(new FieldChange("created", null, "1"));
    }

    private static TaskDraft withPrerequisites(TaskDraft d, long... ids) {
        java.util.Set<Long> set = new java.util.HashSet<>();
        for (long id : ids) set.add(id);
        return new TaskDraft(d.code(), d.title(), d.componentId(), d.parentId(), d.legalBasis(), d.leadUnitId(),
                d.coordinatorIds(), d.plannedStart(), d.plannedEnd(), d.funding(), d.estimateVnd(), d.disbursedVnd(),
                d.deliverable(), d.status(), d.percentDone(), set);
    }

    private List<AuditRow> history(String type, long id) {
        return ADMIN.call(() -> audit.history(type, id));
    }

    private AuditRow latest(String type, long id) {
        return history(type, id).getFirst();
    }
}
