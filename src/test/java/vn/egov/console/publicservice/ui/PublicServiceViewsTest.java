package vn.egov.console.publicservice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.egov.console.BrowserlessTestBase;
import vn.egov.console.DemoUsers;
import vn.egov.console.base.ui.KpiTile;
import vn.egov.console.organization.Tier;
import vn.egov.console.publicservice.Breakdown;
import vn.egov.console.publicservice.Period;
import vn.egov.console.publicservice.PublicServiceService;
import vn.egov.console.publicservice.Scope;
import vn.egov.console.publicservice.UnitRank;

class PublicServiceViewsTest extends BrowserlessTestBase {

    @Autowired
    PublicServiceService service;

    @Test
    @WithUserDetails("lanhdao")
    void leadershipDrillsFromTheProvinceToOneProceduresMonths() {
        PublicServiceDashboardView view = navigate(PublicServiceDashboardView.class);
        view.period.year.setValue(2025);
        assertThat(view.tiles.getChildren().count()).isEqualTo(9);
        assertThat(view.trendChart.svg()).startsWith("<svg");
        assertThat(view.scorecard.getGenericDataView().getItems().count()).isEqualTo(5);
        assertThat(view.unused.getGenericDataView().getItems().count()).isPositive();

        DrillDown drill = view.drill;
        assertThat(drill.level()).isEqualTo(DrillDown.Level.UNITS);
        Breakdown vinhYen = drill.grid.getGenericDataView().getItems()
                .filter(b -> b.key().equals(DemoUsers.VINH_YEN_CODE)).findFirst().orElseThrow();
        test(drill.grid).clickRow(indexOf(drill, vinhYen));
        assertThat(drill.level()).isEqualTo(DrillDown.Level.FIELDS);
        assertThat(drill.sum().received()).isEqualTo(vinhYen.totals().received());
        int land = indexOf(drill, drill.grid.getGenericDataView().getItems().filter(b -> b.key().equals("Đất đai"))
                .findFirst().orElseThrow());
        Breakdown landRow = drill.grid.getGenericDataView().getItem(land);
        test(drill.grid).clickRow(land);
        assertThat(drill.level()).isEqualTo(DrillDown.Level.PROCEDURES);
        assertThat(drill.sum().received()).isEqualTo(landRow.totals().received());
        Breakdown procedure = drill.grid.getGenericDataView().getItem(0);
        test(drill.grid).clickRow(0);
        assertThat(drill.level()).isEqualTo(DrillDown.Level.MONTHS);
        assertThat(drill.grid.getGenericDataView().getItems().count()).isBetween(1L, 12L);
        assertThat(drill.sum().received()).isEqualTo(procedure.totals().received());
        // the breadcrumb goes back to the province
        test(find(com.vaadin.flow.component.button.Button.class, drill.crumbs).all().getFirst()).click();
        assertThat(drill.level()).isEqualTo(DrillDown.Level.UNITS);
    }

    @Test
    @WithUserDetails("chutich.vinhyen")
    void aCityHeadsDashboardCountsOnlyTheCityAndItsWards() {
        PublicServiceDashboardView view = navigate(PublicServiceDashboardView.class);
        view.period.year.setValue(2024);
        long wardsAndCity = view.drill.grid.getGenericDataView().getItems().count();
        assertThat(wardsAndCity).isBetween(2L, 20L);
        assertThat(view.shown.totals()).isEqualTo(service.totals(Period.year(2024), Scope.ALL));
    }

    @Test
    @WithUserDetails("lanhdao")
    void theRankingShowsEachTiersUnitsWithTheirChangeAndDrillsDown() {
        RankingView view = navigate(RankingView.class);
        view.period.year.setValue(2025);
        view.tier.setValue(Tier.DISTRICT);
        List<UnitRank> ranks = view.grid.getGenericDataView().getItems().toList();
        assertThat(ranks).hasSize(9).extracting(UnitRank::rank).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(view.drill.isVisible()).isFalse();
        test(view.grid).clickRow(0);
        assertThat(view.drill.isVisible()).isTrue();
        assertThat(view.drill.level()).isEqualTo(DrillDown.Level.FIELDS);
        assertThat(view.drill.sum().received()).isEqualTo(ranks.getFirst().totals().received());
        view.tier.setValue(Tier.COMMUNE);
        assertThat(view.grid.getGenericDataView().getItems().count()).isGreaterThan(100);
    }

    @Test
    @WithUserDetails("giamdoc.snv")
    void theCatalogueFiltersLazilyWithinTheDepartmentsScope() {
        CatalogueView view = navigate(CatalogueView.class);
        long all = view.grid.getLazyDataView().getItems().count();
        assertThat(all).isPositive();
        view.search.setValue("Bằng khen");
        assertThat(view.grid.getLazyDataView().getItems().count()).isBetween(1L, all - 1);
    }

