package vn.egov.console.architecture.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.function.Consumer;
import vn.egov.console.architecture.ArchitectureService;
import vn.egov.console.architecture.ProgressDraft;
import vn.egov.console.architecture.ProgressReport;
import vn.egov.console.architecture.TaskRow;
import vn.egov.console.architecture.TaskStatus;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.evidence.EvidenceUpload;
import vn.egov.console.base.ui.FormError;
import vn.egov.console.base.ui.Notifications;

/**
 * The lead unit's progress report on a task for a period (this quarter by default): status, percent, money disbursed,
 * blockers and the evidence document. It waits for the DIC's verification before the task changes.
 */
class ReportDialog extends Dialog {

    private final ArchitectureService service;
    private final TaskRow task;
    final TextField period = new TextField();
    final Select<TaskStatus> status = new Select<>();
    final IntegerField percent = new IntegerField();
    final TextField disbursed = new TextField();
    final TextArea blockers = new TextArea();
    final TextField documentNumber = new TextField();
    final DatePicker documentDate = new DatePicker();
    final TextField summary = new TextField();
    final Upload upload;
    final Span fileName = new Span();
    final FormError error = new FormError();
    final Button save = new Button();
    private String evidenceName;
    private byte[] evidenceContent;

    ReportDialog(ArchitectureService service, TaskRow task, Consumer<ProgressReport> onSaved) {
        this.service = service;
        this.task = task;
        setHeaderTitle(getTranslation("architecture.report.title", task.code()));
        setWidth("44em");
        var today = service.today();
        period.setLabel(getTranslation("architecture.report.period"));
        period.setValue(today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1));
        period.setHelperText(getTranslation("architecture.report.periodHelp"));
        status.setLabel(getTranslation("architecture.status"));
        status.setItems(TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS, TaskStatus.PAUSED, TaskStatus.DONE);
        status.setItemLabelGenerator(Labels::status);
        status.setValue(task.status().isOpen() ? (task.status() == TaskStatus.NOT_STARTED ? TaskStatus.IN_PROGRESS
                : task.status()) : TaskStatus.IN_PROGRESS);
        percent.setLabel(getTranslation("architecture.percent"));
        percent.setMin(0);
        percent.setMax(100);
        percent.setValue(task.percent());
        disbursed.setLabel(getTranslation("architecture.report.disbursed"));
        disbursed.setValue(String.valueOf(task.disbursedVnd()));
        blockers.setLabel(getTranslation("architecture.report.blockers"));
        blockers.setMaxLength(2000);
        documentNumber.setLabel(getTranslation("evidence.documentNumber"));
        documentDate.setLabel(getTranslation("evidence.documentDate"));
        summary.setLabel(getTranslation("evidence.summary"));
        UI ui = UI.getCurrent();
        upload = new Upload(UploadHandler.inMemory((meta, bytes) -> ui.access(() -> accept(meta.fileName(), bytes))));
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".pdf", ".docx", ".xlsx", ".png", ".jpg", ".jpeg");
        FormLayout form = new FormLayout(period, status, percent, disbursed, blockers, documentNumber, documentDate,
                summary);
        form.setColspan(blockers, 2);
        form.setColspan(summary, 2);
        add(error, form, new Span(getTranslation("evidence.file")), upload, fileName);
        save.setText(getTranslation("architecture.report.send"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save(onSaved));
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    /** The uploaded evidence, kept in memory until the report is sent; its content is checked on sending. */
    void accept(String name, byte[] content) {
        evidenceName = name;
        evidenceContent = content;
        fileName.setText(name);
    }

    private void save(Consumer<ProgressReport> onSaved) {
        try {
            Long money = parseMoney(disbursed.getValue());
            EvidenceUpload evidence = evidenceName == null ? null : new EvidenceUpload(documentNumber.getValue(),
                    documentDate.getValue(), summary.getValue(), evidenceName, evidenceContent);
            ProgressReport saved = service.fileReport(task.id(), new ProgressDraft(period.getValue(), status.getValue(),
                    percent.getValue(), money, blockers.getValue(), evidence));
            close();
            Notifications.success(getTranslation("architecture.report.sent"));
            onSaved.accept(saved);
        } catch (BusinessException ex) {
            error.show(ex);
        }
    }

    static Long parseMoney(String text) {
        String digits = text == null ? "" : text.replaceAll("[\\s.,]", "");
        if (digits.isEmpty()) return null;
        if (!digits.matches("-?\\d{1,18}")) throw new BusinessException("error.architecture.moneyNotNumber", text.strip());
        return Long.parseLong(digits);
    }
}
