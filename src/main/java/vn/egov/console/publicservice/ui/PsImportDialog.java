package vn.egov.console.publicservice.ui;

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
import java.io.InputStream;
import java.util.List;
import java.util.function.BiFunction;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.tabular.ImportErrorReport;
import vn.egov.console.base.tabular.ImportResult;
import vn.egov.console.base.tabular.RowError;
import vn.egov.console.base.ui.Notifications;

/**
 * Upload of figures or of the catalogue (CSV or .xlsx); on rejection nothing is stored and the per-row errors are
 * shown and can be downloaded.
 */
class PsImportDialog extends Dialog {

    final Upload upload;
    final Div result = new Div();
    private final BiFunction<InputStream, String, ImportResult> importer;
    private final Runnable imported;

    PsImportDialog(String title, String help, BiFunction<InputStream, String, ImportResult> importer, Runnable imported) {
        this.importer = importer;
        this.imported = imported;
        setHeaderTitle(title);
        UI ui = UI.getCurrent();
        upload = new Upload(UploadHandler.inMemory((meta, bytes) -> ui.access(() -> process(bytes, meta.fileName()))));
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(20 * 1024 * 1024);
        upload.setId("ps-upload");
        result.setId("ps-import-result");
        add(new Paragraph(help), upload, result);
        setWidth("680px");
        getFooter().add(new Button(getTranslation("common.close"), e -> close()));
    }

    void process(byte[] bytes) {
        process(bytes, null);
    }

    void process(byte[] bytes, String fileName) {
        result.removeAll();
        try {
            ImportResult r = importer.apply(new ByteArrayInputStream(bytes), fileName);
            if (r.rejected()) {
                showErrors(r.errors());
            } else {
                String done = getTranslation("ps.import.done", r.created(), r.updated());
                result.add(new Paragraph(done));
                Notifications.success(done);
                imported.run();
            }
        } catch (BusinessException e) {
            Div error = new Div(Notifications.translate(e));
            error.addClassName("form-error");
            result.add(error);
        }
    }

    private void showErrors(List<RowError> errors) {
        Div error = new Div(getTranslation("ps.import.rejected", errors.size()));
        error.addClassName("form-error");
        result.add(error);
        errors.stream().limit(10).forEach(e -> result.add(new Paragraph(getTranslation("ps.import.errorLine", e.line(),
                e.column() == null ? "" : e.column(), message(e)))));
        byte[] report = ImportErrorReport.csv(errors, List.of(getTranslation("import.report.line"),
                getTranslation("import.report.column"), getTranslation("import.report.message")), this::message);
        Anchor download = new Anchor(DownloadHandler.fromInputStream(ev -> new DownloadResponse(
                new ByteArrayInputStream(report), "loi-nhap-dich-vu-cong.csv", "text/csv", report.length)),
                getTranslation("ps.import.errorReport"));
        download.setId("ps-error-report");
        result.add(download);
    }

    private String message(RowError e) {
        Object[] args = e.arguments().clone();
        for (int i = 0; i < args.length; i++) {
            // a text rule names its field by translation key ("ps.field"): show the field's label
            if (args[i] instanceof String s && s.matches("[a-z]+(\\.[a-zA-Z]+)+")) args[i] = getTranslation(s);
        }
        return getTranslation(e.messageKey(), args);
    }
}
