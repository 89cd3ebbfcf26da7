package vn.egov.console.architecture.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
import vn.egov.console.architecture.ProgressReport;
import vn.egov.console.architecture.TaskDraft;
import vn.egov.console.architecture.TaskRow;
import vn.egov.console.architecture.TaskStatus;
import vn.egov.console.architecture.Verification;
import vn.egov.console.architecture.VersionStatus;
import vn.egov.console.organization.UnitService;

/** The roadmap screens as their users work them: a unit files a report, the DIC verifies it, a new version is approved. */
class ArchitectureViewsTest extends BrowserlessTestBase {

    @Autowired
    ArchitectureService service;
    @Autowired
    UnitService units;

    @Test
    @WithUserDetails("canbo.snv")
    void theLeadUnitFilesAReportWithEvidenceFromTheTaskPage() {
        TaskRow task = snvTask("BL-1");
        TaskDetailView view = navigate("architecture/tasks/" + task.id(), TaskDetailView.class);
        assertThat(view.report.isAttached()).isTrue();
        test(view.report).click();
        ReportDialog dialog = find(ReportDialog.class).single();
        dialog.percent.setValue(45);
        test(dialog.disbursed).setValue("12.500.000");
        test(dialog.blockers).setValue("Chờ thẩm định giá thiết bị");
        dialog.accept("anh-chup.pdf", "not really a pdf".getBytes(StandardCharsets.UTF_8));
        test(dialog.save).click();
        assertThat(dialog.error.getText()).isEqualTo(
                "Nội dung tệp \"anh-chup.pdf\" không phải là tệp PDF như phần mở rộng cho biết; tệp có thể bị đổi tên hoặc hỏng.");
        assertThat(dialog.isOpened()).isTrue();

        dialog.accept("bien-ban.pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        test(dialog.documentNumber).setValue("45/BB-SNV");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        ProgressReport filed = service.reports(task.id()).getFirst();
        assertThat(filed.verification()).isEqualTo(Verification.PENDING);
        assertThat(filed.percentDone()).isEqualTo(45);
        assertThat(filed.disbursedVnd()).isEqualTo(12_500_000L);
        assertThat(filed.evidence().documentNumber()).isEqualTo("45/BB-SNV");
        assertThat(view.history.getListDataView().getItemCount()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("admin")
    void theDicAcceptsAReportFromTheVerificationQueueAndTheTaskFollows() {
        TaskRow task = snvTask("BL-2");
        ProgressReport report = DemoUsers.HEAD_SNV.call(() -> service.fileReport(task.id(),
                new vn.egov.console.architecture.ProgressDraft("2026-Q4", TaskStatus.IN_PROGRESS, 70, 9_000_000L, null,
                        null)));
        VerificationView view = navigate(VerificationView.class);
        ProgressReport row = view.grid.getListDataView().getItems().filter(r -> r.id() == report.id()).findFirst()
                .orElseThrow();
        view.accept(row);
        assertThat(view.grid.getListDataView().getItems().anyMatch(r -> r.id() == report.id())).isFalse();
        TaskRow after = service.task(task.id());
        assertThat(after.percent()).isEqualTo(70);
        assertThat(after.disbursedVnd()).isEqualTo(9_000_000L);
        assertThat(after.status()).isEqualTo(TaskStatus.IN_PROGRESS);
    }

    @Test
    @WithUserDetails("admin")
    void approvingTheDraftCarriesOverTheOpenTasksShownFirst() {
        ArchitectureVersion current = service.currentVersion().orElseThrow();
        ArchitectureVersion draft = service.versions().stream().filter(v -> v.status() == VersionStatus.DRAFT)
                .findFirst().orElseThrow();
        long open = service.carryOverPlan(draft.id()).items().stream().filter(i -> !i.codeTakenInNewVersion()).count();
        RoadmapView view = navigate(RoadmapView.class);
        view.version.setValue(draft);
        assertThat(view.approve.isVisible()).isTrue();
        test(view.approve).click();
        ApproveDialog dialog = find(ApproveDialog.class).single();
        assertThat(dialog.items.getListDataView().getItemCount()).isPositive();
        test(dialog.confirm).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(service.version(current.id()).status()).isEqualTo(VersionStatus.SUPERSEDED);
        assertThat(view.version.getValue().status()).isEqualTo(VersionStatus.APPROVED);
        assertThat(view.rows.stream().filter(t -> t.carriedFromId() != null).count()).isEqualTo(open);
        assertThat(view.approve.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("lanhdao")
    void leadershipSeesTheWholeRoadmapAndTheTimelineButCannotApprove() {
        RoadmapView view = navigate(RoadmapView.class);
        assertThat(view.approve.isAttached()).isFalse();
        assertThat(view.rows).isNotEmpty();
        TimelineView timeline = navigate("architecture/timeline/" + view.version.getValue().id(), TimelineView.class);
        assertThat(timeline.svg).startsWith("<svg").contains("gantt-bar").contains("gantt-today");
    }

    private TaskRow snvTask(String code) {
        return DemoUsers.ADMIN.call(() -> {
            long snv = units.findByCode(DemoUsers.SNV_CODE).orElseThrow().id();
            long version = service.currentVersion().orElseThrow().id();
            long component = service.components().getFirst().id();
            return service.createTask(version, new TaskDraft(code, "Nhiệm vụ thử " + code, component, null, null, snv,
                    Set.of(), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 6, 30), FundingSource.PROVINCIAL_BUDGET,
                    100_000_000L, 0L, null, TaskStatus.IN_PROGRESS, 10, Set.of())).task();
        });
    }
}
