package vn.egov.console.certificate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.egov.console.BrowserlessTestBase;
import vn.egov.console.DemoUsers;
import vn.egov.console.base.ui.ReasonDialog;
import vn.egov.console.certificate.CertificateKind;
import vn.egov.console.certificate.CertificateService;
import vn.egov.console.certificate.TestCertificates;

/** Issue 14, flaw 7 as the DIC meets it: a certificate from an unknown issuer asks for a reason before it is kept. */
class CertificateTrustViewTest extends BrowserlessTestBase {

    @Autowired
    CertificateService service;

    @Test
    @WithUserDetails("admin")
    void aSelfSignedCertificateIsKeptOnlyAfterAConfirmationWithAReasonAndShowsItsIssuer() {
        LocalDate today = service.today();
        CertificatesView view = navigate(CertificatesView.class);
        test(view.importFile).click();
        IssueDialog dialog = find(IssueDialog.class).single();
        dialog.unit.setValue(dialog.unit.getListDataView().getItems()
                .filter(u -> u.code().equals(DemoUsers.STP_CODE)).findFirst().orElseThrow());
        dialog.kind.setValue(CertificateKind.AGENCY);
        dialog.accept("stp.pem", TestCertificates.pem(TestCertificates.selfSigned("CN=Sở Tư pháp tự ký,O=Tỉnh Vĩnh Phúc,C=VN",
                BigInteger.valueOf(0x5E1F_0001L), today.minusDays(1), today.plusYears(1))));
        test(dialog.save).click();

        ReasonDialog confirm = find(ReasonDialog.class).single();
        assertThat(dialog.isOpened()).as("nothing stored yet").isTrue();
        test(confirm.confirmButton()).click();
        assertThat(confirm.error().getText()).isEqualTo("Vui lòng nhập lý do.");
        test(confirm.reasonField()).setValue("Chứng thư tạm của nhà cung cấp, đã xác minh bằng công văn");
        test(confirm.confirmButton()).click();
        assertThat(confirm.isOpened()).isFalse();
        assertThat(dialog.isOpened()).isFalse();

        var stored = service.search(new vn.egov.console.certificate.CertificateFilter(null, null, null, null, null,
                "Sở Tư pháp tự ký", null), org.springframework.data.domain.PageRequest.of(0, 5));
        assertThat(stored).singleElement().satisfies(r -> {
            assertThat(r.untrustedIssuer()).isTrue();
            assertThat(r.issuerName()).isEqualTo("Sở Tư pháp tự ký");
        });
        CertificateDetailView detail = navigate("certificates/" + stored.getFirst().id(), CertificateDetailView.class);
        assertThat(detail.getElement().getTextRecursively()).contains("Sở Tư pháp tự ký")
                .contains("ngoài danh sách tin cậy");
    }
}
