package vn.egov.console.portal.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.console.DemoUsers.ADMIN;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.DemoUsers;
import vn.egov.console.IntegrationTest;
import vn.egov.console.organization.UnitService;
import vn.egov.console.portal.CheckOutcome;
import vn.egov.console.portal.Hosting;
import vn.egov.console.portal.IncidentKind;
import vn.egov.console.portal.MonitorSettings;
import vn.egov.console.portal.Portal;
import vn.egov.console.portal.PortalDraft;
import vn.egov.console.portal.PortalService;
import vn.egov.console.portal.PostingPeriod;
import vn.egov.console.portal.ProbeFailure;
import vn.egov.console.security.CurrentUser;

/** The monitor job end to end against local servers: due portals only, results stored, incidents opened. */
@IntegrationTest
@Transactional
class PortalMonitorJobTest {

    @TempDir
    static Path dir;
    static TestServers servers;
    static String http;

    @Autowired
    PortalMonitorJob job;
    @Autowired
    PortalService portals;
    @Autowired
    UnitService units;

    @BeforeAll
    static void start() throws Exception {
        servers = new TestServers(dir);
        http = servers.http();
    }

    @AfterAll
    static void stop() {
        servers.close();
    }

    @Test
    void probesOnlyDuePortalsAndRecordsEveryCheck() {
        Instant t0 = Instant.now().plusSeconds(1); // turning monitoring on makes a portal due "now"
        Portal ok = monitored(http + "/", 3);
        Portal broken = monitored(http + "/error", 2);

        CurrentUser.runAsSystem(() -> assertThat(job.dispatch(t0)).as("only the two enabled portals").isEqualTo(2));
        ADMIN.run(() -> {
            assertThat(portals.get(ok.id()).lastOutcome()).isEqualTo(CheckOutcome.UP);
            assertThat(portals.get(broken.id()).lastFailure()).isEqualTo(ProbeFailure.HTTP_STATUS);
            assertThat(portals.get(broken.id()).lastStatusCode()).isEqualTo(500);
        });

        CurrentUser.runAsSystem(() -> assertThat(job.dispatch(t0.plusSeconds(60))).as("not due yet").isZero());
        CurrentUser.runAsSystem(() -> assertThat(job.dispatch(t0.plusSeconds(300))).isEqualTo(2));
        ADMIN.run(() -> {
            assertThat(portals.countChecks(ok.id())).isEqualTo(2);
            assertThat(portals.incidents(broken.id())).singleElement()
                    .satisfies(i -> assertThat(i.kind()).isEqualTo(IncidentKind.OUTAGE));
            assertThat(portals.uptime(ok.id(), t0.plusSeconds(300)).day().ratio()).isEqualTo(1.0);
            assertThat(portals.uptime(broken.id(), t0.plusSeconds(300)).day().ratio()).isEqualTo(0.0);
        });
    }

    @Test
    void checkNowMakesAPortalDueImmediately() {
        Portal p = monitored(http + "/changing", 3);
        Instant t0 = Instant.now();
        CurrentUser.runAsSystem(() -> job.dispatch(t0));
        CurrentUser.runAsSystem(() -> assertThat(job.dispatch(t0.plusSeconds(10))).isZero());
        ADMIN.run(() -> portals.requestCheck(p.id()));
        CurrentUser.runAsSystem(() -> assertThat(job.dispatch(Instant.now().plusSeconds(1))).isEqualTo(1));
    }

    private Portal monitored(String url, int threshold) {
        return ADMIN.call(() -> {
            long unit = units.findByCode(DemoUsers.STP_CODE).orElseThrow().id();
            Portal p = portals.create(new PortalDraft(unit, "Cổng thử " + url, url, Hosting.ELSEWHERE, null, null, 1,
                    PostingPeriod.WEEK, null, null, null, null, null, null, 0, false, null, null));
            return portals.updateMonitoring(p.id(), p.version(), new MonitorSettings(true, 5, null, null, threshold));
        });
    }
}
