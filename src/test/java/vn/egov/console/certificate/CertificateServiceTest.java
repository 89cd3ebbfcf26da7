package vn.egov.console.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.egov.console.DemoUsers.ADMIN;
import static vn.egov.console.DemoUsers.HEAD_VINH_YEN;
import static vn.egov.console.DemoUsers.OFFICER_SNV;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.DemoUsers;
import vn.egov.console.IntegrationTest;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.organization.Tier;
import vn.egov.console.organization.UnitService;

/** Each test rolls back, so the demo certificates stay as seeded for the other test classes. */
@IntegrationTest
@Transactional
class CertificateServiceTest {

    static final AtomicLong SERIALS = new AtomicLong(0x7E57_0000L);

    @Autowired
    CertificateService service;
    @Autowired
    UnitService units;

    @Test
    void demoDataReproducesTheProvincesFiguresFromRows() {
        ADMIN.run(() -> {
            var summary = service.summary(null);
            assertThat(handedOver(summary, Tier.PROVINCE, CertificateKind.AGENCY)).isEqualTo(150);
            assertThat(handedOver(summary, Tier.DISTRICT, CertificateKind.AGENCY)).isEqualTo(177);
            assertThat(handedOver(summary, Tier.COMMUNE, CertificateKind.AGENCY)).isEqualTo(92);
            assertThat(summary.stream().filter(s -> s.kind() == CertificateKind.PERSONAL)
                    .mapToLong(TierKindSummary::handedOver).sum()).isEqualTo(53);
            // mostly at the People's Committee Office, the DIC and the Department of Health
            long top3 = personalAt("000.00.01.H62") + personalAt("000.00.11.H62") + personalAt("000.00.16.H62");
            assertThat(top3).isEqualTo(46);
            assertThat(personalAt("000.00.01.H62")).isGreaterThan(personalAt("000.00.02.H62"));
            // the drill-down filter counts exactly what the table shows
            var drill = new CertificateFilter(Tier.DISTRICT, CertificateKind.AGENCY, null, null, null, null,
                    SummaryFigure.HANDED_OVER);
            assertThat(service.count(drill)).isEqualTo(177);
            assertThat(service.search(drill, PageRequest.of(0, 50))).hasSize(50).allMatch(r -> r.tier() == Tier.DISTRICT);
            long all = summary.stream().mapToLong(TierKindSummary::handedOver).sum();
            assertThat(summary.stream().mapToLong(TierKindSummary::expiring).sum()).isBetween(5L, 30L);
            assertThat(summary.stream().mapToLong(TierKindSummary::expired).sum()).isBetween(5L, 30L);
            assertThat(summary.stream().mapToLong(TierKindSummary::revoked).sum()).isBetween(2L, 10L);
            assertThat(all).isEqualTo(472);
            assertThat(service.count(new CertificateFilter(null, null, null, null, 90, null, null)))
                    .isEqualTo(summary.stream().mapToLong(TierKindSummary::expiring).sum());
            assertThat(service.pendingWork(50)).extracting(RequestRow::type)
                    .contains(RequestType.NEW, RequestType.RENEWAL, RequestType.REVOCATION, RequestType.TOKEN_LOST);
        });
    }

