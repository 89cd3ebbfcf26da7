package vn.egov.console.index;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.console.DemoUsers.ADMIN;
import static vn.egov.console.DemoUsers.HEAD_SNV;
import static vn.egov.console.DemoUsers.HEAD_VINH_YEN;
import static vn.egov.console.DemoUsers.LEADER;
import static vn.egov.console.DemoUsers.OFFICER_SNV;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.DemoUsers;
import vn.egov.console.IntegrationTest;
import vn.egov.console.RoleMatrix;
import vn.egov.console.organization.UnitService;
import vn.egov.console.organization.UnitSummary;

/**
 * Every index service method against every role: ADMIN (the DIC), leadership (reads everything, changes nothing),
 * the head and the IT officer of Sở Nội vụ (their own unit), and the head of another unit (Vĩnh Yên). "Allowed"
 * means the call got past authorization (a business rule may still refuse it); "denied" is access denied.
 */
@IntegrationTest
@Transactional
class IndexAuthorizationTest {

    private static final Set<DemoUsers> EVERYONE = EnumSet.allOf(DemoUsers.class);
    private static final Set<DemoUsers> ADMIN_ONLY = EnumSet.of(ADMIN);
    private static final Set<DemoUsers> SNV_READERS = EnumSet.of(ADMIN, LEADER, HEAD_SNV, OFFICER_SNV);
    private static final Set<DemoUsers> SNV_UNIT = EnumSet.of(HEAD_SNV, OFFICER_SNV);
    private static final Set<DemoUsers> SNV_HEAD = EnumSet.of(HEAD_SNV);
    private static final Set<DemoUsers> HEADS = EnumSet.of(HEAD_SNV, HEAD_VINH_YEN);

    @Autowired
    IndexService service;
    @Autowired
    UnitService units;

    IndexFixture fx;
    IndicatorValue declared;
    IndicatorValue computed;

    @BeforeEach
    void fixture() {
        fx = new IndexFixture(service, units);
        IndicatorValue meetings = fx.value(fx.snv, "A.1");
        declared = OFFICER_SNV.call(() -> service.selfAssess(meetings.id(), meetings.version(),
                new SelfAssessment(2, IndexFixture.evidence())));
        computed = fx.value(fx.snv, "C.1");
    }

    @Test
    void everyMethodAgainstEveryRole() {
        long a = fx.open.id();
        long snv = fx.snv;
        RoleMatrix matrix = new RoleMatrix();
        matrix.put("frameworks", EVERYONE, () -> service.frameworks());
        matrix.put("framework", EVERYONE, () -> service.framework(fx.open.frameworkId()));
        matrix.put("assessments", EVERYONE, () -> service.assessments());
        matrix.put("assessment", EVERYONE, () -> service.assessment(a));
        matrix.put("openAssessment", EVERYONE, () -> service.openAssessment());
        matrix.put("assessedUnits", EVERYONE, () -> service.assessedUnits(a));
        matrix.put("publishedYears", EVERYONE, () -> service.publishedYears());
        matrix.put("publicationStamp", EVERYONE, () -> service.publicationStamp());
        matrix.put("ranking", EVERYONE, () -> service.ranking(2025, Category.DEPARTMENT));
        matrix.put("maySelfAssess", EVERYONE, () -> service.maySelfAssess(snv));
        matrix.put("isAdmin", EVERYONE, () -> service.isAdmin());
        matrix.put("canDecide", EVERYONE, () -> service.canDecide(snv));
        matrix.put("unitValues SNV", SNV_READERS, () -> service.unitValues(a, snv));
        matrix.put("unitNodePoints SNV", SNV_READERS, () -> service.unitNodePoints(a, snv));
        matrix.put("submission SNV", SNV_READERS, () -> service.submission(a, snv));
        matrix.put("evidenceContent SNV", SNV_READERS, () -> service.evidenceContent(declared.id()));
        matrix.put("selfAssess SNV", SNV_UNIT, () -> service.selfAssess(declared.id(),
                declared.version(), new SelfAssessment(3, IndexFixture.evidence())));
        matrix.put("selfAssess computed SNV", SNV_UNIT, () -> service.selfAssess(computed.id(),
                computed.version(), new SelfAssessment(1, IndexFixture.evidence())));
        matrix.put("submit SNV", SNV_UNIT, () -> service.submit(a, snv));
        matrix.put("approveSubmission SNV", SNV_HEAD, () -> service.approveSubmission(a, snv));
        matrix.put("returnSubmission SNV", SNV_HEAD, () -> service.returnSubmission(a, snv, "x"));
        matrix.put("awaitingMyApproval", HEADS, () -> service.awaitingMyApproval());
        matrix.put("verificationQueue", ADMIN_ONLY, () -> service.verificationQueue());
        matrix.put("accept", ADMIN_ONLY, () -> service.accept(declared.id(), declared.version()));
        matrix.put("adjust", ADMIN_ONLY, () -> service.adjust(computed.id(), computed.version(), 1,
                "Số liệu hộp thư nhập thiếu."));
        matrix.put("saveFramework", ADMIN_ONLY, () -> service.saveFramework(new FrameworkDraft("",
                "", "", null, null, 2030, null, Set.of(), List.of())));
        matrix.put("openYear", ADMIN_ONLY, () -> service.openYear(fx.open.frameworkId(),
                fx.open.year(), LocalDate.now()));
        matrix.put("revise", ADMIN_ONLY, () -> service.revise(a, "Sửa sai."));
        matrix.put("publish", ADMIN_ONLY, () -> service.publish(a, 0));

        matrix.assertEveryRole();
    }

    @Test
    void aUnitSeesOnlyItsOwnAssessmentWhileLeadershipSeesEveryUnit() {
        assertThat(OFFICER_SNV.call(() -> service.assessedUnits(fx.open.id()))).extracting(UnitSummary::id)
                .containsExactly(fx.snv);
        assertThat(HEAD_VINH_YEN.call(() -> service.assessedUnits(fx.open.id()))).extracting(UnitSummary::code)
                .contains(DemoUsers.VINH_YEN_CODE, DemoUsers.NGO_QUYEN_CODE).doesNotContain(DemoUsers.SNV_CODE);
        assertThat(LEADER.call(() -> service.assessedUnits(fx.open.id())).size())
                .isEqualTo(ADMIN.call(() -> service.assessedUnits(fx.open.id())).size()).isGreaterThan(100);
        assertThat(LEADER.call(() -> service.maySelfAssess(fx.snv))).isFalse();
        assertThat(OFFICER_SNV.call(() -> service.maySelfAssess(fx.snv))).isTrue();
    }
}
