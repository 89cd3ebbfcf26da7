package vn.egov.console.publicservice.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.tabular.ExportFormat;
import vn.egov.console.base.tabular.TabularWriter;
import vn.egov.console.base.ui.ExportLink;
import vn.egov.console.base.ui.ViewHeader;
import vn.egov.console.organization.Tier;
import vn.egov.console.publicservice.Period;
import vn.egov.console.publicservice.PublicServiceService;
import vn.egov.console.publicservice.Scope;
import vn.egov.console.publicservice.UnitRank;

/**
 * Handling units of one tier ranked by their scorecard, with the change against the previous period; choosing a unit
 * drills down to its fields, procedures and months.
 */
@Route("public-services/ranking")
@PermitAll
@Menu(title = "nav.ps.ranking", order = 52, icon = "vaadin:trophy")
public class RankingView extends Div implements HasDynamicTitle {

    private final PublicServiceService service;
    private final Locale locale;
    final PeriodPicker period;
    final Select<Tier> tier = new Select<>();
    final Grid<UnitRank> grid = new Grid<>();
    final DrillDown drill;

    RankingView(PublicServiceService service) {
        this.service = service;
        this.locale = getLocale();
        this.period = new PeriodPicker(service.currentMonth(), this::refresh);
        this.drill = new DrillDown(service);
        addClassName("page");
        add(new ViewHeader(getTranslation("nav.ps.ranking"), getTranslation("ps.ranking.subtitle")));
        tier.setLabel(getTranslation("ps.tier"));
        tier.setItems(Tier.values());
        tier.setItemLabelGenerator(t -> getTranslation(t.translationKey()));
        tier.setValue(Tier.DISTRICT);
        tier.addValueChangeListener(e -> refresh());
        Div bar = new Div(period, tier,
                new ExportLink(ExportFormat.CSV, "xep-hang-dvc", this::state, (s, out) -> write(s, out, ExportFormat.CSV)),
                new ExportLink(ExportFormat.XLSX, "xep-hang-dvc", this::state, (s, out) -> write(s, out, ExportFormat.XLSX)));
        bar.addClassName("toolbar");
        add(bar);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.WRAP_CELL_CONTENT);
        grid.setId("ps-ranking");
        grid.addColumn(UnitRank::rank).setHeader("#").setWidth("4rem").setFlexGrow(0);
        grid.addColumn(r -> change(r.rankChange())).setHeader(getTranslation("ps.ranking.change")).setWidth("6rem")
                .setFlexGrow(0);
        grid.addColumn(UnitRank::unitName).setHeader(getTranslation("ps.unit")).setFlexGrow(4);
        grid.addColumn(r -> Rates.of(r.score(), locale)).setHeader(getTranslation("ps.ranking.score"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> Rates.of(r.previousScore(), locale)).setHeader(getTranslation("ps.ranking.previous"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> Formats.number(r.totals().received(), locale)).setHeader(getTranslation("ps.received"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> Rates.of(r.totals().onlineShare(), locale)).setHeader(getTranslation("ps.kpi.onlineShare"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> Rates.of(r.totals().onTimeRate(), locale)).setHeader(getTranslation("ps.kpi.onTime"))
                .setTextAlign(ColumnTextAlign.END);
        grid.setHeight("420px");
        grid.setEmptyStateText(getTranslation("ps.drill.empty"));
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                drill.show(period.value(), Scope.unit(e.getValue().unitId()), DrillDown.Level.FIELDS,
                        e.getValue().unitName());
                drill.setVisible(true);
            }
        });
        drill.setVisible(false);
        add(PublicServiceDashboardView.panel(getTranslation("nav.ps.ranking"), grid),
                PublicServiceDashboardView.panel(getTranslation("ps.drill"), drill));
        refresh();
    }

    record State(Period period, Tier tier) {
    }

    State state() {
        return new State(period.value(), tier.getValue());
    }

    void refresh() {
        if (drill == null) return;
        grid.setItems(service.ranking(period.value(), tier.getValue()));
        drill.setVisible(false);
    }

    private static String change(Integer places) {
        if (places == null) return "—";
        if (places == 0) return "=";
        return places > 0 ? "▲ " + places : "▼ " + (-places);
    }

    private void write(State s, OutputStream out, ExportFormat format) throws IOException {
        List<String> headers = List.of("#", getTranslation("ps.ranking.change"), getTranslation("ps.code"),
                getTranslation("ps.unit"), getTranslation("ps.ranking.score"), getTranslation("ps.ranking.previous"),
                getTranslation("ps.received"), getTranslation("ps.receivedOnline"), getTranslation("ps.kpi.onTime"),
                getTranslation("ps.kpi.late"));
        Stream<List<?>> rows = service.ranking(s.period(), s.tier()).stream().map(r -> java.util.Arrays.asList(
                r.rank(), r.rankChange(), r.unitCode(), r.unitName(), r.score(), r.previousScore(),
                r.totals().received(), r.totals().receivedOnline(), r.totals().onTimeRate(), r.totals().late()));
        if (format == ExportFormat.CSV) TabularWriter.csv(out, headers, rows);
        else TabularWriter.xlsx(out, getTranslation("nav.ps.ranking"), headers, rows);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.ps.ranking") + " · " + getTranslation("app.title");
    }
}
