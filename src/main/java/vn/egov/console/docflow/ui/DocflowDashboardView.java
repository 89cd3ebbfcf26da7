package vn.egov.console.docflow.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.ui.KpiTile;
import vn.egov.console.base.ui.LazyChoices;
import vn.egov.console.base.ui.ViewHeader;
import vn.egov.console.base.ui.chart.Chart;
import vn.egov.console.base.ui.chart.ChartSpec;
import vn.egov.console.base.ui.chart.ChartType;
import vn.egov.console.base.ui.chart.Series;
import vn.egov.console.base.ui.chart.ValueFormat;
import vn.egov.console.docflow.DocflowService;
import vn.egov.console.docflow.ExchangeTotals;
import vn.egov.console.docflow.Granularity;
import vn.egov.console.docflow.Period;
import vn.egov.console.docflow.TrendPoint;
import vn.egov.console.docflow.UnitKpi;
import vn.egov.console.organization.UnitSummary;

/** KPIs and trends of electronic document exchange, for the caller's scope: what leadership is judged on. */
@Route("docflow")
@PermitAll
@Menu(title = "nav.docflow", order = 25, icon = "vaadin:file-text-o")
public class DocflowDashboardView extends Div implements HasDynamicTitle {

    static final int FIRST_YEAR = 2017;
    private final DocflowService service;
    private final Locale locale;
    // combo boxes, not selects: a select is a component per option in every open dashboard (≈ 25 state nodes)
    final ComboBox<Integer> year = new ComboBox<>();
    final ComboBox<UnitSummary> unit = new ComboBox<>();
    final ComboBox<Granularity> granularity = new ComboBox<>();
    final Div tiles = new Div();
    final Chart trendChart = new Chart();
    final Chart centralChart = new Chart();
    final Grid<UnitKpi> ranking = new Grid<>();

    DocflowDashboardView(DocflowService service) {
        this.service = service;
        this.locale = getLocale();
        addClassName("page");
        add(new ViewHeader(getTranslation("nav.docflow"), getTranslation("docflow.dashboard.subtitle")));
        add(toolbar());
        tiles.addClassName("tile-row");
        add(tiles);
        Div charts = new Div(panel(getTranslation("docflow.chart.trend"), trendChart),
                panel(getTranslation("docflow.chart.central"), centralChart));
        charts.addClassName("docflow-charts");
        add(charts);
        add(panel(getTranslation("docflow.ranking"), ranking()));
        refresh();
    }

    private Div toolbar() {
        int current = service.currentMonth().getYear();
        year.setLabel(getTranslation("docflow.year"));
        year.setItems(IntStream.rangeClosed(FIRST_YEAR, current).boxed().sorted((a, b) -> b - a).toList());
        year.setItemLabelGenerator(String::valueOf);
        year.setValue(service.currentMonth().getMonthValue() == 12 ? current : current - 1); // the last full year
        year.setWidth("8em");
        keepAChoice(year);
        unit.setLabel(getTranslation("docflow.unit"));
        unit.setPlaceholder(getTranslation("docflow.scope.all"));
        unit.setItemLabelGenerator(UnitSummary::name);
        LazyChoices.load(unit, service::unitsInScope);
        unit.setClearButtonVisible(true);
        unit.setWidth("24em");
        unit.addValueChangeListener(e -> refresh());
        granularity.setLabel(getTranslation("docflow.granularity"));
        granularity.setItems(Granularity.values());
        granularity.setItemLabelGenerator(g -> getTranslation(g.translationKey()));
        granularity.setValue(Granularity.QUARTER);
        keepAChoice(granularity);
        Div bar = new Div(year, unit, granularity);
        bar.addClassName("toolbar");
        return bar;
    }

