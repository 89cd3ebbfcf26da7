package vn.egov.console.overview.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.time.ProvinceTime;
import vn.egov.console.base.ui.KpiRow;
import vn.egov.console.base.ui.StaticTable;
import vn.egov.console.base.ui.ViewHeader;
import vn.egov.console.base.ui.WrappingHeader;
import vn.egov.console.organization.TierKindCount;
import vn.egov.console.organization.UnitService;
import vn.egov.console.organization.UnitSummary;
import vn.egov.console.overview.OverviewTile;
import vn.egov.console.overview.WorkItem;
import vn.egov.console.overview.WorkQueueSource;
import vn.egov.console.security.Role;
import vn.egov.console.security.UserAdminService;
import vn.egov.console.security.UserSummary;

/** The first screen after login; what it shows depends on the role. */
@Route("")
@PermitAll
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
public class HomeView extends Div implements HasDynamicTitle {

    private final UnitService units;
    private final Locale locale;

    private final List<WorkQueueSource> workQueue;

    HomeView(UnitService units, UserAdminService users, List<OverviewTile> tiles, List<WorkQueueSource> workQueue) {
        this.workQueue = workQueue;
        this.units = units;
        this.locale = getLocale();
        addClassName("page");
        UserSummary me = users.me();
        switch (me.role()) {
            case ADMIN -> adminHome(users);
            case LEADER -> leaderHome();
            case UNIT_HEAD, UNIT_OFFICER -> unitHome(me);
        }
        Div featureTiles = new Div();
        featureTiles.addClassName("tile-row");
        tiles.stream().filter(t -> t.visibleTo(me.role()))
                .sorted(Comparator.comparingInt(OverviewTile::order))
                .forEach(t -> featureTiles.add(t.render()));
        if (featureTiles.getChildren().findAny().isPresent()) add(featureTiles);
    }

    private void adminHome(UserAdminService users) {
        List<UnitSummary> active = units.listActive();
        add(new ViewHeader(getTranslation("home.admin.title"), getTranslation("home.admin.subtitle")));
        add(new KpiRow()
                .tile(getTranslation("home.activeUnits"), Formats.number(active.size(), locale))
                .tile(getTranslation("home.activeUsers"), Formats.number(users.countEnabled(), locale))
                .tile(getTranslation("home.headcount"),
                        Formats.number(active.stream().mapToLong(UnitSummary::headcount).sum(), locale)));
        add(workQueuePanel(Role.ADMIN, "home.workQueue", "work-queue"));
    }

    /**
     * Requests from every feature, oldest first: what the DIC staff should handle next, or (for a unit head) what
     * waits for their approval before it goes to the DIC.
     */
    private Component workQueuePanel(Role role, String titleKey, String id) {
        Div queue = new Div(new H2(getTranslation(titleKey)));
        queue.addClassName("panel");
        queue.setId(id);
        List<WorkQueueSource> sources = workQueue.stream().filter(s -> s.visibleTo(role)).toList();
        List<WorkItem> items = sources.stream().flatMap(s -> s.pending(20).stream())
                .sorted(Comparator.comparing(WorkItem::since)).limit(20).toList();
        long total = sources.stream().mapToLong(WorkQueueSource::countPending).sum();
        if (items.isEmpty()) {
            queue.add(new Paragraph(getTranslation("home.workQueue.empty")));
            return queue;
        }
        queue.add(new Paragraph(getTranslation("home.workQueue.count", total)));
        Grid<WorkItem> grid = new Grid<>();
        grid.addColumn(i -> getTranslation(i.kindKey())).setHeader(getTranslation("common.event")).setAutoWidth(true);
        grid.addColumn(WorkItem::title).setHeader(getTranslation("common.detail")).setFlexGrow(2);
        grid.addColumn(WorkItem::unitName).setHeader(getTranslation("user.unit")).setFlexGrow(2);
        grid.addColumn(i -> Formats.dateTime(i.since().atZone(ProvinceTime.ZONE)))
                .setHeader(getTranslation("common.when")).setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(e.getItem().route())));
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        queue.add(grid);
        return queue;
    }

    private void leaderHome() {
        add(new ViewHeader(getTranslation("home.leader.title"), getTranslation("home.leader.subtitle")));
        List<TierKindCount> counts = units.countByTierAndKind();
        KpiRow row = new KpiRow();
        row.setId("leader-figures");
        for (var tier : vn.egov.console.organization.Tier.values()) {
            long n = counts.stream().filter(c -> c.tier() == tier).mapToLong(TierKindCount::units).sum();
            row.tile(getTranslation("home.unitsAtTier." + tier.name()), Formats.number(n, locale));
        }
        row.tile(getTranslation("home.headcount"),
                Formats.number(counts.stream().mapToLong(TierKindCount::headcount).sum(), locale));
        add(row, tierKindTable(counts));
    }

    /** A dozen rows nobody sorts or selects: one element (StaticTable) on every leader's home, not a grid. */
    private Component tierKindTable(List<TierKindCount> counts) {
        StaticTable table = new StaticTable(getTranslation("unit.tier"), getTranslation("unit.kind"),
                getTranslation("home.units"), getTranslation("unit.headcount")).numeric(2, 3);
        table.setId("tier-kind-table");
        table.addClassName("figure-table");
        for (TierKindCount c : counts) {
            table.row(getTranslation(c.tier().translationKey()), getTranslation(c.kind().translationKey()),
                    Formats.number(c.units(), locale), Formats.number(c.headcount(), locale));
        }
        Div panel = new Div(new H2(getTranslation("home.unitsByTierAndKind")), table);
        panel.addClassName("panel");
        return panel;
    }

    private void unitHome(UserSummary me) {
        UnitSummary unit = units.get(me.unitId());
        add(new ViewHeader(unit.name(), getTranslation("home.unit.subtitle", unit.code())));
        List<UnitSummary> children = units.listActive().stream()
                .filter(u -> unit.id() == (u.parentId() == null ? -1 : u.parentId())).toList();
        add(new KpiRow()
                .tile(getTranslation("unit.tier"), getTranslation(unit.tier().translationKey()))
                .tile(getTranslation("unit.headcount"), Formats.number(unit.headcount(), locale))
                .tile(getTranslation("unit.itOfficer"), getTranslation(unit.hasItOfficer() ? "common.yes" : "common.no"))
                .tile(getTranslation("home.childUnits"), Formats.number(children.size(), locale)));
        if (me.role() == Role.UNIT_HEAD) add(workQueuePanel(Role.UNIT_HEAD, "home.approvalQueue", "approval-queue"));
        if (!children.isEmpty()) {
            Grid<UnitSummary> grid = new Grid<>();
            grid.setId("child-units");
            grid.addColumn(UnitSummary::name).setHeader(getTranslation("unit.name")).setFlexGrow(3);
            grid.addColumn(UnitSummary::code).setHeader(getTranslation("unit.code"));
            grid.addColumn(u -> Formats.number(u.headcount(), locale)).setHeader(getTranslation("unit.headcount"))
                    .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
            grid.addColumn(u -> getTranslation(u.hasItOfficer() ? "common.yes" : "common.no"))
                    .setHeader(new WrappingHeader(getTranslation("unit.itOfficer")));
            grid.setItems(children);
            grid.setAllRowsVisible(children.size() <= 30);
            Div panel = new Div(new H2(getTranslation("home.childUnits")), grid);
            panel.addClassName("panel");
            add(panel);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " · " + getTranslation("app.title");
    }

}