    @Test
    void aUnitRequestIsIssuedFromTheFileAndHandedOverWithTraining() {
        long snv = unit(DemoUsers.SNV_CODE);
        LocalDate today = service.today();
        RequestRow request = approvedByHead(service, OFFICER_SNV.call(() -> service.requestNew(
                new NewCertificateRequest(snv, CertificateKind.PERSONAL, "  Đỗ  Thị Lan ", "Cán bộ văn thư mới"))));
        assertThat(request.holderName()).isEqualTo("Đỗ Thị Lan");
        assertThat(request.status()).isEqualTo(RequestStatus.OPEN);
        assertThat(OFFICER_SNV.call(() -> service.get(request.certificateId())).status()).isEqualTo(CertificateStatus.REQUESTED);
        assertThatThrownBy(() -> OFFICER_SNV.run(() -> service.requestNew(
                new NewCertificateRequest(snv, CertificateKind.PERSONAL, "đỗ thị lan", null))))
                .hasMessage("error.certificate.requestExists");

        ADMIN.run(() -> {
            byte[] pem = TestCertificates.pemFor("Đỗ Thị Lan", SERIALS.incrementAndGet(), today, today.plusYears(5));
            CertificateRow issued = service.issue(request.id(), request.version(), pem, "USB Token", null);
            assertThat(issued.status()).isEqualTo(CertificateStatus.ISSUED);
            assertThat(issued.subject()).contains("Đỗ Thị Lan");
            assertThat(issued.validTo()).isEqualTo(today.plusYears(5));
            assertThat(issued.keyUsage()).isEqualTo("digitalSignature, nonRepudiation");

            // dates out of order and missing data: specific messages, nothing saved
            assertHandOverRejected(issued, today.plusDays(1), today, "Nguyễn Văn A", "error.certificate.dateInFuture");
            assertHandOverRejected(issued, today.minusDays(60), today, "Nguyễn Văn A", "error.certificate.handOverBeforeIssue");
            assertHandOverRejected(issued, today, today.minusDays(45), "Nguyễn Văn A", "error.certificate.trainingBeforeHandOver");
            assertHandOverRejected(issued, today, today, " ", "error.certificate.responsibleRequired");
            assertThat(service.get(issued.id()).status()).isEqualTo(CertificateStatus.ISSUED);

            CertificateRow handed = service.handOver(issued.id(), issued.version(), today, today, "Phạm Thu Trang");
            assertThat(handed.status()).isEqualTo(CertificateStatus.HANDED_OVER);
            assertThat(handed.trainedOn()).isEqualTo(today);
            assertThat(service.history(issued.id())).extracting(CertificateHistoryRow::toStatus)
                    .containsExactly(CertificateStatus.HANDED_OVER, CertificateStatus.ISSUED, CertificateStatus.REQUESTED);
            assertThat(service.requests(snv, false)).filteredOn(r -> r.id() == request.id()).singleElement()
                    .extracting(RequestRow::status).isEqualTo(RequestStatus.DONE);
            assertThatThrownBy(() -> service.handOver(issued.id(), issued.version(), today, today, "X"))
                    .hasMessage("error.conflict");
        });
    }

    @Test
    void renewalFollowsTheSixtyDayRuleAndReplacesTheOldCertificate() {
        long snv = unit(DemoUsers.SNV_CODE);
        LocalDate today = service.today();
        CertificateRow early = handedOver(snv, "Sở Nội vụ - Gia hạn sớm", today.plusDays(200));
        CertificateRow late = handedOver(snv, "Sở Nội vụ - Gia hạn muộn", today.plusDays(30));

        RequestRow renewal = approvedByHead(service, OFFICER_SNV.call(() -> service.requestRenewal(early.id(), null)));
        assertThat(ADMIN.call(() -> service.get(early.id())).status()).isEqualTo(CertificateStatus.RENEWAL_REQUESTED);
        assertThatThrownBy(() -> OFFICER_SNV.run(() -> service.requestRenewal(late.id(), " ")))
                .isInstanceOf(BusinessException.class).hasMessage("error.certificate.renewalLate");
        assertThat(ADMIN.call(() -> service.get(late.id())).status()).isEqualTo(CertificateStatus.HANDED_OVER);
        OFFICER_SNV.run(() -> service.requestRenewal(late.id(), "Cán bộ quản lý đi công tác dài ngày"));
        // what the index counts: filed today with 200 days left is on time, with 30 days left is late
        var filed = OFFICER_SNV.call(() -> service.renewalFilings(today, today));
        assertThat(filed).filteredOn(r -> r.certificateId() == early.id()).singleElement()
                .satisfies(r -> assertThat(r.daysLeftWhenFiled()).isEqualTo(200))
                .satisfies(r -> assertThat(r.onTime()).isTrue());
        assertThat(filed).filteredOn(r -> r.certificateId() == late.id()).singleElement()
                .satisfies(r -> assertThat(r.onTime()).isFalse());
        assertThat(HEAD_VINH_YEN.call(() -> service.renewalFilings(today, today))).as("another unit's scope")
                .noneMatch(r -> r.unitId() == snv);

        long handedBefore = ADMIN.call(() -> service.count(figure(SummaryFigure.HANDED_OVER)));
        CertificateRow successor = ADMIN.call(() -> service.issue(renewal.id(), renewal.version(),
                TestCertificates.pemFor("Sở Nội vụ - Gia hạn sớm", SERIALS.incrementAndGet(), today, today.plusYears(5)),
                "USB Token", null));
        assertThat(successor.id()).isNotEqualTo(early.id());
        CertificateRow old = ADMIN.call(() -> service.get(early.id()));
        assertThat(old.status()).isEqualTo(CertificateStatus.REPLACED);
        assertThat(old.replacedById()).isEqualTo(successor.id());
        assertThat(ADMIN.call(() -> service.count(figure(SummaryFigure.HANDED_OVER))))
                .as("the replaced one leaves the figure until its successor is handed over").isEqualTo(handedBefore - 1);

        // revoked certificates are not renewed
        ADMIN.run(() -> service.revoke(late.id(), service.get(late.id()).version(), "Thu hồi theo đề nghị"));
        assertThatThrownBy(() -> OFFICER_SNV.run(() -> service.requestRenewal(late.id(), "lý do")))
                .hasMessage("error.certificate.renewalNotAllowed");
    }

