package vn.egov.console.certificate.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.ui.KpiTile;
import vn.egov.console.base.ui.ViewHeader;
import vn.egov.console.certificate.CertificateFilter;
import vn.egov.console.certificate.CertificateKind;
import vn.egov.console.certificate.CertificateService;
import vn.egov.console.certificate.SummaryFigure;
import vn.egov.console.organization.UnitSummary;

/** One unit's certificates: its figures and its register (checked against the caller's scope by the service). */
@Route("certificates/unit/:unitId([0-9]+)")
@PermitAll
public class UnitCertificatesView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final CertificateService service;
    private UnitSummary unit;
    CertificateGrid grid;

    UnitCertificatesView(CertificateService service) {
        this.service = service;
        addClassName("page");
        addClassName("page-fill");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long unitId = event.getRouteParameters().getLong("unitId").orElseThrow();
        try {
            unit = service.unit(unitId);
        } catch (org.springframework.security.access.AccessDeniedException
                 | vn.egov.console.base.error.BusinessException e) {
            vn.egov.console.base.ui.Notifications.error(getTranslation("certificate.notAvailable"));
            event.forwardTo(CertificatesView.class);
            return;
        }
        removeAll();
        add(new ViewHeader(unit.name(), getTranslation("certificate.unitPage.subtitle", unit.code(),
                getTranslation(unit.tier().translationKey()))));
        var lines = CertificateSummaryView.lines(service.summary(unitId));
        var total = lines.getLast();
        Div tiles = new Div(
                tile("certificate.summary.agencyHandedOver", total.get(CertificateKind.AGENCY, SummaryFigure.HANDED_OVER)),
                tile("certificate.summary.personalHandedOver", total.get(CertificateKind.PERSONAL, SummaryFigure.HANDED_OVER)),
                tile("certificateFigure.IN_FORCE", total.get(null, SummaryFigure.IN_FORCE)),
                tile("certificateFigure.EXPIRING", total.get(null, SummaryFigure.EXPIRING)),
                tile("certificateFigure.EXPIRED", total.get(null, SummaryFigure.EXPIRED)));
        tiles.addClassName("tile-row");
        CertificateFilter filter = CertificateFilter.all().withUnit(unitId);
        grid = new CertificateGrid(service, () -> filter, false);
        grid.setId("unit-certificates");
        add(tiles, new H2(getTranslation("nav.certificates")), grid);
    }

    private KpiTile tile(String key, long value) {
        return new KpiTile(getTranslation(key), Formats.number(value, getLocale()), null);
    }

    @Override
    public String getPageTitle() {
        return (unit == null ? "" : unit.name() + " · ") + getTranslation("nav.certificates");
    }
}
