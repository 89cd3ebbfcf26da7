package vn.egov.console.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.Locale;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.ui.KpiTile;
import vn.egov.console.overview.OverviewTile;
import vn.egov.console.overview.SharedFigures;
import vn.egov.console.portal.ComplianceBoard;
import vn.egov.console.portal.PortalService;
import vn.egov.console.portal.UnitCompliance;
import vn.egov.console.security.Role;

/** Portals on the home screen: coverage, portals down now and portals with gaps; opens the compliance board. */
@org.springframework.stereotype.Component
class PortalOverviewTile implements OverviewTile {

    private final PortalService service;
    private final SharedFigures shared;

    PortalOverviewTile(PortalService service, SharedFigures shared) {
        this.service = service;
        this.shared = shared;
    }

    private record Figures(ComplianceBoard board, long withGaps) {
    }

    @Override
    public int order() {
        return 600;
    }

    @Override
    public boolean visibleTo(Role role) {
        return true;
    }

    @Override
    public Component render() {
        UI ui = UI.getCurrent();
        Locale locale = ui.getLocale();
        Figures f = shared.get("portal", () -> new Figures(service.complianceBoard(),
                service.list().stream().filter(p -> !service.issues(p).isEmpty()).count()));
        UnitCompliance t = f.board().total();
        String hint = ui.getTranslation("portal.tile.hint",
                PortalFormat.percent(f.board().coverage(), locale, ui::getTranslation), t.down(), f.withGaps());
        var link = KpiTile.linked(ui.getTranslation("portal.tile.label"), Formats.number(t.portals(), locale), hint,
                RouteConfiguration.forSessionScope().getUrl(ComplianceView.class));
        link.setId("portal-tile");
        return link;
    }
}
