package vn.egov.console.certificate.ui;

import com.vaadin.flow.component.UI;
import java.util.Locale;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.ui.KpiTile;
import vn.egov.console.certificate.CertificateKind;
import vn.egov.console.certificate.CertificateService;
import vn.egov.console.certificate.SummaryFigure;
import vn.egov.console.overview.OverviewTile;
import vn.egov.console.overview.SharedFigures;
import vn.egov.console.security.Role;

/** Leadership's figure: certificates handed over (agencies + individuals), with what needs attention; opens the table. */
@org.springframework.stereotype.Component
class CertificateOverviewTile implements OverviewTile {

    private final CertificateService service;
    private final SharedFigures shared;

    CertificateOverviewTile(CertificateService service, SharedFigures shared) {
        this.service = service;
        this.shared = shared;
    }

    private record Figures(long agency, long personal, long expiring, long expired) {
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public boolean visibleTo(Role role) {
        return role == Role.LEADER || role == Role.ADMIN;
    }

    @Override
    public com.vaadin.flow.component.Component render() {
        UI ui = UI.getCurrent();
        Locale locale = ui.getLocale();
        Figures f = shared.get("certificate", () -> {
            var total = CertificateSummaryView.lines(service.summary(null)).getLast();
            return new Figures(total.get(CertificateKind.AGENCY, SummaryFigure.HANDED_OVER),
                    total.get(CertificateKind.PERSONAL, SummaryFigure.HANDED_OVER),
                    total.get(null, SummaryFigure.EXPIRING), total.get(null, SummaryFigure.EXPIRED));
        });
        KpiTile tile = new KpiTile(ui.getTranslation("certificate.tile.label"),
                Formats.number(f.agency(), locale) + " + " + Formats.number(f.personal(), locale),
                ui.getTranslation("certificate.tile.hint", f.expiring(), f.expired()));
        tile.setId("certificate-tile");
        tile.addClassName("clickable-tile");
        tile.addClickListener(e -> ui.navigate(CertificateSummaryView.class));
        return tile;
    }
}
