package vn.egov.console.architecture.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.egov.console.BrowserlessTestBase;
import vn.egov.console.DemoUsers;
import vn.egov.console.architecture.ArchitectureService;
import vn.egov.console.architecture.ArchitectureVersion;
import vn.egov.console.architecture.FundingSource;
import vn.egov.console.architecture.ProgressDraft;
import vn.egov.console.architecture.ProgressReport;
import vn.egov.console.architecture.RoadmapFilter;
import vn.egov.console.architecture.TaskDraft;
import vn.egov.console.architecture.TaskRow;
import vn.egov.console.architecture.TaskStatus;
import vn.egov.console.organization.UnitService;

/** ADMIN plans versions and tasks by hand; a unit head approves an officer's report before the DIC sees it. */
class RoadmapFormsTest extends BrowserlessTestBase {

    @Autowired
    ArchitectureService service;
    @Autowired
    UnitService units;

    @Test
    @WithUserDetails("admin")
    void theDicAddsATaskWithQuarterShortcutsAndItAppearsInTheTree() {
        RoadmapView view = navigate(RoadmapView.class);
        ArchitectureVersion v = view.version.getValue();
        test(view.newTask).click();
        TaskFormDialog form = find(TaskFormDialog.class).single();
        test(form.code).setValue("M-1");
        test(form.title).setValue("Nâng cấp trục liên thông LGSP");
        form.component.setValue(service.components().getFirst());
        form.leadUnit.setValue(units.findByCode(DemoUsers.SNV_CODE).orElseThrow());
        form.startPeriod.setValue(form.startPeriod.getListDataView().getItems()
                .filter(p -> p.label().equals("Q2/" + v.periodTo())).findFirst().orElseThrow());
        form.endPeriod.setValue(form.endPeriod.getListDataView().getItems()
                .filter(p -> p.label().equals(String.valueOf(v.periodTo()))).findFirst().orElseThrow());
        assertThat(form.start.getValue()).isEqualTo(LocalDate.of(v.periodTo(), 4, 1));
        assertThat(form.end.getValue()).isEqualTo(LocalDate.of(v.periodTo(), 12, 31));
        form.funding.setValue(FundingSource.PROVINCIAL_BUDGET);
        test(form.estimate).setValue("1.500.000.000");
        test(form.save).click();

        assertThat(form.isOpened()).isFalse();
        TaskRow created = view.rows.stream().filter(t -> t.code().equals("M-1")).findFirst().orElseThrow();
        assertThat(created.estimateVnd()).isEqualTo(1_500_000_000L);
        assertThat(created.plannedStart()).isEqualTo(LocalDate.of(v.periodTo(), 4, 1));
    }

    @Test
    @WithUserDetails("admin")
    void aDependencyCycleIsRefusedNamingTheCycleAndNothingChanges() {
        TaskRow a = task("CY-A", Set.of());
        TaskRow b = task("CY-B", Set.of(a.id()));
        TaskDetailView view = navigate("architecture/tasks/" + a.id(), TaskDetailView.class);
        test(view.edit).click();
        TaskFormDialog form = find(TaskFormDialog.class).single();
        form.prerequisites.setValue(form.prerequisites.getListDataView().getItems()
                .filter(t -> t.id() == b.id()).collect(java.util.stream.Collectors.toSet()));
        test(form.save).click();

        assertThat(form.isOpened()).isTrue();
        assertThat(form.error.getText()).contains("CY-A").contains("CY-B").startsWith("Phụ thuộc vòng tròn");
        assertThat(service.draftOf(a.id()).prerequisiteIds()).isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void theDicCreatesAndCorrectsADraftVersion() {
        RoadmapView view = navigate(RoadmapView.class);
        test(view.newVersion).click();
        VersionFormDialog form = find(VersionFormDialog.class).single();
        test(form.name).setValue("Kiến trúc thử 4.0");
        form.framework.setValue(service.frameworks().getLast());
        form.periodFrom.setValue(2031);
        form.periodTo.setValue(2030);
        test(form.save).click();
        assertThat(form.isOpened()).isTrue();
        assertThat(form.error.getText()).contains("2031").contains("2030");

        form.periodTo.setValue(2035);
        test(form.save).click();
        assertThat(form.isOpened()).isFalse();
        assertThat(view.version.getValue().name()).isEqualTo("Kiến trúc thử 4.0");

        test(view.editVersion).click();
        VersionFormDialog edit = find(VersionFormDialog.class).single();
        test(edit.decisionNumber).setValue(" 123/QĐ-UBND\u00A0");
        test(edit.save).click();
        assertThat(view.version.getValue().decisionNumber()).isEqualTo("123/QĐ-UBND");
    }

    @Test
    @WithUserDetails("giamdoc.snv")
    void theHeadApprovesAnOfficersReportFromTheApprovalQueue() {
        TaskRow t = task("HD-1", Set.of());
        ProgressReport filed = DemoUsers.OFFICER_SNV.call(() -> service.fileReport(t.id(),
                new ProgressDraft("2026-Q1", TaskStatus.IN_PROGRESS, 15, 0L, null, null)));
        VerificationView view = navigate(VerificationView.class);
        ProgressReport row = view.grid.getListDataView().getItems().filter(r -> r.id() == filed.id()).findFirst()
                .orElseThrow();
        view.approveAsHead(row);
        assertThat(view.grid.getListDataView().getItems().noneMatch(r -> r.id() == filed.id())).isTrue();
        assertThat(DemoUsers.ADMIN.call(() -> service.pendingReports(500))).extracting(ProgressReport::id)
                .contains(filed.id());
    }

    private TaskRow task(String code, Set<Long> prerequisites) {
        return DemoUsers.ADMIN.call(() -> {
            long snv = units.findByCode(DemoUsers.SNV_CODE).orElseThrow().id();
            long version = service.currentVersion().orElseThrow().id();
            long component = service.components().getFirst().id();
            service.createTask(version, new TaskDraft(code, "Nhiệm vụ thử " + code, component, null, null, snv,
                    Set.of(), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), FundingSource.PROVINCIAL_BUDGET,
                    null, 0L, null, TaskStatus.IN_PROGRESS, 10, prerequisites));
            return service.tasks(RoadmapFilter.of(version)).stream().filter(r -> r.code().equals(code)).findFirst()
                    .orElseThrow();
        });
    }
}
