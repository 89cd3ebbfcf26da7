package vn.egov.console.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.egov.console.architecture.FundingSource;
import vn.egov.console.architecture.TaskRow;
import vn.egov.console.architecture.TaskStatus;
import vn.egov.console.certificate.CertificateKind;
import vn.egov.console.certificate.CertificateRow;
import vn.egov.console.certificate.CertificateStatus;
import vn.egov.console.certificate.RenewalFiling;
import vn.egov.console.certificate.RequestStatus;
import vn.egov.console.docflow.ExchangeTotals;
import vn.egov.console.docflow.RolloutDraft;
import vn.egov.console.docflow.RolloutRow;
import vn.egov.console.mailbox.CoverageRow;
import vn.egov.console.organization.Tier;
import vn.egov.console.organization.UnitKind;
import vn.egov.console.organization.UnitStatus;
import vn.egov.console.organization.UnitSummary;
import vn.egov.console.portal.AssessmentResult;
import vn.egov.console.portal.Hosting;
import vn.egov.console.portal.MonitorSettings;
import vn.egov.console.portal.Portal;
import vn.egov.console.portal.PostingPeriod;
import vn.egov.console.portal.RestoreResult;
import vn.egov.console.publicservice.OnlineUse;
import vn.egov.console.publicservice.Totals;

/** Every metric on hand-made facts of one unit for 2025 (snapshot 31/12/2025), with the expected value worked out. */
class IndexMetricTest {

    /** Facts without certificate renewals or online-procedure use (the metrics over them read "no data"). */
    private static UnitFacts facts(UnitSummary unit, int year, LocalDate snapshot, List<Portal> portals,
                                   ExchangeTotals exchange, RolloutRow rollout, CoverageRow mailboxes,
                                   List<CertificateRow> certificates, Totals publicServices, List<TaskRow> tasksLed) {
        return new UnitFacts(unit, year, snapshot, portals, exchange, rollout, mailboxes, certificates, List.of(),
                publicServices, null, tasksLed);
    }

    static final LocalDate SNAPSHOT = LocalDate.of(2025, 12, 31);
    static final UnitSummary UNIT = new UnitSummary(7, "U7", "Sở Thử", Tier.PROVINCE, UnitKind.DEPARTMENT, null, 40,
            true, UnitStatus.ACTIVE, null, null, 0);

    static UnitFacts empty() {
        return facts(UNIT, 2025, SNAPSHOT, List.of(), null, null, null, List.of(), null, List.of());
    }

    static Portal portal(LocalDate content, LocalDate assessed, AssessmentResult result, LocalDate restored,
                         RestoreResult restore) {
        return new Portal(1, 7, "Sở Thử", "Cổng", "https://x.vinhphuc.gov.vn", Hosting.CENTRAL, null, null, 4,
                PostingPeriod.MONTH, content, 2, null, null, assessed, result, 0, true, restored, restore,
                new MonitorSettings(false, 5, null, null, 3), null, null, null, null, null, null, 0, 0);
    }

    static TaskRow task(LocalDate plannedEnd, TaskStatus status, LocalDate doneOn) {
        return new TaskRow(1, 1, "1", "t", 1, null, null, 7, "Sở Thử", plannedEnd.minusMonths(6), plannedEnd, null,
                null, FundingSource.OTHER, null, 0, null, status, 0, false, null, doneOn, false, false, 0);
    }

