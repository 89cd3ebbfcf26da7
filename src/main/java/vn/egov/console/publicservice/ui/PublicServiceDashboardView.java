package vn.egov.console.publicservice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.tabular.ExportFormat;
import vn.egov.console.base.tabular.TabularWriter;
import vn.egov.console.base.ui.ExportLink;
import vn.egov.console.base.ui.KpiTile;
import vn.egov.console.base.ui.ViewHeader;
import vn.egov.console.base.ui.chart.Chart;
import vn.egov.console.base.ui.chart.ChartSpec;
import vn.egov.console.base.ui.chart.ChartType;
import vn.egov.console.base.ui.chart.Series;
import vn.egov.console.base.ui.chart.ValueFormat;
import vn.egov.console.organization.Tier;
import vn.egov.console.organization.UnitSummary;
import vn.egov.console.publicservice.Dashboard;
import vn.egov.console.publicservice.GroupScore;
import vn.egov.console.publicservice.Period;
import vn.egov.console.publicservice.PublicServiceService;
import vn.egov.console.publicservice.Scope;
import vn.egov.console.publicservice.Totals;
import vn.egov.console.publicservice.TrendPoint;
import vn.egov.console.publicservice.ZeroOnlineProcedure;

/**
 * Online public services for the caller's scope: take-up KPIs, the monthly trend of online share and on-time rate,
 * the scorecard by group, the procedures offered online that received no online application, and a drill-down from
 * any figure to the rows it counts.
 */
@Route("public-services")
@PermitAll
@Menu(title = "nav.ps", order = 50, icon = "vaadin:handshake")
public class PublicServiceDashboardView extends Div implements HasDynamicTitle {

    static final int UNUSED_SHOWN = 500;
    private final PublicServiceService service;
    private final Locale locale;
    final PeriodPicker period;
    final Select<Tier> tier = new Select<>();
    final ComboBox<UnitSummary> unit = new ComboBox<>();
    final ComboBox<String> field = new ComboBox<>();
    final Div tiles = new Div();
    final Chart trendChart = new Chart();
    final Grid<GroupScore> scorecard = new Grid<>();
    final Grid<ZeroOnlineProcedure> unused = new Grid<>();
    final H2 unusedTitle = new H2();
    final DrillDown drill;
    Anchor pdf;
    Dashboard shown;

