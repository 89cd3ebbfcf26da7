package vn.egov.console.architecture.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.egov.console.architecture.ArchComponent;
import vn.egov.console.architecture.ArchitectureService;
import vn.egov.console.architecture.ArchitectureVersion;
import vn.egov.console.architecture.RoadmapFilter;
import vn.egov.console.architecture.TaskRow;
import vn.egov.console.architecture.TaskStatus;
import vn.egov.console.architecture.VersionStatus;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.ui.ViewHeader;
import vn.egov.console.organization.UnitSummary;

/**
 * The roadmap as a tree: component → task → sub-task, filtered by version, component, lead unit, status, overdue and
 * due soon, with planned dates, baseline, slippage and the computed percent. Unit users see their unit's tasks only.
 */
@Route("architecture")
@PermitAll
@Menu(title = "nav.architecture", order = 60, icon = "vaadin:cubes")
public class RoadmapView extends Div implements com.vaadin.flow.router.BeforeEnterObserver {

    private final ArchitectureService service;
    final Select<ArchitectureVersion> version = new Select<>();
    final ComboBox<ArchComponent> component = new ComboBox<>();
    final ComboBox<UnitSummary> leadUnit = new ComboBox<>();
    final Select<TaskStatus> status = new Select<>();
    final Checkbox overdue = new Checkbox();
    final Checkbox dueSoon = new Checkbox();
    final TreeGrid<RoadmapNode> grid = new TreeGrid<>();
    final Button approve = new Button();
    final Button timeline = new Button();
    final Button importAnnex = new Button();
    final Button newTask = new Button();
    final Button newVersion = new Button();
    final Button editVersion = new Button();
    final Span summary = new Span();
    private final Div exports = new Div();
    List<TaskRow> rows = List.of();

