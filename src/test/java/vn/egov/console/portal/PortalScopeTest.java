package vn.egov.console.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.egov.console.DemoUsers.ADMIN;
import static vn.egov.console.DemoUsers.HEAD_SNV;
import static vn.egov.console.DemoUsers.HEAD_VINH_YEN;
import static vn.egov.console.DemoUsers.LEADER;
import static vn.egov.console.DemoUsers.OFFICER_SNV;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.DemoUsers;
import vn.egov.console.IntegrationTest;
import vn.egov.console.organization.UnitService;

/**
 * Every role against every portal service method, in and out of scope. Unit roles see and keep only their own
 * unit's portals (Vĩnh Yên's head also sees nothing of Sở Nội vụ); LEADER reads everything and changes nothing;
 * only ADMIN configures monitoring, publishes the status page and runs the monitor.
 */
@IntegrationTest
@Transactional
class PortalScopeTest {

    @Autowired
    PortalService portals;
    @Autowired
    UnitService units;

    Portal snvPortal;
    Portal stpPortal;
    Portal vinhYenPortal;
    long snv;
    long stp;

    @BeforeEach
    void find() {
        ADMIN.run(() -> {
            snv = units.findByCode(DemoUsers.SNV_CODE).orElseThrow().id();
            stp = units.findByCode(DemoUsers.STP_CODE).orElseThrow().id();
            long vinhYen = units.findByCode(DemoUsers.VINH_YEN_CODE).orElseThrow().id();
            List<Portal> all = portals.list();
            snvPortal = all.stream().filter(p -> p.unitId() == snv).findFirst().orElseThrow();
            stpPortal = all.stream().filter(p -> p.unitId() == stp).findFirst().orElseThrow();
            vinhYenPortal = all.stream().filter(p -> p.unitId() == vinhYen).findFirst().orElseThrow();
        });
    }

    @Test
    void listsAreScoped() {
        long total = ADMIN.call(() -> portals.list().size());
        assertThat(total).isGreaterThanOrEqualTo(34);
        assertThat(LEADER.call(() -> portals.list().size())).isEqualTo(total);
        assertThat(HEAD_SNV.call(portals::list)).extracting(Portal::id).containsExactly(snvPortal.id());
        assertThat(OFFICER_SNV.call(portals::list)).extracting(Portal::id).containsExactly(snvPortal.id());
        assertThat(HEAD_VINH_YEN.call(portals::list)).extracting(Portal::id).containsExactly(vinhYenPortal.id());
        assertThat(HEAD_SNV.call(portals::complianceBoard).units()).extracting(UnitCompliance::unitId)
                .containsExactly(snv);
        assertThat(HEAD_SNV.call(portals::openIncidents)).allMatch(i -> i.portalId() == snvPortal.id());
        assertThat(LEADER.call(portals::writableUnits)).isEmpty();
    }

    @Test
    void readsOfAnotherUnitsPortalAreDenied() {
        for (DemoUsers user : List.of(HEAD_SNV, OFFICER_SNV, HEAD_VINH_YEN)) {
            Portal foreign = user == HEAD_VINH_YEN ? snvPortal : stpPortal;
            denied(user, () -> portals.get(foreign.id()));
            denied(user, () -> portals.uptime(foreign.id()));
            denied(user, () -> portals.checks(foreign.id(), 0, 10));
            denied(user, () -> portals.countChecks(foreign.id()));
            denied(user, () -> portals.incidents(foreign.id()));
        }
        for (DemoUsers user : List.of(ADMIN, LEADER)) {
            allowed(user, () -> portals.get(stpPortal.id()));
            allowed(user, () -> portals.incidents(stpPortal.id()));
        }
        allowed(HEAD_SNV, () -> portals.get(snvPortal.id()));
        allowed(HEAD_SNV, () -> portals.uptime(snvPortal.id()));
    }

