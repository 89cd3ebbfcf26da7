package vn.egov.console.docflow.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.time.YearMonth;
import java.util.Locale;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.ui.KpiTile;
import vn.egov.console.docflow.DocflowService;
import vn.egov.console.docflow.ExchangeTotals;
import vn.egov.console.docflow.Period;
import vn.egov.console.docflow.Stage;
import vn.egov.console.overview.OverviewTile;
import vn.egov.console.overview.SharedFigures;
import vn.egov.console.security.Role;

/** Leadership's overview: the last 12 months' signed and paper shares, and how many units are in daily use. */
@org.springframework.stereotype.Component
class DocflowOverviewTiles implements OverviewTile {

    private final DocflowService service;
    private final SharedFigures shared;

    DocflowOverviewTiles(DocflowService service, SharedFigures shared) {
        this.service = service;
        this.shared = shared;
    }

    private record Figures(YearMonth last, ExchangeTotals totals, long units, long inUse, long hub) {
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public boolean visibleTo(Role role) {
        return true;
    }

    @Override
    public com.vaadin.flow.component.Component render() {
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? Formats.VIETNAMESE : ui.getLocale();
        Figures f = shared.get("docflow", this::figures);
        YearMonth last = f.last();
        ExchangeTotals t = f.totals();
        String period = String.format("%02d/%d – %02d/%d", last.minusMonths(11).getMonthValue(),
                last.minusMonths(11).getYear(), last.getMonthValue(), last.getYear());
        Div group = new Div(
                KpiTile.linked(t(ui, "docflow.kpi.signedShare"), Shares.of(t.signedShare(), locale),
                        t(ui, "docflow.tile.last12", period), "docflow"),
                KpiTile.linked(t(ui, "docflow.kpi.paperShare"), Shares.of(t.paperParallelShare(), locale),
                        t(ui, "docflow.tile.last12", period), "docflow"),
                KpiTile.linked(t(ui, "docflow.tile.inUse"), Formats.number(f.inUse(), locale) + " / "
                        + Formats.number(f.units(), locale), t(ui, "docflow.tile.hub", Formats.number(f.hub(), locale)),
                        "docflow/rollout"));
        group.addClassName("docflow-tiles");
        group.getStyle().set("display", "contents");
        return group;
    }

    private static String t(UI ui, String key, Object... args) {
        return ui == null ? key : ui.getTranslation(key, args);
    }

    private Figures figures() {
        YearMonth last = service.currentMonth().minusMonths(1);
        var rows = service.rolloutBoard(null, null);
        return new Figures(last, service.totals(new Period(last.minusMonths(11), last), null), rows.size(),
                rows.stream().filter(r -> r.hasReached(Stage.IN_USE)).count(),
                rows.stream().filter(r -> r.hasReached(Stage.HUB_CONNECTED)).count());
    }
}
