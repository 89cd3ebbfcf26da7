package vn.egov.console.index.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.egov.console.BrowserlessTestBase;
import vn.egov.console.DemoUsers;
import vn.egov.console.base.evidence.EvidenceUpload;
import vn.egov.console.index.Assessment;
import vn.egov.console.index.Category;
import vn.egov.console.index.IndexService;
import vn.egov.console.index.IndicatorValue;
import vn.egov.console.index.SelfAssessment;
import vn.egov.console.index.UnitScore;
import vn.egov.console.index.ValueStatus;
import vn.egov.console.organization.UnitService;

/** The index screens as their users work them: a unit declares and hands in, the DIC verifies and publishes, the ranking shows it. */
class IndexViewsTest extends BrowserlessTestBase {

    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    IndexService service;
    @Autowired
    UnitService units;

    Assessment openThisYear() {
        return DemoUsers.ADMIN.call(() -> {
            long dti = service.frameworks().stream().filter(f -> f.code().equals("VP-DTI-2022")).findFirst()
                    .orElseThrow().id();
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
            return service.openYear(dti, today.getYear(), today);
        });
    }

    long snv() {
        return DemoUsers.ADMIN.call(() -> units.findByCode(DemoUsers.SNV_CODE).orElseThrow().id());
    }

    IndicatorValue value(Assessment a, String code) {
        return DemoUsers.ADMIN.call(() -> service.unitValues(a.id(), snv()).stream()
                .filter(v -> v.node().code().equals(code)).findFirst().orElseThrow());
    }

    @Test
    @WithUserDetails("canbo.snv")
    void theUnitsOfficerDeclaresAnIndicatorWithEvidenceAndHandsItInToTheHead() {
        Assessment a = openThisYear();
        IndexFormView view = navigate(IndexFormView.class);
        assertThat(view.unit.getValue().code()).isEqualTo(DemoUsers.SNV_CODE);
        IndicatorTable.Row meetings = view.table.grid.getListDataView().getItems()
                .filter(r -> r.node().code().equals("A.1")).findFirst().orElseThrow();
        view.table.grid.select(meetings);
        assertThat(view.declare.isEnabled()).isTrue();
        test(view.declare).click();
        SelfAssessDialog dialog = find(SelfAssessDialog.class).single();
        dialog.value.setValue(3.0);
        dialog.accept("bien-ban.pdf", PDF);
        test(dialog.save).click();
        assertThat(dialog.error.getText()).isEqualTo("Minh chứng cần số văn bản.");
        test(dialog.number).setValue("15/BB-SNV");
        dialog.date.setValue(LocalDate.of(2026, 4, 2));
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(value(a, "A.1").status()).isEqualTo(ValueStatus.DRAFT);

        test(view.submit).click();
        assertThat(value(a, "A.1").status()).isEqualTo(ValueStatus.SUBMITTED);
        assertThat(view.state.getText()).contains("canbo.snv").contains("Chờ");
        assertThat(DemoUsers.HEAD_SNV.call(() -> service.awaitingMyApproval())).hasSize(1);
    }

    @Test
    @WithUserDetails("admin")
    void theDicVerifiesFromTheQueuePublishesAndTheRankingShowsThePoints() {
        Assessment a = openThisYear();
        long snv = snv();
        IndicatorValue meetings = value(a, "A.1");
        DemoUsers.OFFICER_SNV.run(() -> service.selfAssess(meetings.id(), meetings.version(), new SelfAssessment(4,
                new EvidenceUpload("20/BB-SNV", LocalDate.of(2026, 5, 1), null, "bb.pdf", PDF))));
        DemoUsers.OFFICER_SNV.run(() -> service.submit(a.id(), snv));
        DemoUsers.HEAD_SNV.run(() -> service.approveSubmission(a.id(), snv));

        IndexReviewView review = navigate(IndexReviewView.class);
        var pending = review.queue.getListDataView().getItems().filter(p -> p.unitId() == snv).findFirst().orElseThrow();
        review.queue.select(pending);
        IndicatorTable.Row row = review.table.grid.getListDataView().getItems()
                .filter(r -> r.node().code().equals("A.1")).findFirst().orElseThrow();
        review.table.grid.select(row);
        assertThat(review.table.detail.getElement().getTextRecursively()).contains("20/BB-SNV");
        test(review.accept).click();
        assertThat(value(a, "A.1").points()).isEqualTo(50);
        assertThat(review.queue.getListDataView().getItems().anyMatch(p -> p.unitId() == snv)).isFalse();

        Assessment open = review.assessments.getListDataView().getItems().filter(x -> x.id() == a.id()).findFirst()
                .orElseThrow();
        review.assessments.select(open);
        test(review.publish).click();
        assertThat(service.assessment(a.id()).status().name()).isEqualTo("PUBLISHED");

        IndexRankingView ranking = navigate(IndexRankingView.class);
        ranking.year.setValue(a.year());
        ranking.category.setValue(Category.DEPARTMENT);
        UnitScore line = ranking.grid.getListDataView().getItems().filter(u -> u.unitId() == snv).findFirst()
                .orElseThrow();
        assertThat(line.groupPoints().getFirst()).isEqualTo(50);
        assertThat(line.rank()).isPositive();
        assertThat(ranking.chart.svg()).startsWith("<svg");
        assertThat(service.ranking(a.year(), Category.DEPARTMENT).units()).hasSameSizeAs(
                ranking.grid.getListDataView().getItems().toList());
    }

    @Test
    @WithUserDetails("lanhdao")
    void leadershipDrillsDownFromThe2019RankingToAUnitsIndicators() {
        IndexRankingView ranking = navigate(IndexRankingView.class);
        ranking.year.setValue(2019);
        ranking.category.setValue(Category.DISTRICT);
        assertThat(ranking.grid.getListDataView().getItemCount()).isEqualTo(9);
        UnitScore first = ranking.grid.getListDataView().getItems().findFirst().orElseThrow();
        ranking.grid.select(first);
        IndexUnitView unit = (IndexUnitView) getCurrentView();
        assertThat(unit.table.grid.getListDataView().getItems().map(r -> r.node().code()))
                .contains("1", "2.4", "4.1", "6.2");
        IndicatorTable.Row online = unit.table.grid.getListDataView().getItems()
                .filter(r -> r.node().code().equals("4.1")).findFirst().orElseThrow();
        unit.table.grid.select(online);
        assertThat(unit.table.detail.getElement().getTextRecursively()).contains("Xem dữ liệu");
    }

    @Test
    @WithUserDetails("lanhdao")
    void theLeadersHomeOpensWithTheScorecardAndKeepsTheOtherTiles() {
        navigate(vn.egov.console.overview.ui.HomeView.class);
        var card = find(com.vaadin.flow.component.html.Div.class).withId("index-scorecard").single();
        String html = card.getElement().getProperty("innerHTML");
        assertThat(html).contains("2025").contains("Sở, ban, ngành").contains("Cấp huyện").contains("Năm đơn vị dẫn đầu")
                .contains("<svg");
        assertThat(html).contains("href=\"index/unit/").contains("href=\"index/ranking?year=2025");
        assertThat(card.getChildren().count()).as("the card is one element, not a component per line").isZero();
        navigate(vn.egov.console.overview.ui.HomeView.class);
        var again = find(com.vaadin.flow.component.html.Div.class).withId("index-scorecard").single();
        assertThat(again.getElement().getProperty("innerHTML")).as("every leader's session shares one copy")
                .isSameAs(html);
        assertThat(find(com.vaadin.flow.component.html.Div.class).withClassName("tile-row").all().size())
                .as("the features' tiles are still there").isPositive();
    }
}
