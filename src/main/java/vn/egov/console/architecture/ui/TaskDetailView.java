package vn.egov.console.architecture.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import vn.egov.console.architecture.ArchitectureService;
import vn.egov.console.architecture.ProgressReport;
import vn.egov.console.architecture.RuleWarning;
import vn.egov.console.architecture.TaskDetail;
import vn.egov.console.architecture.TaskRow;
import vn.egov.console.architecture.TaskSaved;
import vn.egov.console.architecture.Verification;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.time.ProvinceTime;
import vn.egov.console.base.ui.Notifications;
import vn.egov.console.base.ui.ReasonDialog;
import vn.egov.console.base.ui.ViewHeader;

/**
 * One roadmap task: everything about it, its dependencies both ways, and its progress history with the evidence
 * files; the lead unit files a report here, the DIC verifies pending ones.
 */
@Route("architecture/tasks/:id([0-9]+)")
@PermitAll
public class TaskDetailView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final ArchitectureService service;
    TaskDetail detail;
    final Button report = new Button();
    final Grid<ProgressReport> history = new Grid<>();

    TaskDetailView(ArchitectureService service) {
        this.service = service;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            load(event.getRouteParameters().getLong("id").orElseThrow());
        } catch (AccessDeniedException | BusinessException e) {
            Notifications.error(getTranslation("architecture.notAvailable"));
            event.forwardTo(RoadmapView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return detail == null ? getTranslation("architecture.title") : detail.task().code() + " · " + detail.task().title();
    }

    /** ADMIN's edit button, when the task may still be edited. */
    Button edit;

    void load(long id) {
        removeAll();
        detail = service.detail(id);
        TaskRow t = detail.task();
        ViewHeader header = new ViewHeader(t.code() + " · " + t.title(), detail.versionName());
        report.setText(getTranslation("architecture.report.action"));
        report.addThemeVariants(ButtonVariant.PRIMARY);
        report.addClickListener(e -> new ReportDialog(service, t, r -> load(id)).open());
        if (detail.callerMayReport()) header.actions(report);
        if (service.isAdmin() && t.status() != vn.egov.console.architecture.TaskStatus.CARRIED_OVER) {
            edit = new Button(getTranslation("architecture.form.edit"), e -> new TaskFormDialog(service,
                    service.version(t.versionId()), t, saved -> load(t.id())).open());
            header.actions(edit);
        }
        add(header, properties(t), dependencies(), historyPanel());
    }

    private Component properties(TaskRow t) {
        Div grid = new Div();
        grid.addClassName("cert-properties");
        property(grid, "architecture.component", text(detail.componentName()));
        property(grid, "architecture.status", Labels.badge(t));
        property(grid, "architecture.percent", text(t.percent() + " %" + (t.hasChildren()
                ? " (" + getTranslation("architecture.percentComputed") + ")" : "")));
        property(grid, "architecture.leadUnit", text(t.leadUnitName()));
        property(grid, "architecture.coordinators", text(String.join("; ", detail.coordinators())));
        property(grid, "architecture.planned", text(Formats.date(t.plannedStart()) + " – " + Formats.date(t.plannedEnd())));
        property(grid, "architecture.baseline", text(t.baselineEnd() == null ? null
                : Formats.date(t.baselineStart()) + " – " + Formats.date(t.baselineEnd())));
        property(grid, "architecture.slippage", text(Labels.slippage(t)));
        property(grid, "architecture.funding", text(t.funding() == null ? null
                : getTranslation("architecture.funding." + t.funding().name())));
        property(grid, "architecture.estimate", text(t.estimateVnd() == null ? null
                : Labels.money(t.estimateVnd()) + " " + getTranslation("architecture.millionVnd")));
        property(grid, "architecture.disbursed", text(Labels.money(t.disbursedVnd()) + " "
                + getTranslation("architecture.millionVnd")));
        property(grid, "architecture.deliverable", text(t.deliverable()));
        property(grid, "architecture.legalBasis", text(t.legalBasis()));
        if (t.doneOn() != null) property(grid, "architecture.doneOn", text(Formats.date(t.doneOn())));
        if (t.carriedFromId() != null) property(grid, "architecture.carriedFrom", text(getTranslation("common.yes")));
        Div panel = new Div(grid);
        panel.addClassName("panel");
        return panel;
    }

    private Component dependencies() {
        Div panel = new Div(new H2(getTranslation("architecture.dependencies")));
        panel.addClassName("panel");
        panel.add(dependencyLine("architecture.prerequisites", detail.prerequisites()),
                dependencyLine("architecture.successors", detail.successors()));
        return panel;
    }

    private Component dependencyLine(String key, List<TaskRow> tasks) {
        HorizontalLayout line = new HorizontalLayout(new Span(getTranslation(key) + ":"));
        line.setWrap(true);
        if (tasks.isEmpty()) line.add(new Span("—"));
        for (TaskRow t : tasks) {
            line.add(new RouterLink(t.code() + " " + t.title() + " (" + Labels.status(t.status()) + ")",
                    TaskDetailView.class, new RouteParameters("id", String.valueOf(t.id()))));
        }
        return line;
    }

    private Component historyPanel() {
        history.addColumn(ProgressReport::period).setHeader(getTranslation("architecture.report.period"))
                .setWidth("7em").setFlexGrow(0);
        history.addColumn(r -> Labels.status(r.status())).setHeader(getTranslation("architecture.status"))
                .setWidth("9em").setFlexGrow(0);
        history.addColumn(r -> r.percentDone() + " %").setHeader(getTranslation("architecture.percent"))
                .setWidth("5em").setFlexGrow(0);
        history.addColumn(r -> Labels.money(r.disbursedVnd())).setHeader(getTranslation("architecture.disbursedShort"))
                .setWidth("8em").setFlexGrow(0);
        history.addColumn(r -> r.blockers() == null ? "" : r.blockers()).setHeader(getTranslation("architecture.report.blockers"))
                .setFlexGrow(2);
        history.addComponentColumn(this::evidenceLink).setHeader(getTranslation("evidence.file")).setFlexGrow(2);
        history.addColumn(r -> r.reportedBy() + ", " + Formats.dateTime(r.reportedAt().atZone(ProvinceTime.ZONE)))
                .setHeader(getTranslation("architecture.report.by")).setFlexGrow(1);
        history.addColumn(this::verification).setHeader(getTranslation("architecture.verification")).setFlexGrow(2);
        if (service.isAdmin()) history.addComponentColumn(this::verifyButtons).setWidth("13em").setFlexGrow(0);
        history.setItems(detail.reports());
        history.setAllRowsVisible(true);
        Div panel = new Div(new H2(getTranslation("architecture.history")), history);
        panel.addClassName("panel");
        return panel;
    }

    private String verification(ProgressReport r) {
        if (r.approval().awaitingHead()) return getTranslation("architecture.approval.awaitingHead");
        String text = getTranslation("architecture.verification." + r.verification().name());
        if (r.verifiedBy() != null) text += " (" + r.verifiedBy() + ")";
        if (r.returnReason() != null) text += ": " + r.returnReason();
        return text;
    }

    private Component evidenceLink(ProgressReport r) {
        if (r.evidence() == null) return new Span("—");
        var e = r.evidence();
        String label = (e.documentNumber() == null ? getTranslation("evidence.numberMissing") : e.documentNumber())
                + " · " + e.fileName();
        Anchor link = new Anchor(evidenceDownload(service, r), label);
        link.getElement().setAttribute("download", true);
        return link;
    }

    static DownloadHandler evidenceDownload(ArchitectureService service, ProgressReport r) {
        return event -> {
            event.setFileName(r.evidence().fileName());
            event.setContentType(r.evidence().type().mimeType());
            event.getOutputStream().write(service.evidenceContent(r.id()));
        };
    }

    private Component verifyButtons(ProgressReport r) {
        if (r.verification() != Verification.PENDING || !r.approval().approved()) return new Span();
        Button accept = new Button(getTranslation("architecture.verify.accept"), e -> accept(r));
        accept.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
        Button back = new Button(getTranslation("architecture.verify.return"), e -> returnReport(r));
        back.addThemeVariants(ButtonVariant.SMALL);
        return new HorizontalLayout(accept, back);
    }

    void accept(ProgressReport r) {
        try {
            TaskSaved saved = service.acceptReport(r.id(), r.version());
            Notifications.success(getTranslation("architecture.verify.accepted"));
            showWarnings(saved.warnings());
            load(detail.task().id());
        } catch (BusinessException ex) {
            Notifications.error(ex);
        }
    }

    void returnReport(ProgressReport r) {
        new ReasonDialog(getTranslation("architecture.verify.return"), getTranslation("architecture.verify.return"),
                reason -> {
                    service.returnReport(r.id(), r.version(), reason);
                    Notifications.success(getTranslation("architecture.verify.returned"));
                    load(detail.task().id());
                }).open();
    }

    static void showWarnings(List<RuleWarning> warnings) {
        var ui = com.vaadin.flow.component.UI.getCurrent();
        for (RuleWarning w : warnings) Notifications.error(ui.getTranslation(w.key(), w.args()));
    }

    private static Span text(String value) {
        return new Span(value == null || value.isEmpty() ? "—" : value);
    }

    private void property(Div grid, String key, Component value) {
        Span label = new Span(getTranslation(key));
        label.addClassName("cert-label");
        grid.add(label, value);
    }
}