    /** A year and a granularity are always chosen: emptying the field puts the last choice back. */
    private <T> void keepAChoice(ComboBox<T> box) {
        box.setAllowCustomValue(false);
        box.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                box.setValue(e.getOldValue());
            } else {
                refresh();
            }
        });
    }

    private Grid<UnitKpi> ranking() {
        ranking.setId("docflow-ranking");
        ranking.addColumn(k -> Integer.toString(rankOf(k))).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        ranking.addColumn(UnitKpi::unitName).setHeader(getTranslation("unit.name")).setFlexGrow(3);
        ranking.addColumn(k -> Formats.number(k.totals().sentElectronic(), locale))
                .setHeader(getTranslation("docflow.sentElectronic")).setTextAlign(ColumnTextAlign.END);
        ranking.addColumn(k -> Shares.of(k.totals().electronicShare(), locale))
                .setHeader(getTranslation("docflow.kpi.electronicShare")).setTextAlign(ColumnTextAlign.END);
        ranking.addColumn(k -> Shares.of(k.totals().signedShare(), locale))
                .setHeader(getTranslation("docflow.kpi.signedShare")).setTextAlign(ColumnTextAlign.END);
        ranking.addColumn(k -> Shares.of(k.totals().paperParallelShare(), locale))
                .setHeader(getTranslation("docflow.kpi.paperShare")).setTextAlign(ColumnTextAlign.END);
        ranking.setHeight("420px");
        ranking.setPageSize(20); // a page is what the 420 px show; the session keeps the rows of the pages in view
        return ranking;
    }

    /**
     * The ranking is read page by page when the grid asks, not kept: a session holds only the rows in view, instead of
     * every unit's figures for as long as the dashboard is open.
     */
    private void rankingOf(Period period) {
        rankingPeriod = period;
        rankingRead = null;
        ranking.setItems(query -> {
            List<UnitKpi> all = rankingOfThisRoundTrip(period);
            int from = Math.min(query.getOffset(), all.size());
            List<UnitKpi> page = all.subList(from, Math.min(all.size(), from + query.getLimit()));
            // one round trip may read several pages before rendering them, so ranks are kept until the next reading
            // from the top; at most one entry per unit
            if (from == 0) ranks.clear();
            for (int i = 0; i < page.size(); i++) ranks.put(page.get(i).unitId(), from + i + 1);
            return page.stream();
        });
    }

    /**
     * The grid reads its first screen as several pages in one round trip; they share one computation of the ranking,
     * which is let go when the response is written.
     */
    private List<UnitKpi> rankingOfThisRoundTrip(Period period) {
        if (rankingRead == null) {
            rankingRead = service.ranking(period);
            getElement().getNode().runWhenAttached(ui -> ui.beforeClientResponse(ranking, done -> rankingRead = null));
        }
        return rankingRead;
    }

    /** The ranking read in this round trip (see {@link #rankingOfThisRoundTrip}), null between round trips. */
    private List<UnitKpi> rankingRead;
    private Period rankingPeriod;
    /** The rank of the rows read since the grid last read from the top, by unit id. */
    private final java.util.Map<Long, Integer> ranks = new java.util.HashMap<>();

    private int rankOf(UnitKpi k) {
        return ranks.getOrDefault(k.unitId(), 0);
    }

    void refresh() {
        int y = year.getValue();
        Long unitId = unit.getValue() == null ? null : unit.getValue().id();
        Period period = Period.year(y);
        ExchangeTotals t = service.totals(period, unitId);
        ExchangeTotals before = service.totals(Period.year(y - 1), unitId);
        tiles.removeAll();
        tiles.add(tile("docflow.kpi.electronicShare", t.electronicShare(), before.electronicShare()),
                tile("docflow.kpi.signedShare", t.signedShare(), before.signedShare()),
                tile("docflow.kpi.paperShare", t.paperParallelShare(), before.paperParallelShare()),
                tile("docflow.kpi.centralSignedShare", t.centralSignedShare(), before.centralSignedShare()),
                new KpiTile(getTranslation("docflow.sentElectronic"), Formats.number(t.sentElectronic(), locale),
                        getTranslation("docflow.receivedElectronicHint",
                                Formats.number(t.receivedElectronic(), locale))));
        YearMonth last = service.currentMonth();
        Period history = new Period(YearMonth.of(FIRST_YEAR, 1), last);
        List<TrendPoint> trend = service.trend(history, granularity.getValue(), unitId);
        List<String> labels = trend.stream().map(TrendPoint::bucket).toList();
        trendChart.setSpec(new ChartSpec(ChartType.LINE, getTranslation("docflow.chart.trend"), labels, List.of(
                series("docflow.kpi.electronicShare", trend, ExchangeTotals::electronicShare),
                series("docflow.kpi.signedShare", trend, ExchangeTotals::signedShare),
                series("docflow.kpi.paperShare", trend, ExchangeTotals::paperParallelShare)),
                ValueFormat.PERCENT, 1.0));
        List<TrendPoint> years = service.trend(history, Granularity.YEAR, unitId);
        centralChart.setSpec(new ChartSpec(ChartType.BAR, getTranslation("docflow.chart.central"),
                years.stream().map(TrendPoint::bucket).toList(),
                List.of(series("docflow.kpi.centralSignedShare", years, ExchangeTotals::centralSignedShare),
                        series("docflow.kpi.signedShare", years, ExchangeTotals::signedShare)),
                ValueFormat.PERCENT, 1.0));
        if (!period.equals(rankingPeriod)) rankingOf(period);
    }

    private Series series(String key, List<TrendPoint> points, ToDoubleFunction<ExchangeTotals> f) {
        List<Double> values = new ArrayList<>();
        for (TrendPoint p : points) values.add(p.totals().unitMonths() == 0 ? Double.NaN : f.applyAsDouble(p.totals()));
        return Series.of(getTranslation(key), values);
    }

    private KpiTile tile(String key, double now, double before) {
        String hint = Double.isNaN(before) ? null
                : getTranslation("docflow.previousYear", Shares.of(before, locale));
        return new KpiTile(getTranslation(key), Shares.of(now, locale), hint);
    }

    private static Div panel(String title, com.vaadin.flow.component.Component content) {
        Div panel = new Div(new H2(title), content);
        panel.addClassName("panel");
        return panel;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.docflow") + " · " + getTranslation("app.title");
    }
}
