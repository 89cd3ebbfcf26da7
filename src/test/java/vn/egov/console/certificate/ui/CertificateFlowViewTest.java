package vn.egov.console.certificate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.egov.console.BrowserlessTestBase;
import vn.egov.console.DemoUsers;
import vn.egov.console.base.ui.ReasonDialog;
import vn.egov.console.certificate.CertificateKind;
import vn.egov.console.certificate.CertificateService;
import vn.egov.console.certificate.CertificateStatus;
import vn.egov.console.certificate.NewCertificateRequest;
import vn.egov.console.certificate.RequestRow;
import vn.egov.console.certificate.RequestStatus;
import vn.egov.console.certificate.TestCertificates;
import vn.egov.console.organization.UnitService;
import vn.egov.console.overview.ui.HomeView;

/** The certificate screens driven as their users would: request → issue from the file → hand-over with training. */
class CertificateFlowViewTest extends BrowserlessTestBase {

    @Autowired
    CertificateService service;
    @Autowired
    UnitService units;

    @Test
    @WithUserDetails("canbo.snv")
    void aUnitOfficerRequestsANewCertificate() {
        CertificatesView view = navigate(CertificatesView.class);
        assertThat(view.importFile.isAttached()).as("only the DIC imports certificate files").isFalse();
        test(view.newRequest).click();
        NewRequestDialog dialog = find(NewRequestDialog.class).single();
        assertThat(dialog.unit.getValue().code()).isEqualTo(DemoUsers.SNV_CODE);

        test(dialog.save).click();
        assertThat(dialog.error.getText()).isEqualTo("Vui lòng nhập tên thuê bao.");
        assertThat(dialog.isOpened()).isTrue();

        test(dialog.holder).setValue("Vũ Thị Hạnh");
        test(dialog.reason).setValue("Chuyên viên được giao ký số");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(service.requests(null, true)).anyMatch(r -> r.holderName().equals("Vũ Thị Hạnh")
                && r.kind() == CertificateKind.PERSONAL);
    }