    @Test
    void anUploadMatchesTheOpenRequestOfItsHolderOrCreatesARecord() {
        LocalDate today = service.today();
        ADMIN.run(() -> {
            // the demo's open request for "Trần Văn Bình" at Sở Nội vụ; the certificate spells it without accents
            ImportOutcome matched = service.importCertificate(TestCertificates.pemFor("TRAN VAN BINH",
                    SERIALS.incrementAndGet(), today, today.plusYears(3)), null, null, "USB Token");
            assertThat(matched.requestId()).isNotNull();
            assertThat(matched.certificate().holderName()).isEqualTo("Trần Văn Bình");
            assertThat(matched.certificate().status()).isEqualTo(CertificateStatus.ISSUED);

            byte[] other = TestCertificates.pemFor("Sở Tư pháp - Phòng Hành chính", SERIALS.incrementAndGet(), today,
                    today.plusYears(5));
            assertThatThrownBy(() -> service.importCertificate(other, null, null, null))
                    .hasMessage("error.certificate.unitRequired");
            ImportOutcome created = service.importCertificate(other, unit(DemoUsers.STP_CODE), CertificateKind.AGENCY, null);
            assertThat(created.requestId()).isNull();
            assertThat(created.certificate().holderName()).isEqualTo("Sở Tư pháp - Phòng Hành chính");

            long before = service.count(CertificateFilter.all());
            assertThatThrownBy(() -> service.importCertificate(other, unit(DemoUsers.STP_CODE), CertificateKind.AGENCY, null))
                    .hasMessage("error.certificate.serialExists");
            byte[] expired = TestCertificates.pem(TestCertificates.certificate("CN=Hết hạn", java.math.BigInteger.valueOf(
                    SERIALS.incrementAndGet()), today.minusYears(3), today.minusDays(1)));
            assertThatThrownBy(() -> service.importCertificate(expired, unit(DemoUsers.STP_CODE), CertificateKind.AGENCY, null))
                    .hasMessage("error.certificate.alreadyExpired");
            assertThat(service.count(CertificateFilter.all())).as("nothing half-saved").isEqualTo(before);
        });
    }

    @Test
    void rejectingARequestPutsTheCertificateBack() {
        long snv = unit(DemoUsers.SNV_CODE);
        CertificateRow cert = handedOver(snv, "Sở Nội vụ - Báo mất", service.today().plusDays(400));
        RequestRow lost = approvedByHead(service,
                OFFICER_SNV.call(() -> service.reportTokenLost(cert.id(), "Mất khi đi công tác")));
        assertThat(ADMIN.call(() -> service.get(cert.id())).status()).isEqualTo(CertificateStatus.TOKEN_LOST);
        assertThatThrownBy(() -> OFFICER_SNV.run(() -> service.reportTokenLost(cert.id(), "lại mất")))
                .hasMessage("error.certificate.lostNotAllowed");
        ADMIN.run(() -> service.reject(lost.id(), lost.version(), "Đã tìm thấy thiết bị"));
        assertThat(ADMIN.call(() -> service.get(cert.id())).status()).isEqualTo(CertificateStatus.HANDED_OVER);

        RequestRow revocation = approvedByHead(service,
                OFFICER_SNV.call(() -> service.requestRevocation(cert.id(), "Không còn sử dụng")));
        assertThatThrownBy(() -> ADMIN.run(() -> service.processRevocation(revocation.id(), revocation.version(), "")))
                .hasMessage("error.reasonRequired");
        CertificateRow revoked = ADMIN.call(() -> service.processRevocation(revocation.id(), revocation.version(),
                "Theo đề nghị của đơn vị"));
        assertThat(revoked.status()).isEqualTo(CertificateStatus.REVOKED);

        RequestRow newOne = approvedByHead(service, OFFICER_SNV.call(() -> service.requestNew(
                new NewCertificateRequest(snv, CertificateKind.PERSONAL, "Người Bị Từ Chối", null))));
        ADMIN.run(() -> service.reject(newOne.id(), newOne.version(), "Không thuộc diện cấp"));
        assertThat(ADMIN.call(() -> service.count(new CertificateFilter(null, null, null, null, null,
                "Người Bị Từ Chối", null)))).as("the never-issued placeholder is gone").isZero();
    }