    @Test
    @WithUserDetails("canbo.snv")
    void anOfficerTypesInAMonthWithComplaintsUnderTheImportsRules() {
        PublicServiceDashboardView view = navigate(PublicServiceDashboardView.class);
        test(find(com.vaadin.flow.component.button.Button.class).id("ps-entry")).click();
        MonthEntryDialog dialog = find(MonthEntryDialog.class).single();
        assertThat(dialog.unit.getValue().code()).as("an officer's only unit is chosen").isEqualTo(DemoUsers.SNV_CODE);
        java.time.YearMonth month = service.currentMonth().minusMonths(1);
        assertThat(dialog.month.getValue()).isEqualTo(month);
        var procedures = dialog.procedure.getDataProvider().fetch(new com.vaadin.flow.data.provider.Query<>()).toList();
        assertThat(procedures).isNotEmpty().allMatch(p -> p.tier() == Tier.PROVINCE && p.unitName() != null);
        long snv = dialog.unit.getValue().id();
        var before = service.complaints(snv, month).map(java.util.Arrays::toString);

        dialog.procedure.setValue(procedures.getFirst());
        int[] values = {10, 12, 8, 8, 0, 10, 8, 1};   // 12 online of 10 received
        for (int i = 0; i < values.length; i++) dialog.figures.get(i).setValue(values[i]);
        dialog.complaints.setValue(4);
        dialog.complaintsOnTime.setValue(3);
        test(dialog.save).click();
        assertThat(dialog.error.getText()).contains("12").contains("10");
        assertThat(service.complaints(snv, month).map(java.util.Arrays::toString)).as("nothing stored halfway")
                .isEqualTo(before);

        dialog.figures.get(1).setValue(6);
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        var stored = service.month(procedures.getFirst().id(), snv, month).orElseThrow();
        assertThat(stored.figures().receivedOnline()).isEqualTo(6);
        assertThat(service.complaints(snv, month)).hasValueSatisfying(c -> assertThat(c).containsExactly(4, 3));
    }

    @Test
    @WithUserDetails("lanhdao")
    void complaintsShowNoDataWhereNoUnitReportedThem() {
        PublicServiceDashboardView view = navigate(PublicServiceDashboardView.class);
        view.period.year.setValue(2018);
        assertThat(view.shown.complaints()).isNull();
        assertThat(view.tiles.getChildren().filter(KpiTile.class::isInstance)
                .map(t -> ((KpiTile) t).text()))
                .anyMatch(text -> text.contains(view.getTranslation("ps.noData")));
        assertThat(find(com.vaadin.flow.component.button.Button.class).all())
                .as("the leader only reads").noneMatch(b -> "ps-entry".equals(b.getId().orElse("")));
    }

    @Test
    @WithUserDetails("chutich.vinhyen")
    void theDrillDownAndTheScorecardExportWhatIsShownInTheReadersScope() throws Exception {
        PublicServiceDashboardView view = navigate(PublicServiceDashboardView.class);
        view.period.year.setValue(2024);
        DrillDown drill = view.drill;
        test(drill.grid).clickRow(0);
        assertThat(drill.level()).isEqualTo(DrillDown.Level.FIELDS);
        List<Breakdown> shown = drill.grid.getGenericDataView().getItems().toList();
        var out = new java.io.ByteArrayOutputStream();
        drill.write(drill.state(), out, vn.egov.console.base.tabular.ExportFormat.CSV);
        List<String> lines = out.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(shown.size() + 1);
        assertThat(lines.get(1)).startsWith(shown.getFirst().key())
                .contains(String.valueOf(shown.getFirst().totals().received()));

        var card = new java.io.ByteArrayOutputStream();
        view.writeScorecard(view.state(), card, vn.egov.console.base.tabular.ExportFormat.CSV);
        List<String> cardLines = card.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        long indicators = view.shown.scorecard().groups().stream().mapToLong(g -> g.indicators().size()).sum();
        assertThat(cardLines).hasSize((int) indicators + 1);
        assertThat(cardLines).anyMatch(l -> l.contains("5.1") && l.contains(view.getTranslation("ps.noData")));
    }

    @Test
    @WithUserDetails("admin")
    void theDicChangesNextYearsTargetsAndWeightsWithoutARelease() {
        IndicatorSetView view = navigate(IndicatorSetView.class);
        int next = service.currentMonth().getYear() + 1;
        view.year.setValue(next);
        IndicatorSetView.GroupEditor online = view.editors.get(3);
        IndicatorSetView.IndicatorEditor share = online.indicators.getFirst();
        share.target.setValue(60.0);
        online.max.setValue(25.0);
        test(view.save).click();
        assertThat(view.error.isVisible()).isTrue();
        assertThat(view.error.getText()).as("the group's indicators no longer add up").contains("22").contains("25");
        assertThat(service.indicatorSet(next).get(3).indicators().getFirst().target()).isEqualTo(0.5);

        online.max.setValue(22.0);
        test(view.save).click();
        assertThat(service.indicatorSet(next).get(3).indicators().getFirst().target()).isEqualTo(0.6);
        assertThat(service.indicatorSet(next - 1).get(3).indicators().getFirst().target())
                .as("the year before keeps its set").isEqualTo(0.5);
        assertThat(view.editors.get(3).indicators.getFirst().target.getValue()).isEqualTo(60.0);
    }

    private static int indexOf(DrillDown drill, Breakdown b) {
        return drill.grid.getGenericDataView().getItems().toList().indexOf(b);
    }
}