    PublicServiceDashboardView(PublicServiceService service) {
        this.service = service;
        this.locale = getLocale();
        this.period = new PeriodPicker(service.currentMonth(), this::refresh);
        this.drill = new DrillDown(service);
        addClassName("page");
        ViewHeader header = new ViewHeader(getTranslation("nav.ps"), getTranslation("ps.dashboard.subtitle"));
        if (!service.writableUnits().isEmpty()) {
            Button importButton = new Button(getTranslation("ps.import"), VaadinIcon.UPLOAD.create(),
                    e -> new PsImportDialog(getTranslation("ps.import"), getTranslation("ps.import.help"),
                            service::importFigures, this::refresh).open());
            importButton.setId("ps-import");
            Button entryButton = new Button(getTranslation("ps.entry.open"), VaadinIcon.EDIT.create(),
                    e -> new MonthEntryDialog(service, this::refresh).open());
            entryButton.setId("ps-entry");
            header.actions(entryButton, importButton);
        }
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(ev -> {
            byte[] bytes = service.yearReportPdf(period.year.getValue(), locale);
            return new DownloadResponse(new java.io.ByteArrayInputStream(bytes),
                    "bao-cao-dich-vu-cong-" + period.year.getValue() + ".pdf", "application/pdf", bytes.length);
        }), "");
        pdf.add(VaadinIcon.FILE_TEXT_O.create(), new com.vaadin.flow.component.html.Span(getTranslation("ps.report.pdf")));
        pdf.getElement().setAttribute("download", true);
        pdf.addClassName("export-link");
        pdf.setId("ps-report-pdf");
        this.pdf = pdf;
        header.actions(pdf);
        add(header, toolbar());
        tiles.addClassName("tile-row");
        add(tiles);
        Div scorecardExports = new Div(
                new ExportLink(ExportFormat.CSV, "bang-diem-dvc", this::state, (s, out) -> writeScorecard(s, out, ExportFormat.CSV)),
                new ExportLink(ExportFormat.XLSX, "bang-diem-dvc", this::state, (s, out) -> writeScorecard(s, out, ExportFormat.XLSX)));
        scorecardExports.addClassName("toolbar");
        Div charts = new Div(panel(getTranslation("ps.chart.trend"), trendChart),
                panel(getTranslation("ps.scorecard"), new Div(scorecardExports, scorecard())));
        charts.addClassName("docflow-charts");
        add(charts);
        Div exports = new Div(
                new ExportLink(ExportFormat.CSV, "dvc-khong-phat-sinh", this::state, (s, out) -> writeUnused(s, out, ExportFormat.CSV)),
                new ExportLink(ExportFormat.XLSX, "dvc-khong-phat-sinh", this::state, (s, out) -> writeUnused(s, out, ExportFormat.XLSX)));
        exports.addClassName("toolbar");
        Div unusedPanel = new Div(unusedTitle, exports, unused());
        unusedPanel.addClassName("panel");
        add(unusedPanel, panel(getTranslation("ps.drill"), drill));
        refresh();
    }

    private Div toolbar() {
        tier.setLabel(getTranslation("ps.tier"));
        tier.setItems(Tier.values());
        tier.setEmptySelectionAllowed(true);
        tier.setEmptySelectionCaption(getTranslation("ps.scope.all"));
        tier.setItemLabelGenerator(t -> t == null ? getTranslation("ps.scope.all") : getTranslation(t.translationKey()));
        tier.addValueChangeListener(e -> refresh());
        unit.setLabel(getTranslation("ps.unit"));
        unit.setPlaceholder(getTranslation("ps.scope.all"));
        unit.setItemLabelGenerator(UnitSummary::name);
        vn.egov.console.base.ui.LazyChoices.load(unit, service::unitsInScope);
        unit.setClearButtonVisible(true);
        unit.setWidth("22em");
        unit.addValueChangeListener(e -> refresh());
        field.setLabel(getTranslation("ps.field"));
        field.setPlaceholder(getTranslation("ps.scope.all"));
        field.setItems(service.fields());
        field.setClearButtonVisible(true);
        field.setWidth("18em");
        field.addValueChangeListener(e -> refresh());
        Div bar = new Div(period, tier, unit, field);
        bar.addClassName("toolbar");
        return bar;
    }

    record State(Period period, Scope scope) {
    }

    State state() {
        return new State(period.value(), scope());
    }

    Scope scope() {
        return new Scope(tier.getValue(), unit.getValue() == null ? null : unit.getValue().id(), field.getValue(), null);
    }

    private Grid<GroupScore> scorecard() {
        scorecard.setId("ps-scorecard");
        scorecard.addColumn(g -> g.group().name(locale)).setHeader(getTranslation("ps.scorecard.group")).setFlexGrow(3);
        scorecard.addColumn(g -> g.hasData() ? Rates.points(g.points(), locale) : "—")
                .setHeader(getTranslation("ps.scorecard.points")).setTextAlign(ColumnTextAlign.END);
        scorecard.addColumn(g -> Rates.points(g.group().maxPoints(), locale))
                .setHeader(getTranslation("ps.scorecard.max")).setTextAlign(ColumnTextAlign.END);
        scorecard.addColumn(g -> g.hasData() ? "" : getTranslation("ps.noData"))
                .setHeader(getTranslation("ps.scorecard.note")).setFlexGrow(2);
        scorecard.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(g -> {
            Div details = new Div();
            g.indicators().forEach(i -> details.add(new Div(i.indicator().code() + " " + i.indicator().name(locale)
                    + ": " + (i.hasData() ? Rates.of(i.ratio(), locale) + " → " + Rates.points(i.points(), locale)
                    + " / " + Rates.points(i.indicator().maxPoints(), locale) : getTranslation("ps.noData")))));
            return details;
        }));
        scorecard.setAllRowsVisible(true);
        return scorecard;
    }

    private Grid<ZeroOnlineProcedure> unused() {
        unused.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.WRAP_CELL_CONTENT);
        unused.setId("ps-unused");
        unused.addColumn(ZeroOnlineProcedure::code).setHeader(getTranslation("ps.code")).setWidth("8rem").setFlexGrow(0);
        unused.addColumn(ZeroOnlineProcedure::name).setHeader(getTranslation("ps.procedure")).setFlexGrow(4);
        unused.addColumn(ZeroOnlineProcedure::field).setHeader(getTranslation("ps.field")).setFlexGrow(2);
        unused.addColumn(p -> getTranslation(p.tier().translationKey())).setHeader(getTranslation("ps.tier"))
                .setAutoWidth(true);
        unused.addColumn(p -> getTranslation(p.mode().translationKey())).setHeader(getTranslation("ps.mode"))
                .setAutoWidth(true);
        unused.setHeight("320px");
        unused.setEmptyStateText(getTranslation("ps.unused.none"));
        return unused;
    }

    void refresh() {
        if (drill == null) return;
        Period p = period.value();
        Scope scope = scope();
        shown = service.dashboard(p, scope, UNUSED_SHOWN);
        Totals t = shown.totals();
        tiles.removeAll();
        tiles.add(new KpiTile(getTranslation("ps.kpi.onlineShare"), Rates.of(t.onlineShare(), locale),
                        getTranslation("ps.kpi.onlineHint", Formats.number(t.receivedOnline(), locale),
                                Formats.number(t.received(), locale))),
                new KpiTile(getTranslation("ps.kpi.onTime"), Rates.of(t.onTimeRate(), locale),
                        getTranslation("ps.kpi.resolvedHint", Formats.number(t.resolved(), locale))),
                new KpiTile(getTranslation("ps.kpi.late"), Formats.number(t.late(), locale), null),
                new KpiTile(getTranslation("ps.kpi.digitised"), Rates.of(t.digitisationRate(), locale), null),
                new KpiTile(getTranslation("ps.kpi.eResults"), Rates.of(t.eResultRate(), locale), null),
                new KpiTile(getTranslation("ps.kpi.paidOnline"), Rates.of(t.onlinePaymentRate(), locale), null),
                complaintsTile(),
                new KpiTile(getTranslation("ps.kpi.unused"), Formats.number(shown.proceduresOnlineUnused(), locale),
                        getTranslation("ps.kpi.unusedOf", Formats.number(shown.proceduresOnline(), locale))),
                new KpiTile(getTranslation("ps.kpi.points"), Rates.points(shown.scorecard().points(), locale)
                        + " / " + Rates.points(shown.scorecard().maxPoints(), locale),
                        getTranslation("ps.kpi.pointsHint", Rates.points(shown.scorecard().maxWithData(), locale))));
        List<TrendPoint> trend = service.trend(new Period(p.to().minusMonths(35), p.to()), scope);
        trendChart.setSpec(new ChartSpec(ChartType.LINE, getTranslation("ps.chart.trend"),
                trend.stream().map(x -> x.month().toString()).toList(),
                List.of(series("ps.kpi.onlineShare", trend, Totals::onlineShare),
                        series("ps.kpi.onTime", trend, Totals::onTimeRate)), ValueFormat.PERCENT, 1.0));
        scorecard.setItems(shown.scorecard().groups());
        unusedTitle.setText(getTranslation("ps.unused.title", Formats.number(shown.proceduresOnlineUnused(), locale)));
        unused.setItems(shown.unused());
        if (scope.unitId() != null) {
            drill.show(p, scope, DrillDown.Level.FIELDS, unit.getValue().name());
        } else {
            drill.show(p, scope, DrillDown.Level.UNITS, getTranslation("ps.drill.all"));
        }
    }

    /** Complaints are optional figures: a scope where no unit reported them shows "no data", never 0 %. */
    private KpiTile complaintsTile() {
        if (shown.complaints() == null) {
            return new KpiTile(getTranslation("ps.kpi.complaints"), getTranslation("ps.noData"),
                    getTranslation("ps.kpi.complaintsNone"));
        }
        return new KpiTile(getTranslation("ps.kpi.complaints"), Rates.of(shown.complaintsOnTimeRate(), locale),
                getTranslation("ps.kpi.complaintsHint", Formats.number(shown.complaintsOnTime(), locale),
                        Formats.number(shown.complaints(), locale)));
    }

    private Series series(String key, List<TrendPoint> points, Function<Totals, Double> f) {
        List<Double> values = new ArrayList<>();
        for (TrendPoint p : points) {
            Double v = f.apply(p.totals());
            values.add(v == null ? Double.NaN : v);
        }
        return Series.of(getTranslation(key), values);
    }

    private void writeUnused(State s, OutputStream out, ExportFormat format) throws IOException {
        List<String> headers = List.of(getTranslation("ps.code"), getTranslation("ps.procedure"),
                getTranslation("ps.field"), getTranslation("ps.tier"), getTranslation("ps.mode"),
                getTranslation("ps.unit"));
        Stream<List<?>> rows = service.unusedOnline(s.period(), s.scope(), Integer.MAX_VALUE).stream()
                .map(p -> List.of(p.code(), p.name(), p.field(), getTranslation(p.tier().translationKey()),
                        getTranslation(p.mode().translationKey()), p.unitName() == null ? "" : p.unitName()));
        if (format == ExportFormat.CSV) TabularWriter.csv(out, headers, rows);
        else TabularWriter.xlsx(out, getTranslation("ps.unused.sheet"), headers, rows);
    }

    /** One line per indicator (the grid's details), grouped as on screen; "no data" stays blank, never 0. */
    void writeScorecard(State s, OutputStream out, ExportFormat format) throws IOException {
        List<String> headers = List.of(getTranslation("ps.scorecard.group"), getTranslation("ps.indicator.code"),
                getTranslation("ps.indicator.name"), getTranslation("ps.indicator.ratio"),
                getTranslation("ps.scorecard.points"), getTranslation("ps.scorecard.max"),
                getTranslation("ps.scorecard.note"));
        Stream<List<?>> rows = service.scorecard(s.period(), s.scope()).groups().stream()
                .flatMap(g -> g.indicators().stream().map(i -> java.util.Arrays.<Object>asList(g.group().name(locale),
                        i.indicator().code(), i.indicator().name(locale),
                        i.hasData() ? Math.round(i.ratio() * 10000) / 10000.0 : "",
                        i.hasData() ? Math.round(i.points() * 100) / 100.0 : "", i.indicator().maxPoints(),
                        i.hasData() ? "" : getTranslation("ps.noData"))));
        if (format == ExportFormat.CSV) TabularWriter.csv(out, headers, rows);
        else TabularWriter.xlsx(out, getTranslation("ps.scorecard.sheet"), headers, rows);
    }

    static Div panel(String title, Component content) {
        Div panel = new Div(new H2(title), content);
        panel.addClassName("panel");
        return panel;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.ps") + " · " + getTranslation("app.title");
    }
}
