package vn.egov.console.portal.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.egov.console.portal.PortalService;
import vn.egov.console.portal.StatusEntry;

/**
 * The public status page: the only view besides login that anyone may open without signing in. It shows portals
 * only while ADMIN has published it (a flag in the database), and then only names, addresses, state and uptime.
 */
@Route(value = "status", autoLayout = false)
@AnonymousAllowed
public class StatusPageView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PortalService service;

    StatusPageView(PortalService service) {
        this.service = service;
        addClassName("status-page");
    }

    /** Built on every visit, so publishing or withdrawing takes effect on the next page load. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Locale locale = getLocale();
        Div card = new Div();
        card.addClassName("status-card");
        card.add(new H1(getTranslation("portal.statusPage.title")));
        Optional<List<StatusEntry>> entries = service.publicStatus();
        if (entries.isEmpty()) {
            Paragraph note = new Paragraph(getTranslation("portal.statusPage.notPublished"));
            note.setId("status-not-published");
            card.add(note);
            add(card);
            return;
        }
        List<StatusEntry> rows = entries.get();
        long up = rows.stream().filter(e -> e.state() == StatusEntry.State.UP).count();
        Span summary = new Span(getTranslation("portal.statusPage.summary", up, rows.size()));
        summary.addClassName("view-subtitle");
        Grid<StatusEntry> grid = new Grid<>();
        grid.setId("status-grid");
        grid.addColumn(StatusEntry::portalName).setHeader(getTranslation("portal.name")).setFlexGrow(3);
        grid.addColumn(StatusEntry::url).setHeader(getTranslation("portal.url")).setFlexGrow(2);
        grid.addComponentColumn(e -> PortalFormat.stateBadge(e.state(), this::getTranslation))
                .setHeader(getTranslation("portal.state")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> PortalFormat.when(e.lastCheckAt(), this::getTranslation))
                .setHeader(getTranslation("portal.lastCheck")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> PortalFormat.percent(e.uptime24h(), locale, this::getTranslation))
                .setHeader(getTranslation("portal.uptime24h")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> PortalFormat.percent(e.uptime30d(), locale, this::getTranslation))
                .setHeader(getTranslation("portal.uptime30d")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        card.add(summary, grid);
        add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.statusPage.title") + " · " + getTranslation("app.title");
    }
}
