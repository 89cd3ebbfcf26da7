package vn.egov.console.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.egov.console.DemoUsers.ADMIN;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.DemoUsers;
import vn.egov.console.IntegrationTest;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.notification.NotificationService;
import vn.egov.console.organization.UnitKind;
import vn.egov.console.organization.UnitService;
import vn.egov.console.organization.UnitSummary;

/** The registry, validation, monitoring maths, notifications and the status page. Each test rolls back. */
@IntegrationTest
@Transactional
class PortalServiceTest {

    @Autowired
    PortalService portals;
    @Autowired
    UnitService units;
    @Autowired
    NotificationService notifications;

    static final Instant T0 = Instant.parse("2026-11-20T01:00:00Z");

    @Test
    void demoHasAPortalForEveryDepartmentAndDistrictHostedCentrallyAndNeverChecked() {
        ADMIN.run(() -> {
            List<UnitSummary> owners = units.listActive().stream().filter(u -> u.code().endsWith(".H62"))
                    .filter(u -> u.kind() == UnitKind.DEPARTMENT || u.kind() == UnitKind.DISTRICT_COMMITTEE).toList();
            List<Portal> demo = portals.list().stream().filter(p -> p.url().endsWith(".vinhphuc.gov.vn/")).toList();
            assertThat(owners).hasSize(34);
            assertThat(demo).hasSize(34);
            assertThat(demo).extracting(Portal::unitId)
                    .containsExactlyInAnyOrderElementsOf(owners.stream().map(UnitSummary::id).toList());
            assertThat(demo).allMatch(p -> p.hosting() == Hosting.CENTRAL);
            assertThat(demo).as("monitoring ships paused: nothing leaves the machine")
                    .allMatch(p -> !p.monitor().enabled() && p.neverChecked());
            assertThat(demo).extracting(p -> PortalService.stateOf(p)).containsOnly(StatusEntry.State.PAUSED);
            assertThat(demo).anyMatch(p -> p.url().equals("https://snv.vinhphuc.gov.vn/") && p.unitName().equals("Sở Nội vụ"))
                    .anyMatch(p -> p.url().equals("https://sngv.vinhphuc.gov.vn/") && p.unitName().equals("Sở Ngoại vụ"))
                    .anyMatch(p -> p.url().equals("https://vinhyen.vinhphuc.gov.vn/"));

            assertThat(demo.stream().filter(p -> portals.issues(p).contains(ComplianceIssue.CONTENT_STALE)).count())
                    .as("some stale").isBetween(3L, 10L);
            assertThat(demo.stream().filter(p -> portals.issues(p).contains(ComplianceIssue.ASSESSMENT_OVERDUE))
                    .count()).as("some assessments overdue").isBetween(3L, 12L);
            assertThat(demo.stream().filter(p -> p.lastRestoreTestDate() == null)).as("one without a restore test")
                    .hasSize(1);

            ComplianceBoard board = portals.complianceBoard();
            assertThat(board.unitsExpected()).isGreaterThanOrEqualTo(34);
            assertThat(board.coverage()).isEqualTo(1.0);
            assertThat(board.total().down()).isZero();
            assertThat(board.total().portals()).isEqualTo(board.units().stream().mapToLong(UnitCompliance::portals).sum());
        });
    }