    @Test
    @WithUserDetails("admin")
    void theDicIssuesFromTheCertificateFileAndHandsItOver() {
        long snv = units.findByCode(DemoUsers.SNV_CODE).orElseThrow().id();
        RequestRow filed = DemoUsers.OFFICER_SNV.call(() -> service.requestNew(
                new NewCertificateRequest(snv, CertificateKind.PERSONAL, "Ngô Minh Khánh", null)));
        RequestRow request = DemoUsers.HEAD_SNV.call(() -> service.approveAsHead(filed.id(), filed.version()));
        LocalDate today = service.today();

        CertificateRequestsView requests = navigate(CertificateRequestsView.class);
        RequestRow row = requests.grid.getListDataView().getItems().filter(r -> r.id() == request.id())
                .findFirst().orElseThrow();
        requests.grid.select(row);
        test(requests.issue).click();
        IssueDialog issue = find(IssueDialog.class).single();

        issue.accept("khanh.txt", new byte[] {1, 2, 3});
        assertThat(issue.error.getText()).isEqualTo("Chỉ nhận tệp chứng thư .cer, .crt, .pem hoặc .der.");
        issue.accept("khanh.pem", TestCertificates.pem("PRIVATE KEY", TestCertificates.keyPair().getPrivate().getEncoded()));
        test(issue.save).click();
        assertThat(issue.error.getText()).startsWith("Tệp có chứa khóa bí mật.");
        assertThat(issue.isOpened()).isTrue();

        issue.accept("khanh.cer", TestCertificates.der(TestCertificates.certificate(
                "CN=Ngô Minh Khánh,OU=Văn phòng Sở,O=Sở Nội vụ tỉnh Vĩnh Phúc,C=VN",
                java.math.BigInteger.valueOf(0x5EED_0001L), today.minusDays(1), today.plusYears(5))));
        test(issue.save).click();
        assertThat(issue.isOpened()).isFalse();
        assertThat(service.get(request.certificateId()).status()).isEqualTo(CertificateStatus.ISSUED);

        CertificateDetailView detail = navigate("certificates/" + request.certificateId(), CertificateDetailView.class);
        assertThat(detail.handOver.isEnabled()).isTrue();
        test(detail.handOver).click();
        HandOverDialog handOver = find(HandOverDialog.class).single();
        test(handOver.save).click();
        assertThat(handOver.error.getText()).isEqualTo("Vui lòng nhập người chịu trách nhiệm quản lý chứng thư.");
        test(handOver.responsible).setValue("Phạm Thu Trang");
        test(handOver.save).click();
        assertThat(handOver.isOpened()).isFalse();
        assertThat(detail.row.status()).isEqualTo(CertificateStatus.HANDED_OVER);
        assertThat(detail.row.trainedOn()).isEqualTo(today);
        assertThat(detail.handOver.isEnabled()).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void rejectingARequestTakesAReasonAndKeepsTheDialogOpenUntilThereIsOne() {
        long snv = units.findByCode(DemoUsers.SNV_CODE).orElseThrow().id();
        RequestRow filed = DemoUsers.OFFICER_SNV.call(() -> service.requestNew(
                new NewCertificateRequest(snv, CertificateKind.PERSONAL, "Đinh Quang Vinh", null)));
        RequestRow request = DemoUsers.HEAD_SNV.call(() -> service.approveAsHead(filed.id(), filed.version()));

        CertificateRequestsView requests = navigate(CertificateRequestsView.class);
        requests.grid.select(requests.grid.getListDataView().getItems().filter(r -> r.id() == request.id())
                .findFirst().orElseThrow());
        test(requests.reject).click();
        ReasonDialog dialog = find(ReasonDialog.class).single();
        test(dialog.confirmButton()).click();
        assertThat(dialog.error().isVisible()).isTrue();
        assertThat(dialog.error().getText()).isEqualTo("Vui lòng nhập lý do.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(service.requests(snv, true)).anyMatch(r -> r.id() == request.id());

        test(dialog.reasonField()).setValue("Đã có chứng thư còn hạn");
        test(dialog.confirmButton()).click();
        assertThat(dialog.isOpened()).isFalse();
        RequestRow rejected = service.requests(snv, false).stream().filter(r -> r.id() == request.id())
                .findFirst().orElseThrow();
        assertThat(rejected.status()).isEqualTo(RequestStatus.REJECTED);
        assertThat(rejected.resolution()).isEqualTo("Đã có chứng thư còn hạn");
    }

    @Test
    @WithUserDetails("lanhdao")
    void leadershipSeesTheTileAndDrillsDownFromTheSummary() {
        navigate(HomeView.class);
        Div tile = (Div) find(Div.class).withId("certificate-tile").single();
        assertThat(((vn.egov.console.base.ui.KpiTile) tile).text()).contains("419 + 53");

        CertificateSummaryView summary = navigate(CertificateSummaryView.class);
        var province = summary.lines.getFirst();
        assertThat(province.get(CertificateKind.AGENCY, vn.egov.console.certificate.SummaryFigure.HANDED_OVER)).isEqualTo(150);

        // the drill-down link of the district/agency figure carries the filter in its query parameters
        com.vaadin.flow.component.UI.getCurrent().navigate(CertificatesView.class,
                com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("tier", "DISTRICT", "kind", "AGENCY",
                        "figure", "HANDED_OVER")));
        CertificatesView list = (CertificatesView) com.vaadin.flow.component.UI.getCurrent().getInternals()
                .getActiveRouterTargetsChain().getFirst();
        assertThat(list.total.getText()).isEqualTo("177 chứng thư");
        assertThat(list.newRequest.isAttached()).as("leadership is read-only").isFalse();
        assertThat(list.exportXlsx.isAttached()).as("but may export the register").isTrue();
    }
}
