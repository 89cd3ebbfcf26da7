package vn.egov.console.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.console.DemoUsers.ADMIN;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.DemoUsers;
import vn.egov.console.IntegrationTest;
import vn.egov.console.certificate.internal.CertificateExpiryJob;
import vn.egov.console.notification.internal.EmailOutboxJob;
import vn.egov.console.organization.UnitService;

/**
 * The expiry job as of chosen days (the job takes "today" as a parameter, as the fixed clock of the run): every
 * threshold once, catch-up after downtime with only the most urgent warning, no repeats, nothing for revoked
 * certificates, and the e-mail as it arrives on an embedded SMTP server. Each test rolls back.
 */
@IntegrationTest
@Transactional
class CertificateExpiryJobTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(32525, "127.0.0.1", "smtp"));

    @Autowired
    CertificateExpiryJob job;
    @Autowired
    CertificateService service;
    @Autowired
    UnitService units;
    @Autowired
    EmailOutboxJob outbox;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void warnsAtEachThresholdExactlyOnceAndMarksTheCertificateExpired() {
        LocalDate base = service.today();
        CertificateRow cert = CertificateServiceTest.createHandedOver(service, snv(), "Sở Nội vụ - Cảnh báo hạn",
                base.plusDays(100));

        assertThat(levelsAfter(cert, base)).isEmpty();
        assertThat(levelsAfter(cert, base.plusDays(9))).as("91 days left").isEmpty();
        assertThat(levelsAfter(cert, base.plusDays(10))).containsExactly(90);
        assertThat(job.runFor(base.plusDays(10)).warned()).as("a second run the same day repeats nothing").isZero();
        assertThat(levelsAfter(cert, base.plusDays(11))).containsExactly(90);
        assertThat(levelsAfter(cert, base.plusDays(40))).containsExactly(90, 60);
        assertThat(levelsAfter(cert, base.plusDays(70))).containsExactly(90, 60, 30);
        assertThat(levelsAfter(cert, base.plusDays(93))).containsExactly(90, 60, 30, 7);
        assertThat(levelsAfter(cert, base.plusDays(100))).as("last valid day: not yet expired")
                .containsExactly(90, 60, 30, 7);
        assertThat(ADMIN.call(() -> service.get(cert.id())).status()).isEqualTo(CertificateStatus.HANDED_OVER);
        assertThat(levelsAfter(cert, base.plusDays(101))).containsExactly(90, 60, 30, 7, 0);
        assertThat(ADMIN.call(() -> service.get(cert.id())).status()).isEqualTo(CertificateStatus.EXPIRED);
        assertThat(levelsAfter(cert, base.plusDays(150))).containsExactly(90, 60, 30, 7, 0);

        // each warning reached the administrator and both users of the holder's unit, once each
        assertThat(recipients(cert, 30)).containsExactlyInAnyOrder("admin", "giamdoc.snv", "canbo.snv");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE dedup_key LIKE ?", Long.class,
                "certificate:" + cert.id() + ":expiry:%")).isEqualTo(5 * 3);
        assertThat(ADMIN.call(() -> service.history(cert.id())).getFirst().toStatus()).isEqualTo(CertificateStatus.EXPIRED);
    }

    @Test
    void afterDowntimeOnlyTheMostUrgentCrossedThresholdIsSent() {
        LocalDate base = service.today();
        CertificateRow cert = CertificateServiceTest.createHandedOver(service, snv(), "Sở Nội vụ - Bắt kịp",
                base.plusDays(100));
        // the console was down from day 0 to day 75: 90, 60 and 30 were all crossed; only 30 is sent
        assertThat(levelsAfter(cert, base.plusDays(75))).containsExactly(30);
        // down again until well after expiry: 7 is skipped, the expiry is sent and the status follows
        assertThat(levelsAfter(cert, base.plusDays(130))).containsExactly(30, 0);
        assertThat(ADMIN.call(() -> service.get(cert.id())).status()).isEqualTo(CertificateStatus.EXPIRED);
    }

    @Test
    void revokedLostAndReplacedCertificatesNeverWarn() {
        LocalDate base = service.today();
        CertificateRow revoked = CertificateServiceTest.createHandedOver(service, snv(), "Sở Nội vụ - Đã thu hồi",
                base.plusDays(50));
        ADMIN.run(() -> service.revoke(revoked.id(), revoked.version(), "Thu hồi"));
        CertificateRow lost = CertificateServiceTest.createHandedOver(service, snv(), "Sở Nội vụ - Mất token",
                base.plusDays(50));
        DemoUsers.OFFICER_SNV.run(() -> service.reportTokenLost(lost.id(), "Mất"));
        CertificateRow renewed = CertificateServiceTest.createHandedOver(service, snv(), "Sở Nội vụ - Đã gia hạn",
                base.plusDays(80));
        RequestRow renewal = CertificateServiceTest.approvedByHead(service,
                DemoUsers.OFFICER_SNV.call(() -> service.requestRenewal(renewed.id(), null)));
        ADMIN.run(() -> service.issue(renewal.id(), renewal.version(), TestCertificates.pemFor("Sở Nội vụ - Đã gia hạn",
                CertificateServiceTest.SERIALS.incrementAndGet(), base, base.plusYears(5)), null, null));

        for (int day : new int[] {0, 45, 75, 79, 90}) job.runFor(base.plusDays(day));
        assertThat(levels(revoked)).isEmpty();
        assertThat(levels(lost)).isEmpty();
        assertThat(levels(renewed)).isEmpty();
        assertThat(ADMIN.call(() -> service.get(revoked.id())).status()).isEqualTo(CertificateStatus.REVOKED);
    }

    @Test
    void theWarningArrivesByEmailInVietnamese() throws Exception {
        jdbc.update("UPDATE app_user SET email = 'quantri@stttt.vinhphuc.gov.vn' WHERE username = 'admin'");
        jdbc.update("UPDATE app_user SET email = 'canbo@snv.vinhphuc.gov.vn' WHERE username = 'canbo.snv'");
        jdbc.update("UPDATE email_outbox SET sent_at = CURRENT_TIMESTAMP(6) WHERE sent_at IS NULL");
        LocalDate base = service.today();
        CertificateRow cert = CertificateServiceTest.createHandedOver(service, snv(), "Sở Nội vụ - Thư cảnh báo",
                base.plusDays(100));
        job.runFor(base.plusDays(40));
        outbox.sendPending();

        var mine = Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().contains("Sở Nội vụ - Thư cảnh báo");
            } catch (Exception e) {
                return false;
            }
        }).toList();
        assertThat(mine).hasSize(2);
        var toAdmin = mine.stream().filter(m -> address(m).equals("quantri@stttt.vinhphuc.gov.vn")).findFirst().orElseThrow();
        assertThat(toAdmin.getSubject())
                .isEqualTo("[Chính quyền điện tử] Chứng thư số của Sở Nội vụ - Thư cảnh báo còn 60 ngày hiệu lực");
        String text = decode(toAdmin);
        assertThat(text).contains(cert.serial()).contains(vn.egov.console.base.i18n.Formats.date(cert.validTo()))
                .contains("Sở Nội vụ").contains("60 ngày");
        assertThat(mine).extracting(CertificateExpiryJobTest::address).contains("canbo@snv.vinhphuc.gov.vn");
    }

    private static String decode(jakarta.mail.Message m) throws Exception {
        return String.valueOf(m.getContent());
    }

    private static String address(jakarta.mail.Message m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Integer> levelsAfter(CertificateRow cert, LocalDate day) {
        job.runFor(day);
        return levels(cert);
    }

    /** The warning levels the administrator has received for this certificate, in the order they were raised. */
    private List<Integer> levels(CertificateRow cert) {
        return jdbc.queryForList("""
                SELECT n.dedup_key FROM notification n JOIN app_user u ON u.id = n.user_id
                WHERE u.username = 'admin' AND n.dedup_key LIKE ? ORDER BY n.id""", String.class,
                "certificate:" + cert.id() + ":expiry:%").stream()
                .map(k -> Integer.valueOf(k.substring(k.lastIndexOf(':') + 1))).toList();
    }

    private List<String> recipients(CertificateRow cert, int level) {
        return jdbc.queryForList("""
                SELECT u.username FROM notification n JOIN app_user u ON u.id = n.user_id WHERE n.dedup_key = ?""",
                String.class, "certificate:" + cert.id() + ":expiry:" + level);
    }

    private long snv() {
        return ADMIN.call(() -> units.findByCode(DemoUsers.SNV_CODE).orElseThrow().id());
    }
}
