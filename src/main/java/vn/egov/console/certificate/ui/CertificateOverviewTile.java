package vn.egov.console.certificate.ui;

import com.vaadin.flow.component.UI;
import java.util.Locale;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.ui.KpiTile;
import vn.egov.console.certificate.CertificateKind;
import vn.egov.console.certificate.CertificateService;
import vn.egov.console.certificate.SummaryFigure;
import vn.egov.console.overview.OverviewTile;
import vn.egov.console.security.Role;

/** Leadership's figure: certificates handed over (agencies + individuals), with what needs attention; opens the table. */
@org.springframework.stereotype.Component
class CertificateOverviewTile implements OverviewTile {

    private final CertificateService service;

    CertificateOverviewTile(CertificateService service) {
        this.service = service;
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
        var total = CertificateSummaryView.lines(service.summary(null)).getLast();
        long agency = total.get(CertificateKind.AGENCY, SummaryFigure.HANDED_OVER);
        long personal = total.get(CertificateKind.PERSONAL, SummaryFigure.HANDED_OVER);
        KpiTile tile = new KpiTile(ui.getTranslation("certificate.tile.label"),
                Formats.number(agency, locale) + " + " + Formats.number(personal, locale),
                ui.getTranslation("certificate.tile.hint", total.get(null, SummaryFigure.EXPIRING),
                        total.get(null, SummaryFigure.EXPIRED)));
        tile.setId("certificate-tile");
        tile.addClassName("clickable-tile");
        tile.addClickListener(e -> ui.navigate(CertificateSummaryView.class));
        return tile;
    }
}
