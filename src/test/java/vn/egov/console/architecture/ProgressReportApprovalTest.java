package vn.egov.console.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.egov.console.DemoUsers.ADMIN;
import static vn.egov.console.DemoUsers.HEAD_SNV;
import static vn.egov.console.DemoUsers.OFFICER_SNV;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.IntegrationTest;
import vn.egov.console.approval.ApprovalStep;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.organization.UnitService;

/**
 * Issue 14's unit approval step for progress reports: an IT officer's report goes to the unit head first; the head
 * approves (on to the DIC) or returns it with a reason; a head's own report goes straight to the DIC.
 */
@IntegrationTest
@Transactional
class ProgressReportApprovalTest {

    @Autowired
    ArchitectureService service;
    @Autowired
    UnitService units;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anOfficersReportWaitsForTheHeadAndTheHeadIsToldInTheBell() {
        TaskRow t = task("AP-1");
        ProgressReport r = OFFICER_SNV.call(() -> service.fileReport(t.id(), Roadmaps.report("2026-Q1",
                TaskStatus.IN_PROGRESS, 20, 0, null)));
        assertThat(r.approval().step()).isEqualTo(ApprovalStep.AWAITING_HEAD);
        assertThat(HEAD_SNV.call(() -> service.countAwaitingMyApproval())).isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification n JOIN app_user u ON u.id = n.user_id "
                + "WHERE u.username = 'giamdoc.snv' AND n.dedup_key = ?", Long.class,
                "roadmapReport:" + r.id() + ":awaiting")).isEqualTo(1L);
        assertThatThrownBy(() -> ADMIN.run(() -> service.acceptReport(r.id(), r.version())))
                .as("the DIC cannot verify what the head has not approved")
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.approval.notApproved"));
        assertThat(ADMIN.call(() -> service.task(t.id())).percent()).isZero();
    }

    @Test
    void theHeadReturnsWithAReasonTheOfficerIsToldAndMayFileAgain() {
        TaskRow t = task("AP-2");
        ProgressReport r = OFFICER_SNV.call(() -> service.fileReport(t.id(), Roadmaps.report("2026-Q1",
                TaskStatus.IN_PROGRESS, 20, 0, null)));
        assertThatThrownBy(() -> HEAD_SNV.run(() -> service.returnToOfficer(r.id(), r.version(), "\u00A0")))
                .isInstanceOf(BusinessException.class);
        ProgressReport returned = HEAD_SNV.call(() -> service.returnToOfficer(r.id(), r.version(),
                "Bổ sung biên bản nghiệm thu"));
        assertThat(returned.approval().step()).isEqualTo(ApprovalStep.RETURNED);
        assertThat(returned.verification()).isEqualTo(Verification.RETURNED);
        assertThat(returned.returnReason()).isEqualTo("Bổ sung biên bản nghiệm thu");
        assertThat(ADMIN.call(() -> service.pendingReports(500))).extracting(ProgressReport::id).doesNotContain(r.id());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification n JOIN app_user u ON u.id = n.user_id "
                + "WHERE u.username = 'canbo.snv' AND n.dedup_key = ?", Long.class,
                "roadmapReport:" + r.id() + ":headReturned")).isEqualTo(1L);
        assertThatThrownBy(() -> HEAD_SNV.run(() -> service.approveAsHead(r.id(), returned.version())))
                .isInstanceOf(BusinessException.class);

        ProgressReport again = OFFICER_SNV.call(() -> service.fileReport(t.id(), Roadmaps.report("2026-Q1",
                TaskStatus.IN_PROGRESS, 25, 0, null)));
        assertThat(again.approval().awaitingHead()).isTrue();
    }

    @Test
    void anApprovedReportReachesTheDicWhoAcceptsIt() {
        TaskRow t = task("AP-3");
        ProgressReport r = OFFICER_SNV.call(() -> service.fileReport(t.id(), Roadmaps.report("2026-Q1",
                TaskStatus.IN_PROGRESS, 35, 0, null)));
        ProgressReport approved = HEAD_SNV.call(() -> service.approveAsHead(r.id(), r.version()));
        ADMIN.run(() -> service.acceptReport(approved.id(), approved.version()));
        assertThat(ADMIN.call(() -> service.task(t.id())).percent()).isEqualTo(35);
    }

    @Test
    void aHeadsOwnReportGoesStraightToTheDic() {
        TaskRow t = task("AP-4");
        ProgressReport r = HEAD_SNV.call(() -> service.fileReport(t.id(), Roadmaps.report("2026-Q1",
                TaskStatus.IN_PROGRESS, 50, 0, null)));
        assertThat(r.approval().approved()).isTrue();
        assertThat(r.approval().by()).isEqualTo("giamdoc.snv");
        assertThat(ADMIN.call(() -> service.pendingReports(500))).extracting(ProgressReport::id).contains(r.id());
        assertThat(HEAD_SNV.call(() -> service.awaitingMyApproval(500))).extracting(ProgressReport::id)
                .doesNotContain(r.id());
    }

    private TaskRow task(String code) {
        Roadmaps fx = new Roadmaps(service, units);
        return fx.task(fx.draft(2026, 2030), code, fx.snv(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    }
}
