package vn.egov.console.publicservice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.egov.console.BrowserlessTestBase;
import vn.egov.console.DemoUsers;
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
        assertThat(view.tiles.getChildren().count()).isEqualTo(8);
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

    private static int indexOf(DrillDown drill, Breakdown b) {
        return drill.grid.getGenericDataView().getItems().toList().indexOf(b);
    }
}
