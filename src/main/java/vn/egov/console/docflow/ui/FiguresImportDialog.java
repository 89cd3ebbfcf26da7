package vn.egov.console.docflow.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.util.List;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.tabular.ImportErrorReport;
import vn.egov.console.base.tabular.ImportResult;
import vn.egov.console.base.tabular.RowError;
import vn.egov.console.base.ui.Notifications;
import vn.egov.console.docflow.DocflowService;

/** Upload of monthly figures; on rejection, nothing is stored and a per-row error report can be downloaded. */
class FiguresImportDialog extends Dialog {

    final Upload upload;
    final Div result = new Div();
    private final DocflowService service;
    private final Runnable imported;

    FiguresImportDialog(DocflowService service, Runnable imported) {
        this.service = service;
        this.imported = imported;
        setHeaderTitle(getTranslation("docflow.import"));
        UI ui = UI.getCurrent();
        upload = new Upload(UploadHandler.inMemory((meta, bytes) -> ui.access(() -> process(bytes))));
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(10 * 1024 * 1024);
        add(new Paragraph(getTranslation("docflow.import.help")), upload, result);
        setWidth("640px");
        getFooter().add(new Button(getTranslation("common.close"), e -> close()));
    }

    void process(byte[] bytes) {
        result.removeAll();
        try {
            ImportResult r = service.importFigures(new ByteArrayInputStream(bytes));
            if (r.rejected()) {
                showErrors(r.errors());
            } else {
                result.add(new Paragraph(getTranslation("docflow.import.done", r.created(), r.updated())));
                Notifications.success(getTranslation("docflow.import.done", r.created(), r.updated()));
                imported.run();
            }
        } catch (BusinessException e) {
            Div error = new Div(Notifications.translate(e));
            error.addClassName("form-error");
            result.add(error);
        }
    }

    private void showErrors(List<RowError> errors) {
        Div error = new Div(getTranslation("docflow.import.rejected", errors.size()));
        error.addClassName("form-error");
        result.add(error);
        errors.stream().limit(10).forEach(e -> result.add(new Paragraph(line(e))));
        byte[] report = ImportErrorReport.csv(errors, List.of(getTranslation("import.report.line"),
                getTranslation("import.report.column"), getTranslation("import.report.message")), this::message);
        result.add(new Anchor(DownloadHandler.fromInputStream(ev -> new DownloadResponse(
                new ByteArrayInputStream(report), "loi-nhap-so-lieu.csv", "text/csv", report.length)),
                getTranslation("docflow.import.errorReport")));
    }

    private String line(RowError e) {
        return getTranslation("docflow.import.errorLine", e.line(), e.column() == null ? "" : e.column(), message(e));
    }

    private String message(RowError e) {
        return getTranslation(e.messageKey(), e.arguments());
    }
}