    @Test
    void rejectsBadAddressesAndAbsurdSettingsWithSpecificMessages() {
        ADMIN.run(() -> {
            long unit = units.findByCode(DemoUsers.STP_CODE).orElseThrow().id();
            assertRejected(draft(unit, "file:///etc/passwd"), "error.portal.urlScheme");
            assertRejected(draft(unit, "ftp://stp.example.vn/"), "error.portal.urlScheme");
            assertRejected(draft(unit, "javascript:alert(1)"), "error.portal.urlScheme");
            assertRejected(draft(unit, "stp.vinhphuc.gov.vn"), "error.portal.urlInvalid");
            assertRejected(draft(unit, "https://"), "error.portal.urlInvalid");
            assertRejected(draft(unit, "https://a b.vn/"), "error.portal.urlInvalid");
            assertRejected(draft(unit, "https://user:pw@stp.test.vn/"), "error.portal.urlCredentials");
            assertRejected(draft(unit, "  "), "error.portal.urlRequired");
            assertRejected(draft(unit, "https://snv.vinhphuc.gov.vn/"), "error.portal.urlTaken");
            assertRejected(draft(unit, "HTTPS://SNV.VinhPhuc.gov.vn"), "error.portal.urlTaken");

            Portal p = portals.create(draft(unit, "https://moi.test.vn"));
            assertThat(p.url()).isEqualTo("https://moi.test.vn/");
            assertThat(p.monitor()).isEqualTo(MonitorSettings.paused());
            assertMonitorRejected(p, new MonitorSettings(true, 0, null, null, 3), "error.portal.intervalRange");
            assertMonitorRejected(p, new MonitorSettings(true, 100_000, null, null, 3), "error.portal.intervalRange");
            assertMonitorRejected(p, new MonitorSettings(true, 5, null, null, 0), "error.portal.thresholdRange");
            assertMonitorRejected(p, new MonitorSettings(true, 5, "x".repeat(201), null, 3), "error.portal.keywordTooLong");
            assertMonitorRejected(p, new MonitorSettings(true, 5, "Hacked", "hacked", 3),
                    "error.portal.keywordSameAsForbidden");

            PortalDraft future = new PortalDraft(unit, "Tên", "https://x.test.vn", Hosting.CENTRAL, null, null, 1,
                    PostingPeriod.WEEK, LocalDate.now().plusDays(5), null, null, null, null, null, 0, true, null, null);
            assertRejected(future, "error.portal.dateInFuture");
            PortalDraft level = new PortalDraft(unit, "Tên", "https://x.test.vn", Hosting.CENTRAL, null, null, 1,
                    PostingPeriod.WEEK, null, 6, null, null, null, null, 0, true, null, null);
            assertRejected(level, "error.portal.securityLevelRange");
            PortalDraft posts = new PortalDraft(unit, "Tên", "https://x.test.vn", Hosting.CENTRAL, null, null, 100_000,
                    PostingPeriod.WEEK, null, null, null, null, null, null, 0, true, null, null);
            assertRejected(posts, "error.portal.postingRange");
        });
    }

    @Test
    void editsUseOptimisticLocking() {
        ADMIN.run(() -> {
            long unit = units.findByCode(DemoUsers.STP_CODE).orElseThrow().id();
            Portal p = portals.create(draft(unit, "https://khoa.test.vn"));
            Portal edited = portals.update(p.id(), p.version(), withName(p, "Tên mới"));
            assertThat(edited.name()).isEqualTo("Tên mới");
            assertThatThrownBy(() -> portals.update(p.id(), p.version(), withName(p, "Tên cũ")))
                    .isInstanceOf(BusinessException.class).hasMessage("error.conflict");
            assertThat(portals.get(p.id()).name()).isEqualTo("Tên mới");
        });
    }

    @Test
    void incidentOpensAfterThreeConsecutiveFailuresAndClosesOnRecovery() {
        ADMIN.run(() -> {
            Portal p = monitored("https://succo.test.vn", 3);
            ProbeResult down = ProbeResult.down(ProbeFailure.CONNECTION_REFUSED, "refused", null, 3L, null);
            portals.recordCheck(p.id(), down, T0);
            portals.recordCheck(p.id(), down, T0.plusSeconds(300));
            assertThat(portals.incidents(p.id())).as("two failures are not yet an incident").isEmpty();
            assertThat(portals.get(p.id()).consecutiveFailures()).isEqualTo(2);

            portals.recordCheck(p.id(), down, T0.plusSeconds(600));
            assertThat(portals.incidents(p.id())).singleElement().satisfies(i -> {
                assertThat(i.kind()).isEqualTo(IncidentKind.OUTAGE);
                assertThat(i.source()).isEqualTo(IncidentSource.MONITORING);
                assertThat(i.openedAt()).isEqualTo(T0.plusSeconds(600));
                assertThat(i.isOpen()).isTrue();
                assertThat(i.summary()).contains("3 lần").contains("từ chối kết nối");
            });
            portals.recordCheck(p.id(), down, T0.plusSeconds(900));
            assertThat(portals.incidents(p.id())).as("still one incident while it stays down").hasSize(1);
            assertThat(portals.issues(portals.get(p.id()))).contains(ComplianceIssue.DOWN);

            portals.recordCheck(p.id(), up("a"), T0.plusSeconds(1200));
            assertThat(portals.incidents(p.id())).singleElement().satisfies(i -> {
                assertThat(i.closedAt()).isEqualTo(T0.plusSeconds(1200));
                assertThat(i.closedBy()).isEqualTo("system");
            });
            assertThat(portals.get(p.id()).consecutiveFailures()).isZero();

            assertThat(notifications.recent(50)).extracting(n -> n.title())
                    .anyMatch(t -> t.startsWith("Sự cố cổng TTĐT: Cổng thử"))
                    .anyMatch(t -> t.startsWith("Cổng TTĐT hoạt động trở lại: Cổng thử"));
        });
    }