    RoadmapView(ArchitectureService service) {
        this.service = service;
        addClassNames("page", "page-fill");
        List<ArchitectureVersion> versions = service.versions();
        approve.setText(getTranslation("architecture.approve"));
        approve.addThemeVariants(ButtonVariant.PRIMARY);
        approve.addClickListener(e -> new ApproveDialog(service, version.getValue(), v -> {
            version.setItems(service.versions());
            version.setValue(service.version(v.id()));
        }).open());
        timeline.setText(getTranslation("architecture.timeline"));
        timeline.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(TimelineView.class,
                new RouteParameters("versionId", String.valueOf(version.getValue().id())))));
        ViewHeader header = new ViewHeader(getTranslation("architecture.title"), getTranslation("architecture.subtitle"));
        header.actions(timeline, exports);
        importAnnex.setText(getTranslation("architecture.import"));
        importAnnex.addClickListener(e -> new AnnexImportDialog(service, version.getValue(), this::refresh).open());
        newTask.setText(getTranslation("architecture.form.newTask"));
        newTask.addClickListener(e -> new TaskFormDialog(service, version.getValue(), null, saved -> refresh()).open());
        newVersion.setText(getTranslation("architecture.form.newVersion"));
        newVersion.addClickListener(e -> new VersionFormDialog(service, null, this::showVersion).open());
        editVersion.setText(getTranslation("architecture.form.editVersion"));
        editVersion.addClickListener(e -> new VersionFormDialog(service, version.getValue(), this::showVersion).open());
        if (service.isAdmin()) header.actions(newTask, importAnnex, newVersion, editVersion, approve);
        add(header, filters(versions), summary, grid());
        service.currentVersion().ifPresent(version::setValue);
        refresh();
    }

    /**
     * Drill-down from the leadership tile: ?version=&component=&state=done|onTrack|dueSoon|overdue. "On track" shows
     * the open tasks; the tile counts top-level tasks, the tree shows them with their sub-tasks.
     */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        params.getSingleParameter("version").map(Long::valueOf).flatMap(id -> version.getListDataView().getItems()
                .filter(v -> v.id() == id).findFirst()).ifPresent(version::setValue);
        params.getSingleParameter("component").map(Long::valueOf).flatMap(id -> service.components().stream()
                .filter(c -> c.id() == id).findFirst()).ifPresent(component::setValue);
        params.getSingleParameter("state").ifPresent(state -> {
            switch (state) {
                case "done" -> status.setValue(TaskStatus.DONE);
                case "overdue" -> overdue.setValue(true);
                case "dueSoon" -> dueSoon.setValue(true);
                case "onTrack" -> status.setValue(TaskStatus.IN_PROGRESS);
                default -> {
                }
            }
        });
    }

    private Component filters(List<ArchitectureVersion> versions) {
        version.setLabel(getTranslation("architecture.version"));
        version.setItems(versions);
        version.setItemLabelGenerator(Labels::version);
        version.setWidth("34em");
        component.setLabel(getTranslation("architecture.component"));
        component.setItems(service.components());
        component.setItemLabelGenerator(c -> c.name(getLocale()));
        component.setClearButtonVisible(true);
        leadUnit.setLabel(getTranslation("architecture.leadUnit"));
        leadUnit.setItems(service.activeUnits());
        leadUnit.setItemLabelGenerator(UnitSummary::name);
        leadUnit.setClearButtonVisible(true);
        status.setLabel(getTranslation("architecture.status"));
        status.setItems(TaskStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("architecture.allStatuses") : Labels.status(s));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("architecture.allStatuses"));
        overdue.setLabel(getTranslation("architecture.overdueOnly"));
        dueSoon.setLabel(getTranslation("architecture.dueSoonOnly"));
        version.addValueChangeListener(e -> refresh());
        component.addValueChangeListener(e -> refresh());
        leadUnit.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        overdue.addValueChangeListener(e -> refresh());
        dueSoon.addValueChangeListener(e -> refresh());
        HorizontalLayout bar = new HorizontalLayout(version, component, leadUnit, status, overdue, dueSoon);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    private Component grid() {
        // the task column takes what is left; the others are sized to their content so dates and badges are never cut
        grid.addHierarchyColumn(n -> n.isTask() ? n.task().code() + "  " + n.task().title() : n.component().name(getLocale()))
                .setHeader(getTranslation("architecture.task")).setFlexGrow(4).setWidth("16em").setResizable(true);
        grid.addColumn(n -> n.isTask() ? n.task().leadUnitName() : "").setHeader(getTranslation("architecture.leadUnit"))
                .setFlexGrow(1).setWidth("10em").setResizable(true);
        grid.addColumn(n -> n.isTask() ? Formats.date(n.task().plannedStart()) : "")
                .setHeader(getTranslation("architecture.start")).setWidth("7.6em").setFlexGrow(0);
        grid.addColumn(n -> n.isTask() ? Formats.date(n.task().plannedEnd()) : "")
                .setHeader(getTranslation("architecture.end")).setWidth("7.6em").setFlexGrow(0);
        grid.addColumn(n -> n.isTask() ? Formats.date(n.task().baselineEnd()) : "")
                .setHeader(getTranslation("architecture.baselineEnd")).setWidth("7.6em").setFlexGrow(0);
        grid.addColumn(n -> n.isTask() ? Labels.slippage(n.task()) : "")
                .setHeader(getTranslation("architecture.slippage")).setWidth("8.5em").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(n -> n.isTask() ? n.task().percent() + " %" : "")
                .setHeader(getTranslation("architecture.percent")).setWidth("6em").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(n -> n.isTask() ? Labels.badge(n.task()) : new Span())
                .setHeader(getTranslation("architecture.status")).setWidth("10em").setFlexGrow(0);
        grid.addItemClickListener(e -> {
            if (e.getItem().isTask()) {
                getUI().ifPresent(ui -> ui.navigate(TaskDetailView.class,
                        new RouteParameters("id", String.valueOf(e.getItem().task().id()))));
            }
        });
        grid.addClassName("fill");
        return grid;
    }

    private void showVersion(ArchitectureVersion saved) {
        version.setItems(service.versions());
        version.setValue(service.version(saved.id()));
    }

    void refresh() {
        ArchitectureVersion v = version.getValue();
        approve.setVisible(v != null && v.status() == VersionStatus.DRAFT);
        timeline.setEnabled(v != null);
        importAnnex.setEnabled(v != null && v.status() != VersionStatus.SUPERSEDED);
        newTask.setEnabled(v != null && v.status() != VersionStatus.SUPERSEDED);
        editVersion.setEnabled(v != null && v.status() != VersionStatus.SUPERSEDED);
        exports.removeAll();
        if (v == null) {
            grid.setDataProvider(new TreeDataProvider<>(new TreeData<>()));
            return;
        }
        RoadmapFilter filter = new RoadmapFilter(v.id(), component.getValue() == null ? null : component.getValue().id(),
                leadUnit.getValue() == null ? null : leadUnit.getValue().id(), status.getValue(), overdue.getValue(),
                dueSoon.getValue());
        rows = service.tasks(filter);
        exports.add(RoadmapExports.excelLink(service, filter), RoadmapExports.pdfLink(service, v.id()));
        TreeData<RoadmapNode> data = new TreeData<>();
        Map<Long, RoadmapNode> components = new HashMap<>();
        Map<Long, RoadmapNode> tasks = new HashMap<>();
        for (ArchComponent c : service.components()) components.put(c.id(), new RoadmapNode(c, null));
        for (TaskRow t : rows) {
            RoadmapNode node = new RoadmapNode(null, t);
            tasks.put(t.id(), node);
            RoadmapNode parent = t.parentId() == null ? null : tasks.get(t.parentId());
            if (parent == null) {
                RoadmapNode heading = components.get(t.componentId());
                if (!data.contains(heading)) data.addItem(null, heading);
                parent = heading;
            }
            data.addItem(parent, node);
        }
        grid.setDataProvider(new TreeDataProvider<>(data));
        grid.expand(data.getRootItems());
        data.getRootItems().forEach(root -> grid.expand(data.getChildren(root)));
        long late = rows.stream().filter(TaskRow::overdue).count();
        long soon = rows.stream().filter(TaskRow::dueSoon).count();
        summary.setText(getTranslation("architecture.summary", rows.size(), late, soon));
    }
}
