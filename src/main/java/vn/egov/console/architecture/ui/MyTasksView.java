package vn.egov.console.architecture.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import vn.egov.console.architecture.ArchitectureService;
import vn.egov.console.architecture.TaskRow;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.ui.ViewHeader;

/** The tasks the unit leads (report button) or coordinates (read-only), overdue and due soon first. */
@Route("architecture/mine")
@RolesAllowed({"UNIT_HEAD", "UNIT_OFFICER"})
@Menu(title = "nav.architecture.mine", order = 61, icon = "vaadin:tasks")
public class MyTasksView extends Div {

    private final ArchitectureService service;
    final Grid<TaskRow> grid = new Grid<>();

    MyTasksView(ArchitectureService service) {
        this.service = service;
        addClassNames("page", "page-fill");
        add(new ViewHeader(getTranslation("architecture.mine.title"), getTranslation("architecture.mine.subtitle")));
        grid.addColumn(t -> t.code() + "  " + t.title()).setHeader(getTranslation("architecture.task")).setFlexGrow(4);
        grid.addColumn(TaskRow::leadUnitName).setHeader(getTranslation("architecture.leadUnit")).setFlexGrow(2);
        grid.addColumn(t -> Formats.date(t.plannedEnd())).setHeader(getTranslation("architecture.end")).setWidth("7.5em")
                .setFlexGrow(0);
        grid.addColumn(t -> t.percent() + " %").setHeader(getTranslation("architecture.percent")).setWidth("7.5em")
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(Labels::badge).setHeader(getTranslation("architecture.status")).setWidth("9em")
                .setFlexGrow(0);
        grid.addComponentColumn(this::action).setWidth("10em").setFlexGrow(0);
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        grid.addClassName("fill");
        add(grid);
        refresh();
    }

    void refresh() {
        grid.setItems(service.myTasks().stream()
                .sorted(java.util.Comparator.comparing((TaskRow t) -> !t.overdue()).thenComparing(t -> !t.dueSoon())
                        .thenComparing(TaskRow::plannedEnd)).toList());
    }

    private com.vaadin.flow.component.Component action(TaskRow t) {
        if (!t.status().isOpen() || !service.mayReport(t.id())) {
            Button view = new Button(getTranslation("architecture.open"), e -> open(t));
            view.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            return view;
        }
        Button report = new Button(getTranslation("architecture.report.action"),
                e -> new ReportDialog(service, t, r -> refresh()).open());
        report.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
        report.setId("report-" + t.code());
        return report;
    }

    private void open(TaskRow t) {
        getUI().ifPresent(ui -> ui.navigate(TaskDetailView.class, new RouteParameters("id", String.valueOf(t.id()))));
    }
}
