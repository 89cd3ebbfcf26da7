package vn.egov.console.publicservice.ui;

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
        add(crumbs, grid);
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
        grid.setItems(switch (at.level()) {
            case UNITS -> service.byUnit(period, at.scope());
            case FIELDS -> service.byField(period, at.scope());
            case PROCEDURES -> service.byProcedure(period, at.scope());
            case MONTHS -> months(service.trend(period, at.scope()));
        });
    }

    private static List<Breakdown> months(List<TrendPoint> trend) {
        return trend.stream().filter(p -> p.totals().hasData())
                .map(p -> new Breakdown(p.month().toString(), p.month().toString(), null, p.totals())).toList();
    }

    Totals sum() {
        return grid.getGenericDataView().getItems().map(Breakdown::totals).reduce(Totals.EMPTY, Totals::plus);
    }
}
