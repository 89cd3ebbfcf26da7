package vn.egov.console.publicservice.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.util.stream.Stream;
import vn.egov.console.base.tabular.ExportFormat;
import vn.egov.console.base.tabular.TabularWriter;
import vn.egov.console.base.ui.ExportLink;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.publicservice.Breakdown;
import vn.egov.console.publicservice.Period;
import vn.egov.console.publicservice.PublicServiceService;
import vn.egov.console.publicservice.Scope;
import vn.egov.console.publicservice.Totals;
import vn.egov.console.publicservice.TrendPoint;

/**
 * Drill-down from figures to the rows they count: units → fields → procedures → months. Each click narrows the
 * scope; the breadcrumb goes back up. Every level is read from the service within the reader's scope.
 */
class DrillDown extends Div {

    enum Level { UNITS, FIELDS, PROCEDURES, MONTHS }

    private final PublicServiceService service;
    private final Locale locale;
    final Grid<Breakdown> grid = new Grid<>();
    final Div crumbs = new Div();
    private Period period;
    private Scope root = Scope.ALL;
    private final List<Step> path = new ArrayList<>();

    private record Step(String label, Scope scope, Level level) {
    }

    DrillDown(PublicServiceService service) {
        this.service = service;
        this.locale = getLocale();
        crumbs.addClassName("toolbar");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.WRAP_CELL_CONTENT);
        grid.setId("ps-drilldown");
        grid.addColumn(Breakdown::label).setHeader(getTranslation("ps.drill.item")).setFlexGrow(4);
        grid.addColumn(b -> Formats.number(b.totals().received(), locale)).setHeader(getTranslation("ps.received"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(b -> Formats.number(b.totals().receivedOnline(), locale))
                .setHeader(getTranslation("ps.receivedOnline")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(b -> Rates.of(b.totals().onlineShare(), locale)).setHeader(getTranslation("ps.kpi.onlineShare"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(b -> Rates.of(b.totals().onTimeRate(), locale)).setHeader(getTranslation("ps.kpi.onTime"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(b -> Formats.number(b.totals().late(), locale)).setHeader(getTranslation("ps.kpi.late"))
                .setTextAlign(ColumnTextAlign.END);
        grid.setAllRowsVisible(false);
        grid.setHeight("360px");
        grid.setEmptyStateText(getTranslation("ps.drill.empty"));
        grid.addItemClickListener(e -> open(e.getItem()));
        Div exports = new Div(
                new ExportLink(ExportFormat.CSV, "dvc-chi-tiet", this::state, (st, out) -> write(st, out, ExportFormat.CSV)),
                new ExportLink(ExportFormat.XLSX, "dvc-chi-tiet", this::state, (st, out) -> write(st, out, ExportFormat.XLSX)));
        exports.addClassName("toolbar");
        add(crumbs, exports, grid);
    }

    /** Starts at the given level of the scope (units for a province or tier, fields for one unit). */
    void show(Period period, Scope scope, Level start, String label) {
        this.period = period;
        this.root = scope;
        path.clear();
        path.add(new Step(label, scope, start));
        render();
    }

    Level level() {
        return path.getLast().level();
    }

    void open(Breakdown b) {
        Step at = path.getLast();
        Step next = switch (at.level()) {
            case UNITS -> new Step(b.label(), new Scope(null, b.id(), at.scope().field(), null), Level.FIELDS);
            case FIELDS -> new Step(b.label(), at.scope().withField(b.key()), Level.PROCEDURES);
            case PROCEDURES -> new Step(b.key(), at.scope().withProcedure(b.id()), Level.MONTHS);
            case MONTHS -> null;
        };
        if (next == null) return;
        path.add(next);
        render();
    }

    private void render() {
        crumbs.removeAll();
        for (int i = 0; i < path.size(); i++) {
            int depth = i;
            Button crumb = new Button(path.get(i).label(), e -> {
                while (path.size() > depth + 1) path.removeLast();
                render();
            });
            crumb.addThemeVariants(ButtonVariant.TERTIARY);
            crumb.setEnabled(i < path.size() - 1);
            if (i > 0) crumbs.add(new Span("›"));
            crumbs.add(crumb);
        }
        Step at = path.getLast();
        grid.setItems(rows(new State(period, at.scope(), at.level())));
    }

    /** What an export of the level shown repeats: the same period, scope and level, read again in the reader's scope. */
    record State(Period period, Scope scope, Level level) {
    }

    State state() {
        Step at = path.getLast();
        return new State(period, at.scope(), at.level());
    }

    private List<Breakdown> rows(State s) {
        return switch (s.level()) {
            case UNITS -> service.byUnit(s.period(), s.scope());
            case FIELDS -> service.byField(s.period(), s.scope());
            case PROCEDURES -> service.byProcedure(s.period(), s.scope());
            case MONTHS -> months(service.trend(s.period(), s.scope()));
        };
    }

    void write(State s, OutputStream out, ExportFormat format) throws IOException {
        List<String> headers = List.of(getTranslation("ps.code"), getTranslation("ps.drill.item"),
                getTranslation("ps.received"), getTranslation("ps.receivedOnline"),
                getTranslation("ps.kpi.onlineShare"), getTranslation("ps.entry.resolved"),
                getTranslation("ps.kpi.onTime"), getTranslation("ps.kpi.late"), getTranslation("ps.kpi.digitised"),
                getTranslation("ps.kpi.eResults"), getTranslation("ps.kpi.paidOnline"));
        Stream<List<?>> rows = rows(s).stream().map(b -> {
            Totals t = b.totals();
            // ratios as numbers (blank = no data), so a spreadsheet can compute with them
            return java.util.Arrays.<Object>asList(b.key(), b.label(), t.received(), t.receivedOnline(),
                    ratio(t.onlineShare()), t.resolved(), ratio(t.onTimeRate()), t.late(),
                    ratio(t.digitisationRate()), ratio(t.eResultRate()), ratio(t.onlinePaymentRate()));
        });
        if (format == ExportFormat.CSV) TabularWriter.csv(out, headers, rows);
        else TabularWriter.xlsx(out, getTranslation("ps.drill"), headers, rows);
    }

    private static Object ratio(Double r) {
        return r == null ? "" : Math.round(r * 10000) / 10000.0;
    }

    private static List<Breakdown> months(List<TrendPoint> trend) {
        return trend.stream().filter(p -> p.totals().hasData())
                .map(p -> new Breakdown(p.month().toString(), p.month().toString(), null, p.totals())).toList();
    }

    Totals sum() {
        return grid.getGenericDataView().getItems().map(Breakdown::totals).reduce(Totals.EMPTY, Totals::plus);
    }
}