    @Test
    void defacementOpensADefacementIncident() {
        ADMIN.run(() -> {
            Portal p = monitored("https://deface.test.vn", 1);
            portals.recordCheck(p.id(), new ProbeResult(CheckOutcome.CONTENT_ALERT, 200, 40L, null,
                    ProbeFailure.FORBIDDEN_TEXT, "Found: hacked by", "h", 100L), T0);
            assertThat(portals.incidents(p.id())).singleElement().satisfies(i -> {
                assertThat(i.kind()).isEqualTo(IncidentKind.DEFACEMENT);
                assertThat(i.severity()).isEqualTo(IncidentSeverity.HIGH);
            });
            assertThat(PortalService.stateOf(portals.get(p.id()))).isEqualTo(StatusEntry.State.DEGRADED);
        });
    }

    @Test
    void uptimeCountsChecksInEachWindowAsOfAFixedTime() {
        ADMIN.run(() -> {
            Portal p = monitored("https://uptime.test.vn", 3);
            Instant now = T0;
            ProbeResult down = ProbeResult.down(ProbeFailure.TIMEOUT, "slow", null, 15_000L, null);
            // last 24 h: 3 up, 1 down, 1 content alert (still reachable) -> 4/5
            portals.recordCheck(p.id(), up("a"), now.minusSeconds(3600));
            portals.recordCheck(p.id(), up("a"), now.minusSeconds(7200));
            portals.recordCheck(p.id(), up("a"), now);
            portals.recordCheck(p.id(), down, now.minusSeconds(10_800));
            portals.recordCheck(p.id(), new ProbeResult(CheckOutcome.CONTENT_ALERT, 200, 5L, null,
                    ProbeFailure.KEYWORD_MISSING, "Missing", "a", 1L), now.minusSeconds(14_400));
            // 3 days ago: 1 down; 20 days ago: 2 down; 40 days ago: outside every window
            portals.recordCheck(p.id(), down, now.minusSeconds(3 * 86_400));
            portals.recordCheck(p.id(), down, now.minusSeconds(20 * 86_400));
            portals.recordCheck(p.id(), down, now.minusSeconds(20 * 86_400 + 60));
            portals.recordCheck(p.id(), down, now.minusSeconds(40 * 86_400));

            Uptime u = portals.uptime(p.id(), now);
            assertThat(u.day()).isEqualTo(new Uptime.Window(5, 4));
            assertThat(u.week()).isEqualTo(new Uptime.Window(6, 4));
            assertThat(u.month()).isEqualTo(new Uptime.Window(8, 4));
            assertThat(u.month().ratio()).isEqualTo(0.5);
            assertThat(portals.uptime(p.id(), now.minusSeconds(400 * 86_400L)).day().ratio())
                    .as("no checks: no ratio, not 0 % and not 100 %").isNull();
            assertThat(portals.countChecks(p.id())).isEqualTo(9);
            assertThat(portals.checks(p.id(), 0, 2)).extracting(PortalCheck::checkedAt)
                    .containsExactly(now, now.minusSeconds(3600));
        });
    }

    @Test
    void aChangedPageCountsAsAContentUpdate() {
        ADMIN.run(() -> {
            Portal p = monitored("https://noidung.test.vn", 3);
            portals.recordCheck(p.id(), up("hash-1"), T0);
            assertThat(portals.get(p.id()).lastContentUpdate()).as("first sight is not an update").isNull();
            portals.recordCheck(p.id(), up("hash-1"), T0.plusSeconds(300));
            portals.recordCheck(p.id(), up("hash-2"), T0.plusSeconds(600));
            assertThat(portals.get(p.id()).lastContentUpdate()).isEqualTo(LocalDate.of(2026, 11, 20));
            assertThat(portals.checks(p.id(), 0, 10)).filteredOn(PortalCheck::contentChanged).hasSize(1);
        });
    }

    @Test
    void complianceAlertsReachAdminAndTheUnitOnceEach() {
        ADMIN.run(() -> {
            int first = portals.raiseComplianceAlerts(Instant.now());
            assertThat(first).as("the demo has gaps to tell about").isPositive();
            assertThat(portals.raiseComplianceAlerts(Instant.now())).as("deduplicated").isZero();
        });
        assertThat(DemoUsers.HEAD_SNV.call(() -> notifications.recent(200))).extracting(n -> n.title())
                .allMatch(t -> !t.contains("Vĩnh Yên"), "a unit hears only about its own portals");
    }

