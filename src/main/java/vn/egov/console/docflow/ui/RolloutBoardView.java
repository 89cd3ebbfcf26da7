package vn.egov.console.docflow.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.ui.Badges;
import vn.egov.console.base.ui.KpiTile;
import vn.egov.console.base.ui.ViewHeader;
import vn.egov.console.base.ui.chart.Chart;
import vn.egov.console.base.ui.chart.ChartSpec;
import vn.egov.console.base.ui.chart.ChartType;
import vn.egov.console.base.ui.chart.Series;
import vn.egov.console.base.ui.chart.ValueFormat;
import vn.egov.console.docflow.DocflowService;
import vn.egov.console.docflow.RolloutRow;
import vn.egov.console.docflow.Stage;
import vn.egov.console.organization.Tier;
import vn.egov.console.organization.UnitKind;
import vn.egov.console.security.CurrentUser;
import vn.egov.console.security.Role;

/** Units × stages of the document-management rollout, with totals per stage and when units got there. */
@Route("docflow/rollout")
@PermitAll
@Menu(title = "nav.docflow.rollout", order = 26, icon = "vaadin:road-branches")
public class RolloutBoardView extends Div implements HasDynamicTitle {

    private final DocflowService service;
    private final boolean canEdit;
    private final Locale locale;
    final Select<Tier> tier = new Select<>();
    final Select<UnitKind> kind = new Select<>();
    final Div tiles = new Div();
    final Chart timeline = new Chart();
    final Grid<RolloutRow> grid = new Grid<>();
    final Button edit = new Button();

    RolloutBoardView(DocflowService service, CurrentUser currentUser) {
        this.service = service;
        this.canEdit = currentUser.require().role() != Role.LEADER;
        this.locale = getLocale();
        addClassName("page");
        edit.setText(getTranslation("docflow.rollout.edit"));
        edit.setIcon(VaadinIcon.EDIT.create());
        edit.setEnabled(false);
        edit.addClickListener(e -> {
            RolloutRow row = grid.asSingleSelect().getValue();
            if (row != null) new RolloutDialog(service, row, this::refresh).open();
        });
        ViewHeader header = new ViewHeader(getTranslation("nav.docflow.rollout"),
                getTranslation("docflow.rollout.subtitle"));
        if (canEdit) header.actions(edit);
        add(header, toolbar());
        tiles.addClassName("tile-row");
        add(tiles);
        Div panel = new Div(new H2(getTranslation("docflow.rollout.timeline")), timeline);
        panel.addClassName("panel");
        add(panel, grid());
        refresh();
    }

    private Div toolbar() {
        tier.setLabel(getTranslation("unit.tier"));
        tier.setItems(Tier.values());
        tier.setEmptySelectionAllowed(true);
        tier.setEmptySelectionCaption(getTranslation("docflow.all"));
        tier.setItemLabelGenerator(t -> t == null ? getTranslation("docflow.all") : getTranslation(t.translationKey()));
        tier.addValueChangeListener(e -> refresh());
        kind.setLabel(getTranslation("unit.kind"));
        kind.setItems(UnitKind.DEPARTMENT, UnitKind.DISTRICT_COMMITTEE, UnitKind.COMMUNE_COMMITTEE, UnitKind.OTHER);
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("docflow.all"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("docflow.all") : getTranslation(k.translationKey()));
        kind.addValueChangeListener(e -> refresh());
        Div bar = new Div(tier, kind);
        bar.addClassName("toolbar");
        return bar;
    }

    private Grid<RolloutRow> grid() {
        grid.setId("rollout-grid");
        grid.setEmptyStateText(getTranslation("common.empty.filtered"));
        grid.addColumn(RolloutRow::unitName).setHeader(getTranslation("unit.name")).setWidth("22rem").setFlexGrow(1)
                .setResizable(true).setSortable(true).setFrozen(true);
        grid.addColumn(r -> getTranslation(r.tier().translationKey())).setHeader(getTranslation("unit.tier"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.rollout().product() == null ? "" : r.rollout().product()
                + (r.rollout().productVersion() == null ? "" : " " + r.rollout().productVersion()))
                .setHeader(getTranslation("docflow.product")).setAutoWidth(true);
        grid.addColumn(Badges.<RolloutRow>of(r -> getTranslation(r.stage().translationKey()), r -> switch (r.stage()) {
            case NOT_STARTED -> "error";
            case INSTALLED, TRAINED -> "contrast";
            case IN_USE -> "";
            case HUB_CONNECTED, AXIS_CONNECTED -> "success";
        })).setHeader(getTranslation("docflow.stage")).setAutoWidth(true);
        for (Stage s : Stage.reachable()) {
            grid.addColumn(r -> Formats.date(r.rollout().reachedOn(s))).setHeader(getTranslation(s.translationKey()))
                    .setAutoWidth(true)
                    .setComparator((a, b) -> compare(a.rollout().reachedOn(s), b.rollout().reachedOn(s)));
        }
        grid.asSingleSelect().addValueChangeListener(e -> edit.setEnabled(e.getValue() != null));
        grid.setHeight("520px");
        return grid;
    }

    private static int compare(LocalDate a, LocalDate b) {
        if (a == null) return b == null ? 0 : 1;
        if (b == null) return -1;
        return a.compareTo(b);
    }

    void refresh() {
        List<RolloutRow> rows = service.rolloutBoard(tier.getValue(), kind.getValue());
        grid.setItems(rows);
        tiles.removeAll();
        Map<Stage, Long> counts = DocflowService.reachedCounts(rows);
        tiles.add(new KpiTile(getTranslation("docflow.rollout.units"), Formats.number(rows.size(), locale), null));
        counts.forEach((stage, n) -> tiles.add(new KpiTile(getTranslation(stage.translationKey()),
                Formats.number(n, locale),
                getTranslation("docflow.rollout.ofUnits", Shares.of(rows.isEmpty() ? Double.NaN
                        : (double) n / rows.size(), locale)))));
        int lastYear = service.currentMonth().getYear();
        var byYear = DocflowService.reachedByYear(rows, 2016, lastYear);
        List<String> years = byYear.keySet().stream().map(String::valueOf).toList();
        List<Series> series = new ArrayList<>();
        for (Stage s : new Stage[] {Stage.INSTALLED, Stage.IN_USE, Stage.HUB_CONNECTED, Stage.AXIS_CONNECTED}) {
            series.add(Series.of(getTranslation(s.translationKey()),
                    byYear.values().stream().map(m -> (double) m.get(s)).toList()));
        }
        timeline.setSpec(new ChartSpec(ChartType.BAR, getTranslation("docflow.rollout.timeline"), years, series,
                ValueFormat.NUMBER, null));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.docflow.rollout") + " · " + getTranslation("app.title");
    }
}
