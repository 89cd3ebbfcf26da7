package vn.egov.console.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.egov.console.DemoUsers.ADMIN;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.DemoUsers;
import vn.egov.console.IntegrationTest;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.organization.UnitService;

/** Issue 14, flaw 7: only the configured CA chain is trusted; anything else needs a reason and stays marked. */
@IntegrationTest
@Transactional
class CertificateTrustTest {

    static final AtomicLong SERIALS = new AtomicLong(0x7E5700);

    @Autowired
    CertificateService service;
    @Autowired
    UnitService units;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path dir;

    @Test
    void aCertificateSignedByTheConfiguredCaIsTrustedWithoutAQuestion() {
        LocalDate today = service.today();
        CertificateRow row = ADMIN.call(() -> service.importCertificate(TestCertificates.pemFor("Sở Nội vụ",
                SERIALS.incrementAndGet(), today, today.plusYears(2)), unit(DemoUsers.SNV_CODE),
                CertificateKind.AGENCY, null).certificate());
        assertThat(row.issuerTrusted()).isTrue();
        assertThat(row.untrustedIssuer()).isFalse();
        assertThat(row.issuerName()).startsWith("CA DEMO tỉnh Vĩnh Phúc");
    }

    @Test
    void aSelfSignedCertificateNamingAnotherUnitNeedsAReasonAndIsMarked() {
        LocalDate today = service.today();
        byte[] forged = TestCertificates.pem(TestCertificates.selfSigned(
                "CN=Sở Tư pháp,O=Tỉnh Vĩnh Phúc,C=VN", BigInteger.valueOf(SERIALS.incrementAndGet()),
                today.minusDays(1), today.plusYears(1)));
        long before = count();
        ADMIN.run(() -> assertThatThrownBy(() -> service.importCertificate(forged, unit(DemoUsers.STP_CODE),
                CertificateKind.AGENCY, null, "\u200B ")).isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.certificate.untrustedIssuer");
                    assertThat(e.arguments()).containsExactly("Sở Tư pháp");
                }));
        assertThat(count()).as("nothing stored without a confirmation").isEqualTo(before);

        String reason = "Chứng thư thử nghiệm do nhà cung cấp cấp tạm, đã xác minh qua điện thoại";
        CertificateRow row = ADMIN.call(() -> service.importCertificate(forged, unit(DemoUsers.STP_CODE),
                CertificateKind.AGENCY, null, reason).certificate());
        assertThat(row.untrustedIssuer()).isTrue();
        assertThat(row.issuerName()).isEqualTo("Sở Tư pháp");
        List<CertificateHistoryRow> history = ADMIN.call(() -> service.history(row.id()));
        assertThat(history).extracting(CertificateHistoryRow::reason).anySatisfy(r -> assertThat(r)
                .contains(reason).contains("Sở Tư pháp"));
        assertThat(ADMIN.call(() -> service.search(new CertificateFilter(null, null, null, null, null,
                row.serial(), null), org.springframework.data.domain.PageRequest.of(0, 5))))
                .extracting(CertificateRow::untrustedIssuer).containsExactly(true);
    }

    @Test
    void theTrustedCasNameOnAnotherKeysSignatureIsNotEnough() {
        LocalDate today = service.today();
        byte[] impostor = TestCertificates.pem(TestCertificates.fromImpostor("CN=Sở Nội vụ,O=Tỉnh Vĩnh Phúc,C=VN",
                BigInteger.valueOf(SERIALS.incrementAndGet()), today.minusDays(1), today.plusYears(1)));
        ADMIN.run(() -> assertThatThrownBy(() -> service.importCertificate(impostor, unit(DemoUsers.SNV_CODE),
                CertificateKind.AGENCY, null)).hasMessage("error.certificate.untrustedIssuer"));
    }

    @Test
    void trustedIssuersAreReadFromAFileOrADirectoryOfPemFiles() throws Exception {
        Files.write(dir.resolve("ban-co-yeu-root.pem"), TestCertificates.pem(TestCertificates.CA_CERTIFICATE));
        Files.writeString(dir.resolve("notes.txt"), "not a certificate");
        var fromDirectory = new TrustedIssuers(List.of("file:" + dir + "/"), new DefaultResourceLoader());
        assertThat(fromDirectory.anchors()).hasSize(1);
        LocalDate today = LocalDate.now();
        assertThat(fromDirectory.trusts(TestCertificates.certificate("CN=A", BigInteger.TWO, today, today.plusDays(9))))
                .isTrue();
        assertThat(fromDirectory.trusts(TestCertificates.selfSigned("CN=A", BigInteger.TWO, today, today.plusDays(9))))
                .isFalse();
        var none = new TrustedIssuers(List.of(), new DefaultResourceLoader());
        assertThat(none.trusts(TestCertificates.certificate("CN=A", BigInteger.TWO, today, today.plusDays(9))))
                .isFalse();
    }

    private long unit(String code) {
        return ADMIN.call(() -> units.findByCode(code).orElseThrow().id());
    }

    private long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM certificate", Long.class);
    }
}