    /** A certificate handed over at {@code unitId}, created through the service as ADMIN. */
    CertificateRow handedOver(long unitId, String holder, LocalDate validTo) {
        return createHandedOver(service, unitId, holder, validTo);
    }

    static CertificateRow createHandedOver(CertificateService service, long unitId, String holder, LocalDate validTo) {
        LocalDate today = service.today();
        return ADMIN.call(() -> {
            CertificateRow c = service.importCertificate(TestCertificates.pemFor(holder, SERIALS.incrementAndGet(),
                    today, validTo), unitId, CertificateKind.AGENCY, "USB Token").certificate();
            return service.handOver(c.id(), c.version(), today, today, "Phạm Thu Trang");
        });
    }

    private void assertHandOverRejected(CertificateRow c, LocalDate on, LocalDate trained, String who, String key) {
        assertThatThrownBy(() -> service.handOver(c.id(), c.version(), on, trained, who))
                .isInstanceOf(BusinessException.class).hasMessage(key);
    }

    private static CertificateFilter figure(SummaryFigure f) {
        return new CertificateFilter(null, null, null, null, null, null, f);
    }

    private long personalAt(String code) {
        return service.count(new CertificateFilter(null, CertificateKind.PERSONAL, null, unit(code), null, null,
                SummaryFigure.HANDED_OVER));
    }

    private static long handedOver(java.util.List<TierKindSummary> summary, Tier tier, CertificateKind kind) {
        return summary.stream().filter(s -> s.tier() == tier && s.kind() == kind).mapToLong(TierKindSummary::handedOver).sum();
    }

    private long unit(String code) {
        return ADMIN.call(() -> units.findByCode(code).orElseThrow().id());
    }

    /** An IT officer's request reaches the DIC once the unit head approved it (see ApprovalAuthorizationTest). */
    static RequestRow approvedByHead(CertificateService service, RequestRow request) {
        return vn.egov.console.DemoUsers.HEAD_SNV.call(() -> service.approveAsHead(request.id(), request.version()));
    }

    @Test
    void theUnsortedRegisterListsReplacedCertificatesAfterEveryOther() {
        ADMIN.run(() -> {
            long replaced = service.count(new CertificateFilter(null, null, CertificateStatus.REPLACED, null, null,
                    null, null));
            long all = service.count(CertificateFilter.all());
            assertThat(replaced).as("the demo's renewal history").isPositive();
            var first = service.search(CertificateFilter.all(), PageRequest.of(0, 50));
            assertThat(first).extracting(CertificateRow::status).doesNotContain(CertificateStatus.REPLACED);
            var last = service.search(CertificateFilter.all(), PageRequest.of(0, (int) all)).subList(
                    (int) (all - replaced), (int) all);
            assertThat(last).extracting(CertificateRow::status).containsOnly(CertificateStatus.REPLACED);
        });
    }

    @Test
    void demoRenewalsWereFiledMostlyOnTimeSomeUnderTheSixtyDayRule() {
        LocalDate today = service.today();
        var filed = ADMIN.call(() -> service.renewalFilings(today.minusYears(4), today));
        assertThat(filed).hasSizeGreaterThan(100).allMatch(r -> !r.filedOn().isAfter(today));
        long onTime = filed.stream().filter(RenewalFiling::onTime).count();
        assertThat(onTime).isGreaterThan(filed.size() / 2).isLessThan(filed.size());
        assertThatThrownBy(() -> ADMIN.run(() -> service.renewalFilings(today, today.minusDays(1))))
                .hasMessage("error.certificate.periodOrder");
    }
}