    @Test
    void unitRolesKeepTheirOwnRecordsOnly() {
        for (DemoUsers user : List.of(HEAD_SNV, OFFICER_SNV)) {
            Portal own = user.call(() -> portals.get(snvPortal.id()));
            Portal saved = user.call(() -> portals.update(own.id(), own.version(), own.toDraft()));
            assertThat(saved.version()).isEqualTo(own.version() + 1);
            denied(user, () -> portals.update(stpPortal.id(), stpPortal.version(), stpPortal.toDraft()));
            denied(user, () -> portals.create(PortalServiceTest.draft(stp, "https://ngoai.test.vn")));
            // moving their own portal to a unit outside their scope is refused too
            PortalDraft moved = withUnit(saved.toDraft(), stp);
            denied(user, () -> portals.update(saved.id(), saved.version(), moved));
            allowed(user, () -> portals.create(PortalServiceTest.draft(snv, "https://" + user.username + ".test.vn")));
            PortalIncident incident = user.call(() -> portals.openIncident(snvPortal.id(), new IncidentDraft(
                    IncidentKind.ATTACK, IncidentSeverity.LOW, "Dò quét", null)));
            allowed(user, () -> portals.closeIncident(incident.id(), incident.version(), "Đã chặn"));
            denied(user, () -> portals.openIncident(stpPortal.id(), new IncidentDraft(IncidentKind.ATTACK,
                    IncidentSeverity.LOW, "Dò quét", null)));
        }
    }

    @Test
    void leadershipChangesNothing() {
        denied(LEADER, () -> portals.create(PortalServiceTest.draft(stp, "https://lanhdao.test.vn")));
        denied(LEADER, () -> portals.update(stpPortal.id(), stpPortal.version(), stpPortal.toDraft()));
        denied(LEADER, () -> portals.openIncident(stpPortal.id(), new IncidentDraft(IncidentKind.OUTAGE,
                IncidentSeverity.LOW, "x", null)));
        denied(LEADER, () -> portals.delete(stpPortal.id()));
    }

    @Test
    void onlyAdminConfiguresMonitoringPublishesAndRunsJobs() {
        MonitorSettings on = new MonitorSettings(true, 5, null, null, 3);
        ProbeResult result = ProbeResult.up(200, 10, null, "h", 1);
        for (DemoUsers user : List.of(LEADER, HEAD_SNV, OFFICER_SNV, HEAD_VINH_YEN)) {
            denied(user, () -> portals.updateMonitoring(snvPortal.id(), snvPortal.version(), on));
            denied(user, () -> portals.requestCheck(snvPortal.id()));
            denied(user, () -> portals.setStatusPagePublished(true));
            denied(user, () -> portals.claimDue(Instant.now(), 10));
            denied(user, () -> portals.recordCheck(snvPortal.id(), result, Instant.now()));
            denied(user, () -> portals.raiseComplianceAlerts(Instant.now()));
            denied(user, () -> portals.raiseComplianceAlertsNow());
            denied(user, () -> portals.pruneChecks(Instant.now()));
            denied(user, () -> portals.delete(snvPortal.id()));
        }
        allowed(ADMIN, () -> portals.updateMonitoring(snvPortal.id(), snvPortal.version(), on));
        allowed(ADMIN, () -> portals.setStatusPagePublished(false));
    }

    @Test
    void anonymousCallersGetOnlyThePublicStatus() {
        assertThatThrownBy(portals::list).isInstanceOf(Exception.class);
        assertThatThrownBy(() -> portals.get(snvPortal.id())).isInstanceOf(Exception.class);
        assertThatThrownBy(portals::complianceBoard).isInstanceOf(Exception.class);
        assertThatCode(portals::publicStatus).doesNotThrowAnyException();
        assertThat(portals.isStatusPagePublished()).isFalse();
    }

    private static PortalDraft withUnit(PortalDraft d, long unitId) {
        return new PortalDraft(unitId, d.name(), d.url(), d.hosting(), d.platform(), d.editor(), d.postingMinPosts(),
                d.postingPeriod(), d.lastContentUpdate(), d.securityLevel(), d.securityDecisionNo(),
                d.securityDecisionDate(), d.lastAssessmentDate(), d.lastAssessmentResult(), d.openFindings(),
                d.backupPlan(), d.lastRestoreTestDate(), d.lastRestoreTestResult());
    }

    private static void denied(DemoUsers user, Runnable call) {
        assertThatThrownBy(() -> user.run(call)).as(user.username).isInstanceOf(AccessDeniedException.class);
    }

    private static void allowed(DemoUsers user, Runnable call) {
        assertThatCode(() -> user.run(call)).as(user.username).doesNotThrowAnyException();
    }

}