    @Test
    void statusPageShowsNothingUntilPublishedAndThenOnlyPublicFacts() {
        assertThat(portals.publicStatus()).as("anonymous, unpublished").isEmpty();
        assertThatThrownBy(() -> DemoUsers.LEADER.run(() -> portals.setStatusPagePublished(true)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        ADMIN.run(() -> portals.setStatusPagePublished(true));
        List<StatusEntry> entries = portals.publicStatus().orElseThrow();
        assertThat(entries).hasSizeGreaterThanOrEqualTo(34);
        assertThat(entries).filteredOn(e -> e.url().endsWith(".vinhphuc.gov.vn/"))
                .allMatch(e -> e.state() == StatusEntry.State.PAUSED && e.lastCheckAt() == null && e.uptime24h() == null);
        ADMIN.run(() -> portals.setStatusPagePublished(false));
        assertThat(portals.publicStatus()).isEmpty();
    }

    @Test
    void mergingAUnitMovesItsPortalToTheSuccessor() {
        ADMIN.run(() -> {
            long stp = units.findByCode(DemoUsers.STP_CODE).orElseThrow().id();
            long snv = units.findByCode(DemoUsers.SNV_CODE).orElseThrow().id();
            Portal p = portals.list().stream().filter(x -> x.unitId() == stp).findFirst().orElseThrow();
            units.merge(stp, snv, "Hợp nhất thử");
            assertThat(portals.get(p.id()).unitId()).isEqualTo(snv);
        });
    }

    @Test
    void incidentsByHandNeedAClearDescriptionAndActionsToClose() {
        ADMIN.run(() -> {
            Portal p = monitored("https://tay.test.vn", 3);
            assertThatThrownBy(() -> portals.openIncident(p.id(), new IncidentDraft(IncidentKind.ATTACK,
                    IncidentSeverity.HIGH, " ", null))).hasMessage("error.portal.incidentSummaryRequired");
            PortalIncident i = portals.openIncident(p.id(), new IncidentDraft(IncidentKind.ATTACK,
                    IncidentSeverity.HIGH, "Dò quét mật khẩu quản trị", null));
            assertThatThrownBy(() -> portals.closeIncident(i.id(), i.version(), " "))
                    .hasMessage("error.portal.actionsRequired");
            PortalIncident closed = portals.closeIncident(i.id(), i.version(), "Chặn IP, đổi mật khẩu");
            assertThat(closed.closedAt()).isNotNull();
            assertThat(closed.closedBy()).isEqualTo("admin");
            assertThatThrownBy(() -> portals.closeIncident(i.id(), closed.version(), "lần nữa"))
                    .hasMessage("error.portal.incidentClosed");
        });
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private Portal monitored(String url, int threshold) {
        long unit = units.findByCode(DemoUsers.STP_CODE).orElseThrow().id();
        Portal p = portals.create(draft(unit, url));
        return portals.updateMonitoring(p.id(), p.version(), new MonitorSettings(true, 5, null, null, threshold));
    }

    static ProbeResult up(String hash) {
        return ProbeResult.up(200, 120, null, hash, 1000);
    }

    static PortalDraft draft(long unitId, String url) {
        return new PortalDraft(unitId, "Cổng thử " + url, url, Hosting.CENTRAL, "WordPress", "Văn phòng", 2,
                PostingPeriod.WEEK, null, 2, null, null, null, null, 0, true, null, null);
    }

    private static PortalDraft withName(Portal p, String name) {
        PortalDraft d = p.toDraft();
        return new PortalDraft(d.unitId(), name, d.url(), d.hosting(), d.platform(), d.editor(), d.postingMinPosts(),
                d.postingPeriod(), d.lastContentUpdate(), d.securityLevel(), d.securityDecisionNo(),
                d.securityDecisionDate(), d.lastAssessmentDate(), d.lastAssessmentResult(), d.openFindings(),
                d.backupPlan(), d.lastRestoreTestDate(), d.lastRestoreTestResult());
    }

    private void assertRejected(PortalDraft draft, String key) {
        int before = portals.list().size();
        assertThatThrownBy(() -> portals.create(draft)).isInstanceOf(BusinessException.class).hasMessage(key);
        assertThat(portals.list()).hasSize(before);
    }

    private void assertMonitorRejected(Portal p, MonitorSettings s, String key) {
        assertThatThrownBy(() -> portals.updateMonitoring(p.id(), p.version(), s))
                .isInstanceOf(BusinessException.class).hasMessage(key);
    }
}
