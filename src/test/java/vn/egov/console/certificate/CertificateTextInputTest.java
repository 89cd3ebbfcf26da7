package vn.egov.console.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.egov.console.DemoUsers.ADMIN;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.DemoUsers;
import vn.egov.console.IntegrationTest;
import vn.egov.console.organization.UnitService;

/** Flaw 6 of issue 14 for certificate requests and the register's search. */
@IntegrationTest
@Transactional
class CertificateTextInputTest {

    @Autowired
    CertificateService certificates;
    @Autowired
    UnitService units;

    @Test
    void anInvisibleHolderIsRefused() {
        ADMIN.run(() -> {
            long snv = units.findByCode(DemoUsers.SNV_CODE).orElseThrow().id();
            assertThatThrownBy(() -> certificates.requestNew(new NewCertificateRequest(snv, CertificateKind.PERSONAL,
                    "\uFEFF\u200B\u00A0", null))).hasMessage("error.text.invisibleOnly");
        });
    }

    @Test
    void anNfdHolderIsFoundByItsNfcSearch() {
        String nfc = "Võ Thị Ngọc Ánh";
        ADMIN.run(() -> {
            long snv = units.findByCode(DemoUsers.SNV_CODE).orElseThrow().id();
            certificates.requestNew(new NewCertificateRequest(snv, CertificateKind.PERSONAL,
                    Normalizer.normalize(nfc, Normalizer.Form.NFD), null));
            var filter = new CertificateFilter(null, null, null, null, null, "Ngọc Ánh", null);
            assertThat(certificates.search(filter, PageRequest.of(0, 10))).extracting(CertificateRow::holderName)
                    .contains(nfc);
            var nfdFilter = new CertificateFilter(null, null, null, null, null,
                    Normalizer.normalize("Ngọc Ánh", Normalizer.Form.NFD), null);
            assertThat(certificates.search(nfdFilter, PageRequest.of(0, 10))).isNotEmpty();
        });
    }
}
