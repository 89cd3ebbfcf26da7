package vn.egov.console.publicservice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.time.YearMonth;
import java.util.Locale;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.ui.KpiTile;
import vn.egov.console.overview.OverviewTile;
import vn.egov.console.overview.SharedFigures;
import vn.egov.console.publicservice.Dashboard;
import vn.egov.console.publicservice.Period;
import vn.egov.console.publicservice.PublicServiceService;
import vn.egov.console.publicservice.Scope;
import vn.egov.console.security.Role;

/** Leadership's overview: the last 12 months' online share and on-time rate, and services online but unused. */
@org.springframework.stereotype.Component
class PublicServiceOverviewTile implements OverviewTile {

    private final PublicServiceService service;
    private final SharedFigures shared;

    PublicServiceOverviewTile(PublicServiceService service, SharedFigures shared) {
        this.service = service;
        this.shared = shared;
    }

    @Override
    public int order() {
        return 250;
    }

    @Override
    public boolean visibleTo(Role role) {
        return true;
    }

    @Override
    public Component render() {
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? Formats.VIETNAMESE : ui.getLocale();
        Dashboard d = shared.get("publicservice", () -> {
            YearMonth month = service.currentMonth().minusMonths(1);
            return service.dashboard(new Period(month.minusMonths(11), month), Scope.ALL, 0);
        });
        YearMonth last = d.period().to();
        String period = String.format("%02d/%d – %02d/%d", last.minusMonths(11).getMonthValue(),
                last.minusMonths(11).getYear(), last.getMonthValue(), last.getYear());
        Div group = new Div(
                link(new KpiTile(t(ui, "ps.kpi.onlineShare"), Rates.of(d.totals().onlineShare(), locale),
                        t(ui, "ps.tile.last12", period))),
                link(new KpiTile(t(ui, "ps.kpi.onTime"), Rates.of(d.totals().onTimeRate(), locale),
                        t(ui, "ps.tile.last12", period))),
                link(new KpiTile(t(ui, "ps.kpi.unused"), Formats.number(d.proceduresOnlineUnused(), locale),
                        t(ui, "ps.kpi.unusedOf", Formats.number(d.proceduresOnline(), locale)))));
        group.getStyle().set("display", "contents");
        return group;
    }

    private static Anchor link(KpiTile tile) {
        Anchor a = new Anchor("public-services", tile);
        a.addClassName("tile-link");
        return a;
    }

    private static String t(UI ui, String key, Object... args) {
        return ui == null ? key : ui.getTranslation(key, args);
    }
}
