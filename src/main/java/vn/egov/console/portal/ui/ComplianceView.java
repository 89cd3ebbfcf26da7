package vn.egov.console.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.function.ToLongFunction;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.ui.KpiTile;
import vn.egov.console.base.ui.Notifications;
import vn.egov.console.base.ui.ViewHeader;
import vn.egov.console.base.ui.WrappingHeader;
import vn.egov.console.portal.ComplianceBoard;
import vn.egov.console.portal.PortalService;
import vn.egov.console.portal.UnitCompliance;
import vn.egov.console.security.CurrentUser;
import vn.egov.console.security.Role;

/** The compliance board: what regulation expects of every portal, and which units fall short, with counts. */
@Route("portals/compliance")
@PermitAll
@Menu(title = "nav.portalCompliance", order = 21, icon = "vaadin:clipboard-check")
public class ComplianceView extends Div implements HasDynamicTitle {

    final Grid<UnitCompliance> grid = new Grid<>();
    final Checkbox publish = new Checkbox();

    ComplianceView(PortalService service, CurrentUser currentUser) {
        addClassName("page");
        Locale locale = getLocale();
        boolean admin = currentUser.require().role() == Role.ADMIN;
        ComplianceBoard board = service.complianceBoard();
        ViewHeader header = new ViewHeader(getTranslation("nav.portalCompliance"),
                getTranslation("portal.board.subtitle"));
        if (admin) {
            Button remind = new Button(getTranslation("portal.board.remind"), VaadinIcon.BELL.create(), e -> {
                int told = service.raiseComplianceAlertsNow();
                Notifications.success(getTranslation("portal.board.reminded", told));
            });
            remind.setId("send-reminders");
            header.actions(remind);
        }
        add(header, tiles(board, locale));
        if (admin) add(publishPanel(service));
        add(unitTable(board, locale));
    }

    private Div tiles(ComplianceBoard board, Locale locale) {
        UnitCompliance t = board.total();
        Div row = new Div(
                new KpiTile(getTranslation("portal.board.coverage"), PortalFormat.percent(board.coverage(), locale,
                        this::getTranslation), getTranslation("portal.board.coverage.hint", board.unitsCovered(),
                        board.unitsExpected())),
                new KpiTile(getTranslation("portal.issue.DOWN"), Formats.number(t.down(), locale),
                        getTranslation("portal.board.ofPortals", t.portals())),
                new KpiTile(getTranslation("portal.issue.TLS_EXPIRING"), Formats.number(t.tlsExpiring(), locale), null),
                new KpiTile(getTranslation("portal.issue.CONTENT_STALE"), Formats.number(t.contentStale(), locale), null),
                new KpiTile(getTranslation("portal.issue.ASSESSMENT_OVERDUE"),
                        Formats.number(t.assessmentOverdue(), locale), null),
                new KpiTile(getTranslation("portal.issue.BACKUP_GAP"), Formats.number(t.backupGap(), locale), null));
        row.addClassName("tile-row");
        row.setId("compliance-tiles");
        return row;
    }

    private Component publishPanel(PortalService service) {
        publish.setLabel(getTranslation("portal.statusPage.publish"));
        publish.setValue(service.isStatusPagePublished());
        publish.addValueChangeListener(e -> {
            if (!e.isFromClient()) return;
            service.setStatusPagePublished(e.getValue());
            Notifications.success(getTranslation(e.getValue() ? "portal.statusPage.published"
                    : "portal.statusPage.unpublished"));
        });
        Anchor link = new Anchor("status", getTranslation("portal.statusPage.open"));
        link.setTarget("_blank");
        Div panel = new Div(new H2(getTranslation("portal.statusPage.title")),
                new Paragraph(getTranslation("portal.statusPage.explain")), publish, link);
        panel.addClassName("panel");
        panel.addClassName("status-publish");
        return panel;
    }

    private Component unitTable(ComplianceBoard board, Locale locale) {
        grid.setId("compliance-grid");
        grid.addColumn(UnitCompliance::unitName).setHeader(getTranslation("portal.unit")).setWidth("14rem").setFlexGrow(1)
                .setSortable(true);
        count("portal.board.portals", UnitCompliance::portals, locale);
        count("portal.col.down", UnitCompliance::down, locale);
        count("portal.col.tls", UnitCompliance::tlsExpiring, locale);
        count("portal.col.stale", UnitCompliance::contentStale, locale);
        count("portal.col.assessment", UnitCompliance::assessmentOverdue, locale);
        count("portal.col.backup", UnitCompliance::backupGap, locale);
        grid.setItems(board.units().stream()
                .sorted(java.util.Comparator.comparingLong(UnitCompliance::withIssues).reversed()
                        .thenComparing(UnitCompliance::unitName)).toList());
        grid.setAllRowsVisible(true);
        Div panel = new Div(new H2(getTranslation("portal.board.byUnit")), grid);
        panel.addClassName("panel");
        return panel;
    }

    private void count(String key, ToLongFunction<UnitCompliance> value, Locale locale) {
        grid.addColumn(u -> {
                    long n = value.applyAsLong(u);
                    return n == 0 ? "·" : Formats.number(n, locale);
                }).setHeader(new WrappingHeader(getTranslation(key))).setTextAlign(ColumnTextAlign.END)
                .setWidth("7.5rem").setFlexGrow(0).setComparator(value::applyAsLong).setSortable(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.portalCompliance") + " · " + getTranslation("app.title");
    }
}
