package vn.egov.console.mailbox.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.ui.KpiTile;
import vn.egov.console.base.ui.ViewHeader;
import vn.egov.console.base.ui.WrappingHeader;
import vn.egov.console.mailbox.CoverageRow;
import vn.egov.console.mailbox.CoverageTotals;
import vn.egov.console.mailbox.MailboxCoverageService;
import vn.egov.console.mailbox.MailboxService;

/** Mailbox coverage: per unit against headcount, units without any, unused mailboxes; totals by tier. */
@Route("mailboxes/coverage")
@PermitAll
@Menu(title = "nav.mailboxCoverage", order = 32, icon = "vaadin:pie-chart")
public class MailboxCoverageView extends Div implements HasDynamicTitle {

    /** Figure columns stay narrow (their headers wrap) so the unit's name keeps the room. */
    private static final String FIGURE_WIDTH = "6rem";
    /** A sortable header also holds the sort arrows, and "Headcount" has no space to wrap at. */
    private static final String SORTABLE_FIGURE_WIDTH = "7.5rem";

    final Grid<CoverageRow> units = new Grid<>();
    final Grid<CoverageTotals> totals = new Grid<>();
    final Checkbox onlyGaps = new Checkbox();
    private final List<CoverageRow> rows;
    private final Locale locale;

    MailboxCoverageView(MailboxCoverageService coverage) {
        this.locale = getLocale();
        addClassName("page");
        rows = coverage.byUnit();
        List<CoverageTotals> sums = MailboxCoverageService.totals(rows);
        CoverageTotals all = sums.getLast();
        add(new ViewHeader(getTranslation("nav.mailboxCoverage"), getTranslation("mailbox.coverage.subtitle")));
        Div tiles = new Div(
                new KpiTile(getTranslation("mailbox.coverage.mailboxes"), n(all.mailboxes()), null),
                new KpiTile(getTranslation("mailbox.coverage.coverage"), Formats.percent(all.coverage(), locale),
                        getTranslation("mailbox.coverage.coverageHint", n(all.staffMailboxes()), n(all.headcount()))),
                new KpiTile(getTranslation("mailbox.coverage.unitsWithNone"), n(all.unitsWithNone()),
                        getTranslation("mailbox.coverage.ofUnits", n(all.units()))),
                new KpiTile(getTranslation("mailbox.coverage.inactive", MailboxService.INACTIVE_DAYS),
                        n(all.inactive()), getTranslation("mailbox.coverage.suspended", n(all.suspended()))));
        tiles.addClassName("tile-row");
        tiles.setId("coverage-tiles");
        add(tiles, totalsPanel(sums), unitsPanel());
    }

    private Div totalsPanel(List<CoverageTotals> sums) {
        totals.setId("coverage-totals");
        totals.addColumn(t -> t.tier() == null ? getTranslation("mailbox.coverage.province")
                : getTranslation(t.tier().translationKey())).setHeader(getTranslation("unit.tier"));
        totals.addColumn(t -> n(t.units()))
                .setHeader(new WrappingHeader(getTranslation("home.units"))).setTextAlign(ColumnTextAlign.END);
        totals.addColumn(t -> n(t.headcount())).setHeader(new WrappingHeader(getTranslation("unit.headcount")))
                .setTextAlign(ColumnTextAlign.END);
        totals.addColumn(t -> n(t.mailboxes()))
                .setHeader(new WrappingHeader(getTranslation("mailbox.coverage.mailboxes")))
                .setTextAlign(ColumnTextAlign.END);
        totals.addColumn(t -> Formats.percent(t.coverage(), locale))
                .setHeader(new WrappingHeader(getTranslation("mailbox.coverage.coverage")))
                .setTextAlign(ColumnTextAlign.END);
        totals.addColumn(t -> n(t.unitsWithNone()))
                .setHeader(new WrappingHeader(getTranslation("mailbox.coverage.unitsWithNone")))
                .setTextAlign(ColumnTextAlign.END);
        totals.addColumn(t -> n(t.inactive())).setHeader(new WrappingHeader(getTranslation(
                "mailbox.coverage.inactive", MailboxService.INACTIVE_DAYS))).setTextAlign(ColumnTextAlign.END);
        totals.setItems(sums);
        totals.setAllRowsVisible(true);
        Div panel = new Div(new H2(getTranslation("mailbox.coverage.byTier")), totals);
        panel.addClassName("panel");
        return panel;
    }

