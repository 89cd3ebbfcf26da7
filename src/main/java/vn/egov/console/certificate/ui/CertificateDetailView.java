package vn.egov.console.certificate.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.function.Consumer;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.time.ProvinceTime;
import vn.egov.console.base.ui.Notifications;
import vn.egov.console.base.ui.ReasonDialog;
import vn.egov.console.base.ui.ViewHeader;
import vn.egov.console.certificate.CertificateHistoryRow;
import vn.egov.console.certificate.CertificateRow;
import vn.egov.console.certificate.CertificateService;
import vn.egov.console.certificate.CertificateStatus;

/** One certificate: its data, what may be done with it now, and its status history. */
@Route("certificates/:id([0-9]+)")
@PermitAll
public class CertificateDetailView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final CertificateService service;
    CertificateRow row;
    final Button renew = new Button();
    final Button requestRevocation = new Button();
    final Button reportLost = new Button();
    final Button handOver = new Button();
    final Button revoke = new Button();

    CertificateDetailView(CertificateService service) {
        this.service = service;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            load(event.getRouteParameters().getLong("id").orElseThrow());
        } catch (org.springframework.security.access.AccessDeniedException
                 | vn.egov.console.base.error.BusinessException e) {
            // another unit's certificate, or one that does not exist: say so and show the caller's own list
            vn.egov.console.base.ui.Notifications.error(getTranslation("certificate.notAvailable"));
            event.forwardTo(CertificatesView.class);
        }
    }

    void load(long id) {
        removeAll();
        row = service.get(id);
        Span subtitle = new Span(row.unitName() + " · " + getTranslation(row.kind().translationKey()) + " · ");
        ViewHeader header = new ViewHeader(row.holderName(), null);
        Div sub = new Div(subtitle, new StatusBadge(row.status()));
        sub.addClassName("view-subtitle");
        header.getChildren().findFirst().ifPresent(text -> ((Div) text).add(sub));
        header.actions(actions());
        add(header, properties(), historyPanel());
    }

    private Component[] actions() {
        renew.setText(getTranslation("certificate.action.renew"));
        renew.addClickListener(e -> {
            String warning = service.renewalIsLate(row) ? getTranslation("certificate.renewal.lateWarning",
                    Math.max(0, service.daysLeft(row)), CertificateService.RENEWAL_MIN_DAYS) : null;
            decide(getTranslation("certificate.action.renew"), warning, warning != null,
                    reason -> service.requestRenewal(row.id(), reason));
        });
        requestRevocation.setText(getTranslation("certificate.action.requestRevocation"));
        requestRevocation.addClickListener(e -> decide(getTranslation("certificate.action.requestRevocation"),
                null, true, reason -> service.requestRevocation(row.id(), reason)));
        reportLost.setText(getTranslation("certificate.action.reportLost"));
        reportLost.addThemeVariants(ButtonVariant.ERROR);
        reportLost.addClickListener(e -> decide(getTranslation("certificate.action.reportLost"),
                getTranslation("certificate.lost.warning"), true, reason -> service.reportTokenLost(row.id(), reason)));
        handOver.setText(getTranslation("certificate.action.handOver"));
        handOver.addThemeVariants(ButtonVariant.PRIMARY);
        handOver.addClickListener(e -> new HandOverDialog(service, row, r -> reload()).open());
        revoke.setText(getTranslation("certificate.action.revoke"));
        revoke.addThemeVariants(ButtonVariant.ERROR);
        revoke.addClickListener(e -> decide(getTranslation("certificate.action.revoke"), null, true,
                reason -> service.revoke(row.id(), row.version(), reason)));
        CertificateStatus s = row.status();
        renew.setEnabled(s == CertificateStatus.ISSUED || s == CertificateStatus.HANDED_OVER || s == CertificateStatus.EXPIRED);
        requestRevocation.setEnabled(s.inUse());
        reportLost.setEnabled(s.inUse());
        handOver.setEnabled(s == CertificateStatus.ISSUED);
        revoke.setEnabled(s != CertificateStatus.REVOKED && s != CertificateStatus.REPLACED && s != CertificateStatus.REQUESTED);
        if (service.isAdmin()) return new Component[] {handOver, renew, revoke};
        if (service.canRequest()) return new Component[] {renew, requestRevocation, reportLost};
        return new Component[0];
    }

    /** Asks for the reason of a decision on this certificate, makes it, and shows the certificate as it now is. */
    private void decide(String title, String warning, boolean reasonRequired, Consumer<String> decision) {
        ReasonDialog dialog = new ReasonDialog(title, getTranslation("certificate.confirm"), reason -> {
            decision.accept(reason);
            Notifications.success(getTranslation("certificate.saved"));
            reload();
        }).warning(warning);
        if (!reasonRequired) dialog.optional();
        dialog.open();
    }

    private void reload() {
        load(row.id());
    }

    private Component properties() {
        Div grid = new Div();
        grid.addClassName("cert-properties");
        RouterLink unit = new RouterLink(row.unitName(), UnitCertificatesView.class,
                new RouteParameters("unitId", String.valueOf(row.unitId())));
        property(grid, "certificate.unit", unit);
        property(grid, "unit.tier", text(getTranslation(row.tier().translationKey())));
        property(grid, "certificate.serial", text(row.serial()));
        property(grid, "certificate.issuerName", text(row.issuerName()));
        if (row.issuerTrusted() != null) {
            Span trust = text(getTranslation(row.untrustedIssuer() ? "certificate.untrusted.detail"
                    : "certificate.trusted.detail"));
            if (row.untrustedIssuer()) trust.addClassName("cert-untrusted");
            property(grid, "certificate.issuerTrust", trust);
        }
        property(grid, "certificate.issuer", text(row.issuer()));
        property(grid, "certificate.subject", text(row.subject()));
        property(grid, "certificate.keyUsage", text(row.keyUsage()));
        property(grid, "certificate.validFrom", text(Formats.date(row.validFrom())));
        Long left = service.daysLeft(row);
        property(grid, "certificate.validTo", text(Formats.date(row.validTo())
                + (left == null || !row.status().inUse() ? "" : " (" + getTranslation("certificate.daysLeftText", left) + ")")));
        property(grid, "certificate.tokenType", text(row.tokenType()));
        property(grid, "certificate.handedOverOn", text(Formats.date(row.handedOverOn())));
        property(grid, "certificate.trainedOn", text(Formats.date(row.trainedOn())));
        property(grid, "certificate.responsible", text(row.responsiblePerson()));
        Div panel = new Div(grid);
        panel.addClassName("panel");
        return panel;
    }

    private static Span text(String value) {
        return new Span(value == null || value.isEmpty() ? "—" : value);
    }

    private void property(Div grid, String key, Component value) {
        Span label = new Span(getTranslation(key));
        label.addClassName("cert-label");
        grid.add(label, value);
    }

    private Component historyPanel() {
        Grid<CertificateHistoryRow> history = new Grid<>();
        history.setId("certificate-history");
        history.addColumn(h -> Formats.dateTime(h.at().atZone(ProvinceTime.ZONE))).setHeader(getTranslation("common.when")).setAutoWidth(true);
        history.addColumn(h -> (h.fromStatus() == null ? "" : getTranslation(h.fromStatus().translationKey()) + " → ")
                + getTranslation(h.toStatus().translationKey())).setHeader(getTranslation("certificate.status")).setFlexGrow(2);
        history.addColumn(CertificateHistoryRow::actor).setHeader(getTranslation("certificate.actor")).setAutoWidth(true);
        history.addColumn(h -> h.reason() == null ? "" : h.reason()).setHeader(getTranslation("certificate.reason")).setFlexGrow(3);
        history.setItems(service.history(row.id()));
        history.setAllRowsVisible(true);
        Div panel = new Div(new H2(getTranslation("certificate.history")), history);
        panel.addClassName("panel");
        return panel;
    }

    @Override
    public String getPageTitle() {
        return (row == null ? "" : row.holderName() + " · ") + getTranslation("app.title");
    }
}
