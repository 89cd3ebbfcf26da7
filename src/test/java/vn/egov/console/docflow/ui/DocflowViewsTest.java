package vn.egov.console.docflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.egov.console.BrowserlessTestBase;
import vn.egov.console.DemoUsers;
import vn.egov.console.docflow.DocflowService;
import vn.egov.console.docflow.Stage;
import vn.egov.console.organization.UnitService;

class DocflowViewsTest extends BrowserlessTestBase {

    @Autowired
    DocflowService service;
    @Autowired
    UnitService units;

    @Test
    @WithUserDetails("lanhdao")
    void leadershipSeesKpisChartsAndTheRanking() {
        DocflowDashboardView view = navigate(DocflowDashboardView.class);
        assertThat(view.tiles.getElement().getText()).isNotNull();
        assertThat(view.tiles.getChildren().count()).isEqualTo(5);
        assertThat(view.trendChart.svg()).startsWith("<svg").contains("Tỷ lệ ký số");
        assertThat(view.ranking.getGenericDataView().getItems().count()).isGreaterThan(39);
        view.year.setValue(2019);
        assertThat(view.centralChart.getSpec().categories()).contains("2019");
        view.year.clear();
        assertThat(view.year.getValue()).as("a year stays chosen").isEqualTo(2019);
    }

    @Test
    @WithUserDetails("lanhdao")
    void theRolloutBoardFiltersByKindAndCountsStages() {
        RolloutBoardView view = navigate(RolloutBoardView.class);
        view.kind.setValue(vn.egov.console.organization.UnitKind.DISTRICT_COMMITTEE);
        assertThat(view.grid.getGenericDataView().getItems().count()).isEqualTo(9);
        assertThat(view.tiles.getChildren().map(c -> c.getElement().getText()).toList()).isNotEmpty();
        assertThat(view.edit.isAttached()).as("leadership has no edit button").isFalse();
    }

    @Test
    @WithUserDetails("canbo.snv")
    void aUnitOfficerEntersAMonthAndIsToldWhatIsWrong() {
        FiguresView view = navigate(FiguresView.class);
        test(view.create).click();
        FiguresDialog dialog = find(FiguresDialog.class).single();
        assertThat(dialog.unit.getValue().code()).isEqualTo(DemoUsers.SNV_CODE);
        dialog.year.setValue(2012);
        dialog.month.setValue(2);
        test(dialog.sentTotal).setValue(100);
        test(dialog.sentElectronic).setValue(80);
        test(dialog.sentSigned).setValue(90);
        test(dialog.save).click();
        assertThat(dialog.error.getText())
                .isEqualTo("Văn bản ký số (90) không được nhiều hơn văn bản đi điện tử (80).");
        assertThat(dialog.isOpened()).isTrue();
        test(dialog.sentSigned).setValue(60);
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        long snv = units.findByCode(DemoUsers.SNV_CODE).orElseThrow().id();
        assertThat(service.figuresOf(snv, YearMonth.of(2012, 2)).orElseThrow().figures().sentSigned()).isEqualTo(60);
    }

    @Test
    @WithUserDetails("giamdoc.snv")
    void aUnitHeadUpdatesTheRolloutOfTheirUnit() {
        RolloutBoardView view = navigate(RolloutBoardView.class);
        assertThat(view.grid.getGenericDataView().getItems().count()).isEqualTo(1);
        view.grid.select(view.grid.getGenericDataView().getItems().findFirst().orElseThrow());
        test(view.edit).click();
        RolloutDialog dialog = find(RolloutDialog.class).single();
        dialog.trained.setValue(null);
        test(dialog.save).click();
        assertThat(dialog.error.getText()).isEqualTo("Chưa có ngày „Đã tập huấn\" thì chưa thể có ngày „Sử dụng hằng ngày\".");
        dialog.trained.setValue(dialog.installed.getValue().plusDays(10));
        test(dialog.version).setValue("5.0");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(service.rollout(units.findByCode(DemoUsers.SNV_CODE).orElseThrow().id()).rollout().productVersion())
                .isEqualTo("5.0");
        assertThat(service.rollout(units.findByCode(DemoUsers.SNV_CODE).orElseThrow().id()).stage())
                .isEqualTo(Stage.AXIS_CONNECTED);
    }

    @Test
    @WithUserDetails("lanhdao")
    void theReportViewPreviewsTheChosenPeriod() {
        ReportView view = navigate(ReportView.class);
        view.period.setValue("2019");
        assertThat(view.selected().from()).isEqualTo(YearMonth.of(2019, 1));
        assertThat(view.lagging.getGenericDataView().getItems().count()).isGreaterThanOrEqualTo(2);
        assertThat(view.pdf.getHref()).isNotBlank();
        assertThat(findInView(Div.class).all()).isNotEmpty();
    }
}