    private Div unitsPanel() {
        units.setId("coverage-units");
        // unit names share long prefixes ("Ủy ban nhân dân phường …"): wrap them rather than cut the part that differs
        units.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        units.addColumn(CoverageRow::name).setHeader(getTranslation("unit.name")).setWidth("8.5rem").setFlexGrow(1)
                .setTooltipGenerator(CoverageRow::name).setSortable(true)
                .setComparator(Comparator.comparing(CoverageRow::name));
        units.addColumn(r -> getTranslation(r.tier().translationKey())).setHeader(getTranslation("unit.tier"))
                .setWidth("7rem").setFlexGrow(0).setSortable(true).setComparator(Comparator.comparing(CoverageRow::tier));
        units.addColumn(r -> n(r.headcount())).setHeader(new WrappingHeader(getTranslation("unit.headcount")))
                .setTextAlign(ColumnTextAlign.END).setWidth(SORTABLE_FIGURE_WIDTH).setFlexGrow(0).setSortable(true)
                .setComparator(Comparator.comparingInt(CoverageRow::headcount));
        units.addColumn(r -> n(r.staffMailboxes()))
                .setHeader(new WrappingHeader(getTranslation("mailbox.coverage.staffMailboxes")))
                .setTextAlign(ColumnTextAlign.END).setWidth(FIGURE_WIDTH).setFlexGrow(0);
        units.addColumn(r -> getTranslation(r.unitMailbox() ? "common.yes" : "common.no"))
                .setHeader(new WrappingHeader(getTranslation("mailbox.coverage.unitMailbox"))).setWidth(FIGURE_WIDTH)
                .setFlexGrow(0);
        units.addColumn(r -> Formats.percent(r.coverage(), locale))
                .setHeader(new WrappingHeader(getTranslation("mailbox.coverage.coverage")))
                .setTextAlign(ColumnTextAlign.END).setWidth(SORTABLE_FIGURE_WIDTH).setFlexGrow(0).setSortable(true)
                .setComparator(Comparator.comparingDouble(CoverageRow::coverage));
        units.addColumn(r -> n(r.missing())).setHeader(new WrappingHeader(getTranslation("mailbox.coverage.missing")))
                .setTextAlign(ColumnTextAlign.END).setWidth(SORTABLE_FIGURE_WIDTH).setFlexGrow(0).setSortable(true)
                .setComparator(Comparator.comparingLong(CoverageRow::missing));
        units.addColumn(r -> n(r.inactive())).setHeader(new WrappingHeader(getTranslation(
                "mailbox.coverage.inactive", MailboxService.INACTIVE_DAYS))).setTextAlign(ColumnTextAlign.END)
                .setWidth(SORTABLE_FIGURE_WIDTH).setFlexGrow(0).setSortable(true)
                .setComparator(Comparator.comparingLong(CoverageRow::inactive));
        units.addColumn(r -> n(r.suspended())).setHeader(new WrappingHeader(getTranslation("mailboxStatus.SUSPENDED")))
                .setTextAlign(ColumnTextAlign.END).setWidth("6.5rem").setFlexGrow(0);
        units.setItems(rows);
        units.setHeight("520px");
        onlyGaps.setLabel(getTranslation("mailbox.coverage.onlyGaps"));
        onlyGaps.addValueChangeListener(e -> units.setItems(e.getValue()
                ? rows.stream().filter(r -> r.hasNone() || r.missing() > 0 || r.inactive() > 0).toList() : rows));
        Div panel = new Div(new H2(getTranslation("mailbox.coverage.byUnit")), onlyGaps, units);
        panel.addClassName("panel");
        return panel;
    }

    private String n(long value) {
        return Formats.number(value, locale);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.mailboxCoverage") + " · " + getTranslation("app.title");
    }
}
