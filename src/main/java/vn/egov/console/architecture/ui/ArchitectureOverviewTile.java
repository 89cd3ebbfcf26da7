package vn.egov.console.architecture.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import vn.egov.console.architecture.ArchitectureService;
import vn.egov.console.architecture.ArchitectureVersion;
import vn.egov.console.architecture.ComponentProgress;
import vn.egov.console.overview.OverviewTile;
import vn.egov.console.security.Role;

/**
 * Leadership's view of the approved roadmap: per component, tasks done / on track / due soon / overdue and money
 * disbursed against the estimate; each count opens the roadmap filtered to those tasks.
 */
@org.springframework.stereotype.Component
class ArchitectureOverviewTile implements OverviewTile {

    private final ArchitectureService service;

    ArchitectureOverviewTile(ArchitectureService service) {
        this.service = service;
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
        var current = service.currentVersion();
        panel.add(new H2(ui.getTranslation("architecture.tile.title")));
        if (current.isEmpty()) {
            panel.add(new Span(ui.getTranslation("architecture.tile.none")));
            return panel;
        }
        ArchitectureVersion v = current.get();
        Span version = new Span(Labels.version(v));
        version.addClassName("view-subtitle");
        panel.add(version);
        List<ComponentProgress> figures = service.progressByComponent(v.id());
        NativeTable table = new NativeTable();
        table.addClassName("figure-table");
        NativeTableRow head = new NativeTableRow();
        for (String key : List.of("architecture.component", "architecture.tile.done", "architecture.tile.onTrack",
                "architecture.tile.dueSoon", "architecture.tile.overdue", "architecture.tile.money",
                "architecture.percent")) {
            head.add(new NativeTableHeaderCell(ui.getTranslation(key)));
        }
        table.add(new NativeTableHeader(head));
        NativeTableBody body = new NativeTableBody();
        for (ComponentProgress c : figures) {
            NativeTableRow row = new NativeTableRow();
            row.add(new NativeTableCell(c.component().name(ui.getLocale())),
                    link(v, c, "done", c.done()), link(v, c, "onTrack", c.onTrack()),
                    link(v, c, "dueSoon", c.dueSoon()), link(v, c, "overdue", c.overdue()),
                    new NativeTableCell(Labels.money(c.disbursedVnd()) + " / " + Labels.money(c.estimateVnd())),
                    new NativeTableCell(c.percent() + " %"));
            body.add(row);
        }
        table.add(body);
        Span unit = new Span(ui.getTranslation("architecture.tile.moneyUnit"));
        unit.addClassName("view-subtitle");
        panel.add(table, unit);
        return panel;
    }

    private static NativeTableCell link(ArchitectureVersion v, ComponentProgress c, String state, int count) {
        Span figure = new Span(String.valueOf(count));
        NativeTableCell cell = new NativeTableCell(figure);
        if (count > 0) {
            figure.addClassName("drill");
            figure.addClickListener(e -> UI.getCurrent().navigate("architecture", QueryParameters.simple(Map.of(
                    "version", String.valueOf(v.id()), "component", String.valueOf(c.component().id()),
                    "state", state))));
        }
        return cell;
    }
}