    @Test
    void portalMetrics() {
        assertThat(IndexMetric.HAS_PORTAL.value(empty())).isEqualTo(0.0);
        assertThat(IndexMetric.PORTAL_COMPLIANCE.value(empty())).isNull();
        // fresh content (10 days before), assessment passed 11 months before, restore test 13 months before: 2 of 3
        Portal twoOfThree = portal(SNAPSHOT.minusDays(10), SNAPSHOT.minusMonths(11), AssessmentResult.PASSED,
                SNAPSHOT.minusMonths(13), RestoreResult.SUCCESS);
        // stale content, failed assessment, restore failed: 0 of 3
        Portal none = portal(SNAPSHOT.minusDays(40), SNAPSHOT.minusMonths(1), AssessmentResult.FAILED,
                SNAPSHOT.minusMonths(1), RestoreResult.FAILED);
        UnitFacts f = facts(UNIT, 2025, SNAPSHOT, List.of(twoOfThree, none), null, null, null, List.of(),
                null, List.of());
        assertThat(IndexMetric.HAS_PORTAL.value(f)).isEqualTo(1.0);
        // (2/3 + 0) / 2 = 1/3
        assertThat(IndexMetric.PORTAL_COMPLIANCE.value(f)).isCloseTo(1 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void documentExchangeMetrics() {
        // 200 sent, 150 electronically, 120 of them signed, 30 also on paper; 50 to central, 9 of them signed
        ExchangeTotals t = new ExchangeTotals(200, 150, 0, 0, 0, 120, 30, 50, 9, 12);
        UnitFacts f = facts(UNIT, 2025, SNAPSHOT, List.of(), t, null, null, List.of(), null, List.of());
        assertThat(IndexMetric.DOC_ELECTRONIC_SHARE.value(f)).isEqualTo(0.75);
        assertThat(IndexMetric.DOC_SIGNED_SHARE.value(f)).isEqualTo(0.8);
        assertThat(IndexMetric.DOC_NO_PAPER_SHARE.value(f)).isEqualTo(0.8);
        assertThat(IndexMetric.DOC_CENTRAL_SIGNED_SHARE.value(f)).isEqualTo(0.18);
        assertThat(IndexMetric.DOC_SIGNED_SHARE.value(empty())).isNull();
    }

    @Test
    void documentStageCountsOnlyStagesReachedByTheSnapshot() {
        RolloutDraft d = new RolloutDraft(null, null, null, LocalDate.of(2016, 3, 1), LocalDate.of(2016, 5, 1),
                LocalDate.of(2016, 8, 25), LocalDate.of(2016, 9, 1), LocalDate.of(2026, 2, 1), null);
        UnitFacts f = facts(UNIT, 2025, SNAPSHOT, List.of(), null,
                new RolloutRow(7, "U7", "Sở Thử", Tier.PROVINCE, UnitKind.DEPARTMENT, d, 1L), null, List.of(), null,
                List.of());
        // axis connection (stage 5) came after the snapshot: hub connected = 4
        assertThat(IndexMetric.DOC_STAGE.value(f)).isEqualTo(4.0);
        assertThat(IndexMetric.DOC_STAGE.value(empty())).isEqualTo(0.0);
    }

    @Test
    void mailboxMetrics() {
        // headcount 40, 30 staff mailboxes; 28 active, 7 of them unused for 90 days
        CoverageRow c = new CoverageRow(7, "U7", "Sở Thử", Tier.PROVINCE, 40, 30, true, 28, 2, 7, 0);
        UnitFacts f = facts(UNIT, 2025, SNAPSHOT, List.of(), null, null, c, List.of(), null, List.of());
        assertThat(IndexMetric.MAILBOX_COVERAGE.value(f)).isEqualTo(0.75);
        assertThat(IndexMetric.MAILBOX_USED_90D.value(f)).isEqualTo(0.75);
        assertThat(IndexMetric.MAILBOX_COVERAGE.value(empty())).isEqualTo(0.0);
    }

    @Test
    void agencyCertificateInForceOnTheSnapshot() {
        CertificateRow valid = cert(CertificateKind.AGENCY, CertificateStatus.EXPIRED, LocalDate.of(2024, 3, 1),
                LocalDate.of(2026, 3, 1));
        CertificateRow lapsed = cert(CertificateKind.AGENCY, CertificateStatus.HANDED_OVER, LocalDate.of(2022, 1, 1),
                LocalDate.of(2025, 6, 30));
        CertificateRow revoked = cert(CertificateKind.AGENCY, CertificateStatus.REVOKED, LocalDate.of(2025, 1, 1),
                LocalDate.of(2028, 1, 1));
        assertThat(IndexMetric.CERT_AGENCY_IN_FORCE.value(withCerts(List.of(valid)))).isEqualTo(1.0);
        assertThat(IndexMetric.CERT_AGENCY_IN_FORCE.value(withCerts(List.of(lapsed, revoked)))).isEqualTo(0.0);
    }

    static UnitFacts withCerts(List<CertificateRow> certs) {
        return facts(UNIT, 2025, SNAPSHOT, List.of(), null, null, null, certs, null, List.of());
    }

    static CertificateRow cert(CertificateKind kind, CertificateStatus status, LocalDate from, LocalDate to) {
        return new CertificateRow(1, 7, "U7", "Sở Thử", Tier.PROVINCE, kind, "Sở Thử", status, "01", null, null,
                null, from, to, null, null, null, null, null, 0, true);
    }

    @Test
    void publicServiceMetrics() {
        // 400 received, 100 online; 380 resolved, 361 on time
        Totals t = new Totals(400, 100, 380, 361, 19, 0, 0, 0, 12);
        UnitFacts f = facts(UNIT, 2025, SNAPSHOT, List.of(), null, null, null, List.of(), t, List.of());
        assertThat(IndexMetric.PS_ONLINE_SHARE.value(f)).isEqualTo(0.25);
        assertThat(IndexMetric.PS_ON_TIME_RATE.value(f)).isEqualTo(0.95);
        assertThat(IndexMetric.PS_ONLINE_SHARE.value(empty())).isNull();
    }

    @Test
    void renewalsFiledOnTimeCountTheYearUpToTheSnapshotAgainstTheSixtyDayRule() {
        List<RenewalFiling> filed = List.of(
                renewal(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 30)),    // exactly 60 days left: on time
                renewal(LocalDate.of(2025, 5, 10), LocalDate.of(2025, 7, 8)),    // 59 days left: late
                renewal(LocalDate.of(2025, 8, 1), LocalDate.of(2025, 7, 1)),     // filed after expiry: late
                renewal(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 1, 15)),    // 136 days left: on time
                renewal(LocalDate.of(2024, 12, 30), LocalDate.of(2025, 1, 10)),  // last year: not counted
                renewal(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 9, 1)));    // after the snapshot: not counted
        // 2 on time of the 4 filed in 2025
        assertThat(IndexMetric.CERT_RENEWAL_ON_TIME.value(withRenewals(filed, SNAPSHOT))).isEqualTo(0.5);
        // snapshot on 30/6: only the first two filings count, one on time
        assertThat(IndexMetric.CERT_RENEWAL_ON_TIME.value(withRenewals(filed, LocalDate.of(2025, 6, 30))))
                .isEqualTo(0.5);
        assertThat(IndexMetric.CERT_RENEWAL_ON_TIME.value(withRenewals(filed.subList(0, 1), SNAPSHOT))).isEqualTo(1.0);
        assertThat(IndexMetric.CERT_RENEWAL_ON_TIME.value(withRenewals(filed.subList(4, 6), SNAPSHOT)))
                .as("no renewal filed in the year: no data").isNull();
        assertThat(IndexMetric.CERT_RENEWAL_ON_TIME.value(empty())).isNull();
    }

    static RenewalFiling renewal(LocalDate filedOn, LocalDate expiringOn) {
        return new RenewalFiling(1, 7, 1, CertificateKind.AGENCY, "Sở Thử", filedOn, expiringOn, RequestStatus.DONE);
    }

    static UnitFacts withRenewals(List<RenewalFiling> renewals, LocalDate snapshot) {
        return new UnitFacts(UNIT, 2025, snapshot, List.of(), null, null, null, List.of(), renewals, null, null,
                List.of());
    }

    @Test
    void onlineProceduresWithoutAnOnlineApplication() {
        // 40 procedures offered online, 30 of them saw no online application from the unit
        UnitFacts f = new UnitFacts(UNIT, 2025, SNAPSHOT, List.of(), null, null, null, List.of(), List.of(), null,
                new OnlineUse(7, 40, 30), List.of());
        assertThat(IndexMetric.PS_ONLINE_UNUSED.value(f)).isEqualTo(30.0);
        assertThat(IndexMetric.PS_ONLINE_USED_SHARE.value(f)).isEqualTo(0.25);
        UnitFacts allUsed = new UnitFacts(UNIT, 2025, SNAPSHOT, List.of(), null, null, null, List.of(), List.of(),
                null, new OnlineUse(7, 12, 0), List.of());
        assertThat(IndexMetric.PS_ONLINE_UNUSED.value(allUsed)).isEqualTo(0.0);
        assertThat(IndexMetric.PS_ONLINE_USED_SHARE.value(allUsed)).isEqualTo(1.0);
        UnitFacts noneOffered = new UnitFacts(UNIT, 2025, SNAPSHOT, List.of(), null, null, null, List.of(),
                List.of(), null, new OnlineUse(7, 0, 0), List.of());
        assertThat(IndexMetric.PS_ONLINE_USED_SHARE.value(noneOffered)).isNull();
        assertThat(IndexMetric.PS_ONLINE_UNUSED.value(empty())).isNull();
        assertThat(IndexMetric.PS_ONLINE_USED_SHARE.value(empty())).isNull();
    }

    @Test
    void architectureTasksDueInTheYearDoneOnTime() {
        LocalDate june = LocalDate.of(2025, 6, 30);
        List<TaskRow> tasks = List.of(
                task(june, TaskStatus.DONE, LocalDate.of(2025, 6, 20)),      // on time
                task(june, TaskStatus.DONE, LocalDate.of(2025, 7, 15)),      // late
                task(june, TaskStatus.IN_PROGRESS, null),                    // not done
                task(june, TaskStatus.CANCELLED, null),                      // does not count
                task(LocalDate.of(2026, 6, 30), TaskStatus.IN_PROGRESS, null)); // due next year
        UnitFacts f = facts(UNIT, 2025, SNAPSHOT, List.of(), null, null, null, List.of(), null, tasks);
        assertThat(IndexMetric.ARCH_TASKS_ON_TIME.value(f)).isCloseTo(1 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(IndexMetric.ARCH_TASKS_ON_TIME.value(empty())).isNull();
    }

    @Test
    void dedicatedItOfficer() {
        assertThat(IndexMetric.IT_OFFICER.value(empty())).isEqualTo(1.0);
        UnitSummary without = new UnitSummary(8, "U8", "Sở Khác", Tier.PROVINCE, UnitKind.DEPARTMENT, null, 10, false,
                UnitStatus.ACTIVE, null, null, 0);
        assertThat(IndexMetric.IT_OFFICER.value(facts(without, 2025, SNAPSHOT, List.of(), null, null, null,
                List.of(), null, List.of()))).isEqualTo(0.0);
    }
}
