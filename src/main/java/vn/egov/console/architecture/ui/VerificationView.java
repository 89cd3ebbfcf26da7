package vn.egov.console.architecture.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.egov.console.architecture.ArchitectureService;
import vn.egov.console.architecture.ProgressReport;
import vn.egov.console.architecture.TaskSaved;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.time.ProvinceTime;
import vn.egov.console.base.ui.Notifications;
import vn.egov.console.base.ui.ReasonDialog;
import vn.egov.console.base.ui.ViewHeader;

/**
 * The DIC's queue of progress reports to verify, oldest first: accept (the task follows) or return with a reason. A unit
 * head sees here instead the reports their IT officers filed, to approve (on to the DIC) or return to the officer.
 */
@Route("architecture/verification")
@RolesAllowed({"ADMIN", "UNIT_HEAD"})
@Menu(title = "nav.architecture.verification", order = 62, icon = "vaadin:check-square-o")
public class VerificationView extends Div {

    private final ArchitectureService service;
    final Grid<ProgressReport> grid = new Grid<>();
    private final boolean head;

    VerificationView(ArchitectureService service) {
        this.service = service;
        this.head = !service.isAdmin();
        addClassNames("page", "page-fill");
        add(head ? new ViewHeader(getTranslation("architecture.approval.title"),
                getTranslation("architecture.approval.subtitle"))
                : new ViewHeader(getTranslation("architecture.verification.title"),
                getTranslation("architecture.verification.subtitle")));
        grid.addColumn(r -> r.taskCode() + "  " + r.taskTitle()).setHeader(getTranslation("architecture.task")).setFlexGrow(3);
        grid.addColumn(ProgressReport::leadUnitName).setHeader(getTranslation("architecture.leadUnit")).setFlexGrow(2);
        grid.addColumn(ProgressReport::period).setHeader(getTranslation("architecture.report.period")).setWidth("7em")
                .setFlexGrow(0);
        grid.addColumn(r -> Labels.status(r.status()) + " · " + r.percentDone() + " %")
                .setHeader(getTranslation("architecture.status")).setWidth("11em").setFlexGrow(0);
        grid.addColumn(r -> r.blockers() == null ? "" : r.blockers()).setHeader(getTranslation("architecture.report.blockers"))
                .setFlexGrow(2);
        grid.addComponentColumn(r -> r.evidence() == null ? new Span("—")
                : withDownload(new Anchor(TaskDetailView.evidenceDownload(service, r), r.evidence().fileName())))
                .setHeader(getTranslation("evidence.file")).setFlexGrow(2);
        grid.addColumn(r -> r.reportedBy() + ", " + Formats.dateTime(r.reportedAt().atZone(ProvinceTime.ZONE)))
                .setHeader(getTranslation("architecture.report.by")).setFlexGrow(1);
        grid.addComponentColumn(this::buttons).setWidth("13em").setFlexGrow(0);
        grid.addClassName("fill");
        add(grid);
        refresh();
    }

    void refresh() {
        grid.setItems(head ? service.awaitingMyApproval(500) : service.pendingReports(500));
    }

    private static Anchor withDownload(Anchor a) {
        a.getElement().setAttribute("download", true);
        return a;
    }

    private HorizontalLayout buttons(ProgressReport r) {
        if (head) {
            Button approve = new Button(getTranslation("architecture.approval.approve"), e -> approveAsHead(r));
            approve.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
            Button back = new Button(getTranslation("architecture.verify.return"), e -> returnToOfficer(r));
            back.addThemeVariants(ButtonVariant.SMALL);
            return new HorizontalLayout(approve, back);
        }
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
            TaskDetailView.showWarnings(saved.warnings());
        } catch (BusinessException ex) {
            Notifications.error(ex);
        }
        refresh();
    }

    void returnReport(ProgressReport r) {
        new ReasonDialog(getTranslation("architecture.verify.return"), getTranslation("architecture.verify.return"),
                reason -> {
                    service.returnReport(r.id(), r.version(), reason);
                    Notifications.success(getTranslation("architecture.verify.returned"));
                    refresh();
                }).open();
    }

    void approveAsHead(ProgressReport r) {
        try {
            service.approveAsHead(r.id(), r.version());
            Notifications.success(getTranslation("architecture.approval.approved"));
        } catch (BusinessException ex) {
            Notifications.error(ex);
        }
        refresh();
    }

    void returnToOfficer(ProgressReport r) {
        new ReasonDialog(getTranslation("architecture.verify.return"), getTranslation("architecture.verify.return"),
                reason -> {
                    service.returnToOfficer(r.id(), r.version(), reason);
                    Notifications.success(getTranslation("architecture.approval.returned"));
                    refresh();
                }).open();
    }
}
