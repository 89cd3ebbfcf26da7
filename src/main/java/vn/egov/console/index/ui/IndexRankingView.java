package vn.egov.console.index.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.tabular.ExportFormat;
import vn.egov.console.base.tabular.TabularWriter;
import vn.egov.console.base.ui.ExportLink;
import vn.egov.console.base.ui.ViewHeader;
import vn.egov.console.base.ui.chart.Chart;
import vn.egov.console.base.ui.chart.ChartSpec;
import vn.egov.console.base.ui.chart.ChartType;
import vn.egov.console.base.ui.chart.Series;
import vn.egov.console.base.ui.chart.ValueFormat;
import vn.egov.console.index.Category;
import vn.egov.console.index.IndexService;
import vn.egov.console.index.Node;
import vn.egov.console.index.Ranking;
import vn.egov.console.index.UnitScore;

/**
 * The published ranking of a year and unit category: rank, change against last year, total and per-group points,
 * and per-group bars (category average as a share of the group's maximum). Choosing a unit opens its drill-down.
 * Query parameters {@code year} and {@code category} preselect (links from the scorecard).
 */
@Route("index/ranking")
@PermitAll
@Menu(title = "nav.index.ranking", order = 70, icon = "vaadin:trophy")
public class IndexRankingView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final IndexService service;
    private final Locale locale;
    final Select<Integer> year = new Select<>();
    final Select<Category> category = new Select<>();
    final Grid<UnitScore> grid = new Grid<>();
    final Chart chart = new Chart();
    final Paragraph framework = new Paragraph();
    private Ranking ranking;

    IndexRankingView(IndexService service) {
        this.service = service;
        this.locale = getLocale();
        addClassName("page");
        add(new ViewHeader(getTranslation("nav.index.ranking"), getTranslation("index.ranking.subtitle")));
        List<Integer> years = service.publishedYears();
        year.setLabel(getTranslation("index.year"));
        year.setItems(years);
        if (!years.isEmpty()) year.setValue(years.getFirst());
        category.setLabel(getTranslation("index.category"));
        category.setItems(Category.values());
        category.setItemLabelGenerator(c -> getTranslation(c.translationKey()));
        category.setValue(Category.DEPARTMENT);
        year.addValueChangeListener(e -> refresh());
        category.addValueChangeListener(e -> refresh());
        Div bar = new Div(year, category,
                new ExportLink(ExportFormat.XLSX, "xep-hang-cntt", this::state, this::writeXlsx),
                pdfLink());
        bar.addClassName("toolbar");
        add(bar, framework);
        grid.setId("index-ranking");
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null && ranking != null && ranking.assessment() != null) {
                getUI().ifPresent(ui -> ui.navigate(IndexUnitView.class,
                        IndexUnitView.parameter(ranking.assessment().id(), e.getValue().unitId())));
            }
        });
        grid.setEmptyStateText(getTranslation("index.empty"));
        grid.setHeight("480px");
        add(grid, new H2(getTranslation("index.ranking.bars")), chart);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        params.getSingleParameter("year").map(Integer::valueOf).filter(y -> service.publishedYears().contains(y))
                .ifPresent(year::setValue);
        params.getSingleParameter("category").flatMap(c -> Arrays.stream(Category.values())
                .filter(x -> x.name().equals(c)).findFirst()).ifPresent(category::setValue);
    }

    private Anchor pdfLink() {
        Anchor pdf = new Anchor(event -> {
            var s = new java.util.concurrent.atomic.AtomicReference<State>();
            event.getUI().accessSynchronously(() -> s.set(state()));
            event.setFileName("phu-luc-xep-hang-cntt-" + s.get().year() + "-" + s.get().category().name().toLowerCase()
                    + ".pdf");
            event.setContentType("application/pdf");
            event.getOutputStream().write(service.rankingPdf(s.get().year(), s.get().category(), locale));
        }, "");
        pdf.add(VaadinIcon.FILE_TEXT_O.create(), new Span(getTranslation("index.export.pdf")));
        pdf.getElement().setAttribute("download", true);
        pdf.addClassName("export-link");
        pdf.setId("export-pdf");
        return pdf;
    }

    record State(int year, Category category) {
    }

    State state() {
        return new State(year.getValue() == null ? 0 : year.getValue(), category.getValue());
    }

    void refresh() {
        if (year.getValue() == null || category.getValue() == null) {
            grid.setItems(List.of());
            return;
        }
        ranking = service.ranking(year.getValue(), category.getValue());
        grid.removeAllColumns();
        grid.addColumn(UnitScore::rank).setHeader(getTranslation("index.rank")).setWidth("4.5rem").setFlexGrow(0);
        grid.addColumn(r -> Points.change(r.rankChange())).setHeader(getTranslation("index.change"))
                .setWidth("6rem").setFlexGrow(0);
        grid.addColumn(UnitScore::unitName).setHeader(getTranslation("index.unit")).setFlexGrow(4);
        grid.addColumn(r -> Points.of(r.total(), locale)).setHeader(getTranslation("index.total"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> r.pointsChange() == null ? "—" : (r.pointsChange() > 0 ? "+" : "")
                        + Points.of(r.pointsChange(), locale)).setHeader(getTranslation("index.pointsChange"))
                .setTextAlign(ColumnTextAlign.END);
        for (int i = 0; i < ranking.groups().size(); i++) {
            int g = i;
            Node group = ranking.groups().get(i);
            grid.addColumn(r -> Points.of(r.groupPoints().get(g), locale))
                    .setHeader(group.code() + " (" + Points.of(group.maxPoints(), locale) + ")")
                    .setTooltipGenerator(r -> group.name(locale)).setTextAlign(ColumnTextAlign.END);
        }
        grid.setItems(ranking.units());
        if (ranking.assessment() != null) {
            var a = ranking.assessment();
            framework.setText(getTranslation("index.ranking.framework", a.frameworkName(),
                    Formats.date(a.snapshotDate()), a.publishedAt() == null ? "" : Formats.dateTime(a.publishedAt().atZone(vn.egov.console.base.time.ProvinceTime.ZONE))));
        } else {
            framework.setText("");
        }
        chart.setSpec(bars(ranking));
    }

    private ChartSpec bars(Ranking r) {
        List<String> names = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        for (int i = 0; i < r.groups().size(); i++) {
            Node g = r.groups().get(i);
            names.add(g.name(locale));
            int gi = i;
            double avg = r.units().stream().mapToDouble(u -> u.groupPoints().get(gi)).average().orElse(0);
            shares.add(g.maxPoints() == 0 ? 0 : avg / g.maxPoints());
        }
        return new ChartSpec(ChartType.BAR, getTranslation("index.ranking.bars"), names,
                List.of(Series.of(getTranslation(r.category().translationKey()), shares)), ValueFormat.PERCENT, 1.0);
    }

    private void writeXlsx(State s, OutputStream out) throws IOException {
        Ranking r = service.ranking(s.year(), s.category());
        List<String> headers = new ArrayList<>(List.of(getTranslation("index.rank"), getTranslation("index.change"),
                getTranslation("index.unit"), getTranslation("index.total"), getTranslation("index.previous")));
        r.groups().forEach(g -> headers.add(g.code() + " " + g.name(locale)));
        Stream<List<?>> rows = r.units().stream().map(u -> {
            List<Object> row = new ArrayList<>(Arrays.asList(u.rank(), u.rankChange(), u.unitName(), u.total(),
                    u.previousTotal()));
            row.addAll(u.groupPoints());
            return row;
        });
        TabularWriter.xlsx(out, getTranslation("nav.index.ranking"), headers, rows);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.index.ranking") + " · " + getTranslation("app.title");
    }
}
