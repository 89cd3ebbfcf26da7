package vn.egov.console.architecture.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import vn.egov.console.architecture.ArchitectureService;
import vn.egov.console.architecture.ArchitectureVersion;
import vn.egov.console.architecture.ComponentProgress;
import vn.egov.console.base.ui.StaticTable;
import vn.egov.console.overview.OverviewTile;
import vn.egov.console.overview.SharedFigures;
import vn.egov.console.security.Role;

/**
 * Leadership's view of the approved roadmap: per component, tasks done / on track / due soon / overdue and money
 * disbursed against the estimate; each count opens the roadmap filtered to those tasks.
 */
@org.springframework.stereotype.Component
class ArchitectureOverviewTile implements OverviewTile {

    private final ArchitectureService service;
    private final SharedFigures shared;

    ArchitectureOverviewTile(ArchitectureService service, SharedFigures shared) {
        this.service = service;
        this.shared = shared;
    }

    /** The approved version, if any, and its progress per component. */
    private record Figures(java.util.Optional<ArchitectureVersion> version, List<ComponentProgress> progress) {
    }

    @Override
    public int order() {
        return 700;
    }

    @Override
    public boolean visibleTo(Role role) {
        return role == Role.LEADER || role == Role.ADMIN;
    }

    @Override
    public Component render() {
        UI ui = UI.getCurrent();
        Div panel = new Div();
        panel.addClassNames("panel", "architecture-tile");
        panel.setId("architecture-tile");
        Figures f = shared.get("architecture", () -> {
            var current = service.currentVersion();
            return new Figures(current, current.map(v -> service.progressByComponent(v.id())).orElse(List.of()));
        });
        panel.add(new H2(ui.getTranslation("architecture.tile.title")));
        if (f.version().isEmpty()) {
            panel.add(new Span(ui.getTranslation("architecture.tile.none")));
            return panel;
        }
        ArchitectureVersion v = f.version().get();
        Span version = new Span(Labels.version(v));
        version.addClassName("view-subtitle");
        panel.add(version);
        List<ComponentProgress> figures = f.progress();
        // one element for the whole table (StaticTable): it is on the home screen of every leader and administrator
        StaticTable table = new StaticTable(List.of("architecture.component", "architecture.tile.done",
                "architecture.tile.onTrack", "architecture.tile.dueSoon", "architecture.tile.overdue",
                "architecture.tile.money", "architecture.percent").stream().map(ui::getTranslation)
                .toArray(String[]::new));
        table.addClassName("figure-table");
        for (ComponentProgress c : figures) {
            table.row(StaticTable.Cell.text(c.component().name(ui.getLocale())),
                    link(v, c, "done", c.done()), link(v, c, "onTrack", c.onTrack()),
                    link(v, c, "dueSoon", c.dueSoon()), link(v, c, "overdue", c.overdue()),
                    StaticTable.Cell.text(Labels.money(c.disbursedVnd()) + " / " + Labels.money(c.estimateVnd())),
                    StaticTable.Cell.text(c.percent() + " %"));
        }
        Span unit = new Span(ui.getTranslation("architecture.tile.moneyUnit"));
        unit.addClassName("view-subtitle");
        panel.add(table, unit);
        return panel;
    }

    /** A count opens the roadmap filtered to those tasks (RoadmapView reads the query). */
    private static StaticTable.Cell link(ArchitectureVersion v, ComponentProgress c, String state, int count) {
        if (count == 0) return StaticTable.Cell.text("0");
        return StaticTable.Cell.link(String.valueOf(count), "architecture?version=" + v.id() + "&component="
                + c.component().id() + "&state=" + state, "drill");
    }
}
