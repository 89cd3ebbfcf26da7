package vn.egov.console.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.egov.console.DemoUsers.ADMIN;
import static vn.egov.console.DemoUsers.HEAD_SNV;
import static vn.egov.console.DemoUsers.LEADER;
import static vn.egov.console.DemoUsers.OFFICER_SNV;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.IntegrationTest;
import vn.egov.console.approval.ApprovalStep;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.organization.UnitDraft;
import vn.egov.console.organization.UnitKind;
import vn.egov.console.organization.UnitService;

/** The assessment workflow end to end, its validation, and the freezing of published scores. */
@IntegrationTest
@Transactional
class IndexServiceTest {

    @Autowired
    IndexService service;
    @Autowired
    UnitService units;
    @Autowired
    JdbcTemplate jdbc;

    IndexFixture fx;

    @BeforeEach
    void open() {
        fx = new IndexFixture(service, units);
    }

    @Test
    void theDemoProvinceHasPublishedRankingsFor2019And2025ComputedFromItsRecords() {
        assertThat(ADMIN.call(() -> service.publishedYears())).contains(2019, 2025);
        Ranking districts2019 = ADMIN.call(() -> service.ranking(2019, Category.DISTRICT));
        assertThat(districts2019.units()).hasSize(9);
        // 2019: not one online application yet (group 4, online public services, 20 points) for any district
        int ps = indexOfGroup(districts2019, "4");
        assertThat(districts2019.units()).allSatisfy(u -> assertThat(u.groupPoints().get(ps)).isLessThan(8.1));
        // documents to central government: the 2.4 indicator scores little (18% signed × 3 points on average)
        long snv = fx.snv;
        IndicatorValue central = ADMIN.call(() -> service.unitValues(districts2019.assessment().id(), snv)).stream()
                .filter(v -> v.node().code().equals("2.4")).findFirst().orElseThrow();
        assertThat(central.status()).isEqualTo(ValueStatus.COMPUTED);
        Ranking departments2025 = ADMIN.call(() -> service.ranking(2025, Category.DEPARTMENT));
        assertThat(departments2025.units()).isNotEmpty();
        assertThat(departments2025.units().getFirst().rank()).isEqualTo(1);
        assertThat(departments2025.groups()).extracting(Node::code).containsExactly("A", "B", "C", "D", "E", "F");
        // the renewal rule and the unused online procedures are frozen from the certificate and public-service rows
        long a2025 = departments2025.assessment().id();
        List<IndicatorValue> frozen = departments2025.units().stream().flatMap(u -> ADMIN.call(
                () -> service.unitValues(a2025, u.unitId())).stream()).toList();
        assertThat(frozen).filteredOn(v -> v.node().code().equals("C.4")).extracting(IndicatorValue::computedValue)
                .filteredOn(java.util.Objects::nonNull).isNotEmpty().allMatch(v -> v >= 0 && v <= 1);
        assertThat(frozen).filteredOn(v -> v.node().code().equals("F.2.3") && v.computedValue() != null)
                .isNotEmpty().allSatisfy(v -> assertThat(v.points()).isEqualTo(
                        Scoring.round(v.computedValue() * 20)));
        assertThat(frozen).filteredOn(v -> v.node().code().equals("F.2.4")).extracting(IndicatorValue::computedValue)
                .anyMatch(v -> v != null && v > 0);
    }

    static int indexOfGroup(Ranking r, String code) {
        for (int i = 0; i < r.groups().size(); i++) if (r.groups().get(i).code().equals(code)) return i;
        throw new AssertionError(code);
    }

