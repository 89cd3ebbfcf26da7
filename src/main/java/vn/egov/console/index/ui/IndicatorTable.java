package vn.egov.console.index.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.index.Framework;
import vn.egov.console.index.IndexService;
import vn.egov.console.index.IndicatorValue;
import vn.egov.console.index.Node;
import vn.egov.console.index.Source;

/**
 * A unit's assessment laid out as its framework: groups, indicators and sub-indicators with maximum and points, the
 * value behind each leaf and its status. The selected row's evidence, the link to the records behind a computed
 * value and the DIC's reason show below the grid (one set of components, not one per row).
 */
class IndicatorTable extends Composite<Div> {

    record Row(Node node, int depth, Double points, IndicatorValue value) {
    }

    final Grid<Row> grid = new Grid<>();
    final Div detail = new Div();
    private final IndexService service;
    private final Locale locale;
    private Consumer<Row> onSelect = r -> { };

    IndicatorTable(IndexService service, Locale locale) {
        this.service = service;
        this.locale = locale;
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.addColumn(r -> "\u2003".repeat(r.depth()) + r.node().code() + " " + r.node().name(locale))
                .setHeader(getTranslation("index.indicator")).setFlexGrow(6);
        grid.addColumn(r -> Points.of(r.node().maxPoints(), locale)).setHeader(getTranslation("index.max"))
                .setTextAlign(ColumnTextAlign.END).setFlexGrow(1);
        grid.addColumn(r -> Points.of(r.points(), locale)).setHeader(getTranslation("index.points"))
                .setTextAlign(ColumnTextAlign.END).setFlexGrow(1);
        grid.addColumn(r -> r.value() == null ? "" : value(r.value())).setHeader(getTranslation("index.value"))
                .setTextAlign(ColumnTextAlign.END).setFlexGrow(1);
        grid.addColumn(r -> r.value() == null ? "" : getTranslation(r.value().status().translationKey()))
                .setHeader(getTranslation("index.status")).setFlexGrow(2);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> {
            showDetail(e.getValue());
            if (e.getValue() != null) onSelect.accept(e.getValue());
        });
        detail.addClassName("index-detail");
        getContent().add(grid, detail);
    }

    void onSelect(Consumer<Row> listener) {
        this.onSelect = listener;
    }

    Optional<Row> selected() {
        return grid.asSingleSelect().getOptionalValue();
    }

    void show(Framework framework, List<IndicatorValue> values, Map<Long, Double> points) {
        Map<Long, IndicatorValue> byNode = new HashMap<>();
        values.forEach(v -> byNode.put(v.node().id(), v));
        Map<Long, Integer> depth = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (Node n : framework.nodes()) {
            int d = n.parentId() == null ? 0 : depth.getOrDefault(n.parentId(), 0) + 1;
            depth.put(n.id(), d);
            rows.add(new Row(n, d, points.get(n.id()), byNode.get(n.id())));
        }
        grid.setItems(rows);
        showDetail(null);
    }

    private String value(IndicatorValue v) {
        Double shown = v.node().source() == Source.METRIC ? v.computedValue() : v.selfValue();
        if (shown == null) return v.node().source() == Source.METRIC ? getTranslation("index.noData") : "";
        boolean share = switch (v.node().rule()) {
            case RATIO -> true;
            default -> false;
        };
        return share ? Formats.percent(shown, locale) : Points.of(shown, locale);
    }

    private void showDetail(Row row) {
        detail.removeAll();
        if (row == null || row.value() == null) return;
        IndicatorValue v = row.value();
        Node n = v.node();
        detail.add(new Div(new Span(getTranslation("index.source") + ": " + getTranslation(n.source().translationKey())
                + (n.metric() == null ? "" : " — " + getTranslation(n.metric().translationKey()))
                + " · " + getTranslation(n.rule().translationKey())
                + (n.steps() == null ? "" : " (" + n.steps() + ")"))));
        if (n.verifyingUnit() != null) {
            detail.add(new Div(new Span(getTranslation("index.verifyingUnit") + ": " + n.verifyingUnit())));
        }
        if (n.metric() != null) {
            Anchor records = new Anchor(n.metric().route(), getTranslation("index.records"));
            records.addClassName("index-records");
            detail.add(new Div(records));
        }
        if (v.evidence() != null) {
            var e = v.evidence();
            Anchor file = new Anchor(download(v), getTranslation("index.evidence") + ": "
                    + (e.documentNumber() == null ? "" : e.documentNumber()) + " · "
                    + (e.documentDate() == null ? "" : Formats.date(e.documentDate())) + " · " + e.fileName());
            file.getElement().setAttribute("download", true);
            file.addClassName("index-evidence");
            detail.add(new Div(file));
            if (e.summary() != null) detail.add(new Div(new Span(e.summary())));
        }
        if (v.reason() != null) detail.add(new Div(new Span(getTranslation("index.reason") + ": " + v.reason())));
    }

    private DownloadHandler download(IndicatorValue v) {
        return event -> {
            event.setFileName(v.evidence().fileName());
            event.setContentType(v.evidence().type().mimeType());
            event.getOutputStream().write(service.evidenceContent(v.id()));
        };
    }
}
