package vn.egov.console.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.error.NotFoundException;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.time.ProvinceTime;
import vn.egov.console.base.ui.KpiTile;
import vn.egov.console.base.ui.Notifications;
import vn.egov.console.base.ui.ViewHeader;
import vn.egov.console.portal.ComplianceIssue;
import vn.egov.console.portal.ComplianceRules;
import vn.egov.console.portal.Portal;
import vn.egov.console.portal.PortalCheck;
import vn.egov.console.portal.PortalIncident;
import vn.egov.console.portal.PortalService;
import vn.egov.console.portal.Uptime;
import vn.egov.console.security.CurrentUser;
import vn.egov.console.security.Role;

/** One portal: its record, live state and uptime, compliance flags, incidents and the check history. */
@Route("portals/:id([0-9]+)")
@PermitAll
public class PortalDetailView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PortalService service;
    private final Role role;
    private Portal portal;
    final Grid<PortalIncident> incidents = new Grid<>();
    final Grid<PortalCheck> checks = new Grid<>();

    PortalDetailView(PortalService service, CurrentUser currentUser) {
        this.service = service;
        this.role = currentUser.require().role();
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get("id").orElse("0"));
        // scope is checked by the service: another unit's portal id is refused, like any other URL
        try {
            portal = service.get(id);
        } catch (AccessDeniedException | NotFoundException e) {
            portal = null;
            removeAll();
            Paragraph refused = new Paragraph(getTranslation("portal.unavailable"));
            refused.setId("portal-unavailable");
            add(new ViewHeader(getTranslation("nav.portals"), null), refused);
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        Locale locale = getLocale();
        boolean writable = role != Role.LEADER;
        boolean admin = role == Role.ADMIN;
        Anchor link = new Anchor(portal.url(), portal.url());
        link.setTarget("_blank");
        link.getElement().setAttribute("rel", "noopener noreferrer");
        ViewHeader header = new ViewHeader(portal.name(), portal.unitName());
        Button back = new Button(getTranslation("nav.portals"), VaadinIcon.ARROW_LEFT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(PortalsView.class)));
        back.addThemeVariants(ButtonVariant.TERTIARY);
        header.actions(back);
        if (writable) {
            Button edit = new Button(getTranslation("portal.action.edit"), VaadinIcon.EDIT.create(),
                    e -> new PortalFormDialog(service, portal, this::reload).open());
            edit.setId("edit-portal");
            Button incident = new Button(getTranslation("portal.incident.report"), VaadinIcon.WARNING.create(),
                    e -> new IncidentDialog(service, portal.id(), null, IncidentDialog.Mode.OPEN, i -> reload(null))
                            .open());
            incident.setId("report-incident");
            header.actions(edit, incident);
        }
        if (admin) {
            Button monitor = new Button(getTranslation("portal.action.monitor"), VaadinIcon.SLIDERS.create(),
                    e -> new MonitorSettingsDialog(service, portal, this::reload).open());
            monitor.setId("monitor-settings");
            Button check = new Button(getTranslation("portal.action.checkNow"), VaadinIcon.REFRESH.create(), e -> {
                try {
                    service.requestCheck(portal.id());
                    Notifications.success(getTranslation("portal.checkQueued"));
                } catch (BusinessException ex) {
                    Notifications.error(ex);
                }
            });
            check.setEnabled(portal.monitor().enabled());
            Button delete = new Button(getTranslation("portal.action.delete"), VaadinIcon.TRASH.create(),
                    e -> confirmDelete());
            delete.addThemeVariants(ButtonVariant.ERROR);
            delete.setId("delete-portal");
            header.actions(monitor, check, delete);
        }
        Div address = new Div(link);
        address.addClassName("portal-address");
        add(header, address, tiles(locale), issues(), facts(locale), incidentPanel(writable), checkPanel(locale));
    }

    /** Deleting takes the portal's checks and incidents with it, so the user confirms with the portal named. */
    private void confirmDelete() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("portal.action.delete"),
                getTranslation("portal.delete.confirm", portal.name(), portal.url()),
                getTranslation("portal.action.delete"), e -> {
                    try {
                        service.delete(portal.id());
                        Notifications.success(getTranslation("portal.deleted", portal.name()));
                        getUI().ifPresent(ui -> ui.navigate(PortalsView.class));
                    } catch (BusinessException ex) {
                        Notifications.error(ex);
                    }
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private Div tiles(Locale locale) {
        Uptime uptime = service.uptime(portal.id());
        var state = PortalService.stateOf(portal);
        String lastCheck = PortalFormat.when(portal.lastCheckAt(), this::getTranslation);
        Long days = service.tlsDaysLeft(portal);
        Div row = new Div(
                new KpiTile(getTranslation("portal.state"), getTranslation(state.translationKey()),
                        getTranslation("portal.lastCheck") + ": " + lastCheck),
                new KpiTile(getTranslation("portal.uptime24h"), PortalFormat.percent(uptime.day().ratio(), locale,
                        this::getTranslation), getTranslation("portal.checks", uptime.day().checks())),
                new KpiTile(getTranslation("portal.uptime7d"), PortalFormat.percent(uptime.week().ratio(), locale,
                        this::getTranslation), getTranslation("portal.checks", uptime.week().checks())),
                new KpiTile(getTranslation("portal.uptime30d"), PortalFormat.percent(uptime.month().ratio(), locale,
                        this::getTranslation), getTranslation("portal.checks", uptime.month().checks())),
                new KpiTile(getTranslation("portal.tlsDaysLeft"), days == null ? "—" : Formats.number(days, locale),
                        portal.tlsExpiresAt() == null ? null : Formats.dateTime(portal.tlsExpiresAt()
                                .atZone(ProvinceTime.ZONE))),
                new KpiTile(getTranslation("portal.responseTime"), portal.lastResponseMs() == null ? "—"
                        : Formats.number(portal.lastResponseMs(), locale) + " ms",
                        portal.lastFailure() == null ? null : getTranslation(portal.lastFailure().translationKey())));
        row.addClassName("tile-row");
        row.setId("portal-tiles");
        return row;
    }

    private Component issues() {
        Set<ComplianceIssue> found = service.issues(portal);
        Div panel = new Div();
        panel.addClassName("panel");
        panel.setId("portal-issues");
        panel.add(new H2(getTranslation("portal.issues")));
        if (found.isEmpty()) panel.add(new Paragraph(getTranslation("portal.noIssues")));
        else panel.add(PortalFormat.issueBadges(found, this::getTranslation));
        if (!portal.monitor().enabled()) {
            Paragraph paused = new Paragraph(getTranslation("portal.monitor.pausedNote"));
            paused.addClassName("portal-note");
            panel.add(paused);
        }
        return panel;
    }

    private Component facts(Locale locale) {
        Div grid = new Div();
        grid.addClassName("portal-facts");
        fact(grid, "portal.hosting", getTranslation(portal.hosting().translationKey()));
        fact(grid, "portal.platform", portal.platform());
        fact(grid, "portal.editor", portal.editor());
        fact(grid, "portal.postingRule", getTranslation("portal.postingRule.value", portal.postingMinPosts(),
                getTranslation(portal.postingPeriod().translationKey()),
                ComplianceRules.allowedGapDays(portal.postingMinPosts(), portal.postingPeriod())));
        fact(grid, "portal.lastContentUpdate", date(portal.lastContentUpdate()));
        fact(grid, "portal.securityLevel", portal.securityLevel() == null ? null
                : getTranslation("portal.level", portal.securityLevel()));
        fact(grid, "portal.securityDecision", portal.securityDecisionNo() == null ? null
                : portal.securityDecisionNo() + " (" + date(portal.securityDecisionDate()) + ")");
        fact(grid, "portal.lastAssessmentDate", date(portal.lastAssessmentDate()));
        fact(grid, "portal.lastAssessmentResult", portal.lastAssessmentResult() == null ? null
                : getTranslation(portal.lastAssessmentResult().translationKey()));
        fact(grid, "portal.openFindings", Formats.number(portal.openFindings(), locale));
        fact(grid, "portal.backupPlan", getTranslation(portal.backupPlan() ? "common.yes" : "common.no"));
        fact(grid, "portal.lastRestoreTestDate", date(portal.lastRestoreTestDate()));
        fact(grid, "portal.lastRestoreTestResult", portal.lastRestoreTestResult() == null ? null
                : getTranslation(portal.lastRestoreTestResult().translationKey()));
        var m = portal.monitor();
        fact(grid, "portal.monitor.summary", m.enabled()
                ? getTranslation("portal.monitor.summary.on", m.intervalMinutes(), m.failureThreshold())
                : getTranslation("portal.monitor.summary.off"));
        Div panel = new Div(new H2(getTranslation("portal.record")), grid);
        panel.addClassName("panel");
        return panel;
    }

    private void fact(Div grid, String key, String value) {
        Span label = new Span(getTranslation(key));
        label.addClassName("fact-label");
        Span text = new Span(value == null || value.isBlank() ? "—" : value);
        text.addClassName("fact-value");
        grid.add(label, text);
    }

    private String date(LocalDate date) {
        return date == null ? getTranslation("portal.notRecorded") : Formats.date(date);
    }

    private Component incidentPanel(boolean writable) {
        incidents.setId("portal-incidents");
        incidents.removeAllColumns();
        incidents.addColumn(i -> Formats.dateTime(i.openedAt().atZone(ProvinceTime.ZONE)))
                .setHeader(getTranslation("portal.incident.openedAt")).setAutoWidth(true).setFlexGrow(0);
        incidents.addColumn(i -> getTranslation(i.kind().translationKey()))
                .setHeader(getTranslation("portal.incident.kind")).setAutoWidth(true).setFlexGrow(0);
        incidents.addColumn(i -> getTranslation(i.severity().translationKey()))
                .setHeader(getTranslation("portal.incident.severity")).setAutoWidth(true).setFlexGrow(0);
        incidents.addColumn(PortalIncident::summary).setHeader(getTranslation("portal.incident.summary"))
                .setFlexGrow(3);
        incidents.addColumn(i -> i.actionsTaken() == null ? "" : i.actionsTaken())
                .setHeader(getTranslation("portal.incident.actions")).setFlexGrow(2);
        incidents.addColumn(i -> i.closedAt() == null ? getTranslation("portal.incident.stillOpen")
                        : Formats.dateTime(i.closedAt().atZone(ProvinceTime.ZONE)))
                .setHeader(getTranslation("portal.incident.closedAt")).setAutoWidth(true).setFlexGrow(0);
        incidents.addColumn(i -> getTranslation(i.source().translationKey()))
                .setHeader(getTranslation("portal.incident.source")).setAutoWidth(true).setFlexGrow(0);
        if (writable) {
            incidents.addComponentColumn(i -> {
                Div actions = new Div();
                actions.addClassName("row-actions");
                if (i.isOpen()) {
                    actions.add(new Button(getTranslation("common.edit"), e -> new IncidentDialog(service,
                            portal.id(), i, IncidentDialog.Mode.EDIT, x -> reload(null)).open()));
                    Button close = new Button(getTranslation("portal.incident.close"), e -> new IncidentDialog(service,
                            portal.id(), i, IncidentDialog.Mode.CLOSE, x -> reload(null)).open());
                    close.addThemeVariants(ButtonVariant.SUCCESS);
                    actions.add(close);
                }
                return actions;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        List<PortalIncident> rows = service.incidents(portal.id());
        incidents.setItems(rows);
        incidents.setAllRowsVisible(true);
        Div panel = new Div(new H2(getTranslation("portal.incidents")));
        panel.addClassName("panel");
        if (rows.isEmpty()) panel.add(new Paragraph(getTranslation("portal.incident.none")));
        else panel.add(incidents);
        return panel;
    }

    private Component checkPanel(Locale locale) {
        checks.setId("portal-checks");
        checks.removeAllColumns();
        checks.addColumn(c -> Formats.dateTime(c.checkedAt().atZone(ProvinceTime.ZONE)))
                .setHeader(getTranslation("portal.check.at")).setAutoWidth(true).setFlexGrow(0);
        checks.addColumn(c -> getTranslation(c.outcome().translationKey()))
                .setHeader(getTranslation("portal.check.outcome")).setAutoWidth(true).setFlexGrow(0);
        checks.addColumn(c -> c.statusCode() == null ? "—" : String.valueOf(c.statusCode()))
                .setHeader(getTranslation("portal.check.status")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setFlexGrow(0);
        checks.addColumn(c -> c.responseMs() == null ? "—" : Formats.number(c.responseMs(), locale) + " ms")
                .setHeader(getTranslation("portal.responseTime")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setFlexGrow(0);
        checks.addColumn(c -> c.failure() == null ? (c.contentChanged() ? getTranslation("portal.check.changed") : "")
                        : getTranslation(c.failure().translationKey()) + (c.detail() == null ? "" : " — " + c.detail()))
                .setHeader(getTranslation("portal.check.detail")).setFlexGrow(3);
        long id = portal.id();
        // lazy: the history holds ~8,600 rows per portal per month at the default interval
        checks.setItems(q -> service.checks(id, q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, service.countChecks(id)));
        checks.setHeight("360px");
        Div panel = new Div(new H2(getTranslation("portal.checkHistory")));
        panel.addClassName("panel");
        if (portal.neverChecked()) panel.add(new Paragraph(getTranslation("portal.neverCheckedLong")));
        else panel.add(checks);
        return panel;
    }

    private void reload(Object ignored) {
        portal = service.get(portal.id());
        render();
    }

    @Override
    public String getPageTitle() {
        return (portal == null ? getTranslation("nav.portals") : portal.name()) + " · " + getTranslation("app.title");
    }
}