    @Test
    void openingAYearFreezesComputedValuesAndLeavesDeclaredOnesToTheUnit() {
        assertThat(fx.open.status()).isEqualTo(AssessmentStatus.OPEN);
        List<IndicatorValue> values = ADMIN.call(() -> service.unitValues(fx.open.id(), fx.snv));
        assertThat(values).filteredOn(v -> v.node().source() == Source.METRIC)
                .allSatisfy(v -> assertThat(v.status()).isEqualTo(ValueStatus.COMPUTED));
        assertThat(values).filteredOn(v -> v.node().source() == Source.EVIDENCE)
                .allSatisfy(v -> assertThat(v.status()).isEqualTo(ValueStatus.PENDING));
        assertThatThrownBy(() -> ADMIN.run(() -> service.openYear(fx.open.frameworkId(), fx.open.year(),
                fx.open.snapshotDate()))).hasMessage("error.index.yearExists");
    }

    @Test
    void selfAssessmentGoesToTheHeadThenTheDicThenIntoThePublishedRanking() {
        IndicatorValue meetings = fx.value(fx.snv, "A.1");
        OFFICER_SNV.run(() -> service.selfAssess(meetings.id(), meetings.version(),
                new SelfAssessment(3, IndexFixture.evidence())));
        IndicatorValue plan = fx.value(fx.snv, "B.1");
        OFFICER_SNV.run(() -> service.selfAssess(plan.id(), plan.version(),
                new SelfAssessment(1, IndexFixture.evidence())));
        SubmissionState handedIn = OFFICER_SNV.call(() -> service.submit(fx.open.id(), fx.snv));
        assertThat(handedIn.approval().step()).isEqualTo(ApprovalStep.AWAITING_HEAD);
        // the DIC does not see it before the head approves
        assertThat(ADMIN.call(() -> service.verificationQueue())).noneMatch(p -> p.unitId() == fx.snv);
        IndicatorValue submitted = fx.value(fx.snv, "A.1");
        assertThatThrownBy(() -> ADMIN.run(() -> service.accept(submitted.id(), submitted.version())))
                .hasMessage("error.approval.notApproved");

        assertThat(HEAD_SNV.call(() -> service.awaitingMyApproval())).anyMatch(p -> p.unitId() == fx.snv);
        HEAD_SNV.run(() -> service.approveSubmission(fx.open.id(), fx.snv));
        assertThat(ADMIN.call(() -> service.verificationQueue()))
                .anyMatch(p -> p.unitId() == fx.snv && p.indicators() == 2);

        // three meetings: 40 of 50 points under "4:50;3:40;2:25;1:10"
        IndicatorValue accepted = ADMIN.call(() -> service.accept(submitted.id(), submitted.version()));
        assertThat(accepted.points()).isEqualTo(40);
        IndicatorValue planNow = fx.value(fx.snv, "B.1");
        assertThatThrownBy(() -> ADMIN.run(() -> service.adjust(planNow.id(), planNow.version(), 25, "  ")))
                .hasMessage("error.index.adjustReasonRequired");
        IndicatorValue adjusted = ADMIN.call(() -> service.adjust(planNow.id(), planNow.version(), 25,
                "Kế hoạch ban hành muộn (tháng 9)."));
        assertThat(adjusted.status()).isEqualTo(ValueStatus.ADJUSTED);
        assertThat(OFFICER_SNV.call(() -> service.unitValues(fx.open.id(), fx.snv))).anySatisfy(v -> {
            assertThat(v.node().code()).isEqualTo("B.1");
            assertThat(v.reason()).isEqualTo("Kế hoạch ban hành muộn (tháng 9).");
        });

        String stampBefore = LEADER.call(service::publicationStamp);
        Assessment published = ADMIN.call(() -> service.publish(fx.open.id(), service.assessment(fx.open.id()).version()));
        assertThat(published.status()).isEqualTo(AssessmentStatus.PUBLISHED);
        assertThat(LEADER.call(service::publicationStamp)).as("what the home's scorecard is redrawn on")
                .isNotEqualTo(stampBefore).contains(Long.toString(published.id()));
        Ranking ranking = ADMIN.call(() -> service.ranking(fx.open.year(), Category.DEPARTMENT));
        UnitScore snv = ranking.units().stream().filter(u -> u.unitId() == fx.snv).findFirst().orElseThrow();
        assertThat(snv.groupPoints().get(indexOfGroup(ranking, "A"))).isEqualTo(40);
        assertThat(snv.groupPoints().get(indexOfGroup(ranking, "B"))).isGreaterThanOrEqualTo(25);
        assertThat(snv.previousRank()).as("ranked in 2025 too").isNotNull();
        assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE feature = 'index' AND entity_type = 'indicatorValue'"
                + " AND entity_id IN (" + meetings.id() + "," + plan.id() + ")")).isGreaterThanOrEqualTo(4);

        // after publication nothing changes any more; a correction is a new revision
        IndicatorValue frozen = fx.value(fx.snv, "A.2");
        assertThatThrownBy(() -> OFFICER_SNV.run(() -> service.selfAssess(frozen.id(), frozen.version(),
                new SelfAssessment(1, IndexFixture.evidence())))).hasMessage("error.index.published");
        assertThatThrownBy(() -> ADMIN.run(() -> service.adjust(accepted.id(), accepted.version() + 1, 10, "x")))
                .hasMessage("error.index.published");
        Assessment revision = ADMIN.call(() -> service.revise(published.id(), "Sửa điểm chỉ số B.1 theo khiếu nại."));
        assertThat(revision.revision()).isEqualTo(2);
        assertThat(ADMIN.call(() -> service.ranking(fx.open.year(), Category.DEPARTMENT)).assessment().id())
                .as("the published revision stays the ranking until the correction is published")
                .isEqualTo(published.id());
    }

    @Test
    void theHeadCanReturnAnOfficersSelfAssessmentWithAReason() {
        IndicatorValue meetings = fx.value(fx.snv, "A.1");
        OFFICER_SNV.run(() -> service.selfAssess(meetings.id(), meetings.version(),
                new SelfAssessment(2, IndexFixture.evidence())));
        OFFICER_SNV.run(() -> service.submit(fx.open.id(), fx.snv));
        SubmissionState back = HEAD_SNV.call(() -> service.returnSubmission(fx.open.id(), fx.snv,
                "Thiếu biên bản họp quý IV."));
        assertThat(back.approval().step()).isEqualTo(ApprovalStep.RETURNED);
        assertThat(back.approval().note()).isEqualTo("Thiếu biên bản họp quý IV.");
        assertThat(fx.value(fx.snv, "A.1").status()).isEqualTo(ValueStatus.DRAFT);
    }

    @Test
    void aPublishedScoreStaysWhenTheRecordsBehindItChange() {
        Ranking before = ADMIN.call(() -> service.ranking(2025, Category.DEPARTMENT));
        UnitScore snvBefore = before.units().stream().filter(u -> u.unitId() == fx.snv).findFirst().orElseThrow();
        // Sở Nội vụ loses its dedicated IT officer after 2025 was published
        var unit = ADMIN.call(() -> units.get(fx.snv));
        ADMIN.run(() -> units.update(unit.id(), unit.version(), new UnitDraft(unit.code(), unit.name(), unit.tier(),
                unit.kind(), unit.parentId(), unit.headcount(), !unit.hasItOfficer())));
        UnitScore snvAfter = ADMIN.call(() -> service.ranking(2025, Category.DEPARTMENT)).units().stream()
                .filter(u -> u.unitId() == fx.snv).findFirst().orElseThrow();
        assertThat(snvAfter.total()).isEqualTo(snvBefore.total());
        assertThat(snvAfter.groupPoints()).isEqualTo(snvBefore.groupPoints());
    }

    @Test
    void badInputIsRefusedWithItsOwnMessageAndNothingIsStored() {
        IndicatorValue computed = fx.value(fx.snv, "C.1");
        assertThatThrownBy(() -> OFFICER_SNV.run(() -> service.selfAssess(computed.id(), computed.version(),
                new SelfAssessment(1, IndexFixture.evidence())))).hasMessage("error.index.computedNotManual");
        IndicatorValue plan = fx.value(fx.snv, "B.1");
        assertThatThrownBy(() -> OFFICER_SNV.run(() -> service.selfAssess(plan.id(), plan.version(),
                new SelfAssessment(0.5, IndexFixture.evidence())))).hasMessage("error.index.yesNoValue");
        assertThatThrownBy(() -> OFFICER_SNV.run(() -> service.selfAssess(plan.id(), plan.version(),
                new SelfAssessment(1, IndexFixture.evidence(" ", LocalDate.of(2026, 3, 1))))))
                .hasMessage("error.index.evidenceNumberRequired");
        assertThatThrownBy(() -> OFFICER_SNV.run(() -> service.selfAssess(plan.id(), plan.version(),
                new SelfAssessment(1, IndexFixture.evidence("12/QĐ", null))))).hasMessage("error.index.evidenceDateRequired");
        assertThatThrownBy(() -> OFFICER_SNV.run(() -> service.selfAssess(plan.id(), plan.version(),
                new SelfAssessment(1, null)))).hasMessage("error.index.evidenceRequired");
        assertThat(fx.value(fx.snv, "B.1").status()).isEqualTo(ValueStatus.PENDING);
        assertThat(count("SELECT COUNT(*) FROM evidence_file WHERE document_number = '12/QĐ'")).isZero();
        IndicatorValue pending = fx.value(fx.snv, "A.2");
        assertThatThrownBy(() -> ADMIN.run(() -> service.adjust(pending.id(), pending.version(), 60, "lý do")))
                .hasMessage("error.index.pointsAboveMax");

        long provincial = ADMIN.call(() -> units.listActive().stream()
                .filter(u -> u.kind() == UnitKind.PROVINCIAL_COMMITTEE).findFirst().orElseThrow().id());
        assertThatThrownBy(() -> ADMIN.run(() -> service.unitValues(fx.open.id(), provincial)))
                .hasMessage("error.index.unitNoCategory");
    }

    @Test
    void aFrameworkWhoseChildrenPromiseMoreThanTheParentIsRefusedWhole() {
        int before = ADMIN.call(() -> service.frameworks()).size();
        List<NodeDraft> nodes = new ArrayList<>();
        nodes.add(NodeDraft.group("1", "Hạ tầng", "Infrastructure", 10));
        nodes.add(NodeDraft.computed("1.1", "1", "Hộp thư", "Mailboxes", 6, RuleType.RATIO, null,
                IndexMetric.MAILBOX_COVERAGE));
        nodes.add(NodeDraft.computed("1.2", "1", "Chứng thư", "Certificates", 6, RuleType.YES_NO, null,
                IndexMetric.CERT_AGENCY_IN_FORCE));
        FrameworkDraft tooMuch = new FrameworkDraft("T-1", "Thử", "UBND tỉnh", null, null, 2027, null,
                EnumSet.of(Category.DISTRICT), nodes);
        assertThatThrownBy(() -> ADMIN.run(() -> service.saveFramework(tooMuch)))
                .isInstanceOf(BusinessException.class).hasMessage("error.index.childrenExceedParent");
        FrameworkDraft noCategory = new FrameworkDraft("T-2", "Thử", "UBND tỉnh", null, null, 2027, null,
                EnumSet.noneOf(Category.class), nodes);
        assertThatThrownBy(() -> ADMIN.run(() -> service.saveFramework(noCategory)))
                .hasMessage("error.index.noCategory");
        List<NodeDraft> manualMetric = List.of(NodeDraft.group("1", "a", "a", 10),
                NodeDraft.computed("1.1", "1", "b", "b", 5, RuleType.MANUAL, null, IndexMetric.IT_OFFICER));
        assertThatThrownBy(() -> ADMIN.run(() -> service.saveFramework(new FrameworkDraft("T-3", "Thử", "UBND",
                null, null, 2027, null, EnumSet.of(Category.DISTRICT), manualMetric))))
                .hasMessage("error.index.manualComputed");
        assertThat(ADMIN.call(() -> service.frameworks())).hasSize(before);
    }

    long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
