package vn.egov.console.mailbox.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.tabular.ImportErrorReport;
import vn.egov.console.base.ui.Notifications;
import vn.egov.console.mailbox.ImportResult;
import vn.egov.console.mailbox.MailboxImportService;

/**
 * Upload a CSV or .xlsx of mailboxes. The import runs in the background with a progress bar (a 600,000-row file
 * takes a while); the result is either "all saved" or the per-row errors, downloadable, with nothing saved.
 */
class MailboxImportDialog extends Dialog {

    final Upload upload = new Upload();
    final ProgressBar progress = new ProgressBar();
    final Paragraph status = new Paragraph();
    final Div result = new Div();
    private final MailboxImportService importer;
    private final Runnable onImported;

    MailboxImportDialog(MailboxImportService importer, Runnable onImported) {
        this.importer = importer;
        this.onImported = onImported;
        setHeaderTitle(getTranslation("mailbox.import.title"));
        add(new Paragraph(getTranslation("mailbox.import.help")));
        UI ui = UI.getCurrent();
        upload.setUploadHandler(UploadHandler.toTempFile((metadata, file) -> {
            Path copy = Files.createTempFile("mailbox-import-", ".tmp");
            Files.copy(file.toPath(), copy, StandardCopyOption.REPLACE_EXISTING);
            ui.access(() -> start(ui, copy, metadata.fileName()));
        }));
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFileSize((int) MailboxImportService.MAX_BYTES);
        upload.addFileRejectedListener(e -> show(getTranslation("error.import.tooLarge",
                MailboxImportService.MAX_BYTES / (1024 * 1024)) + " (" + e.getErrorMessage() + ")", true));
        progress.setVisible(false);
        status.setVisible(false);
        result.addClassName("import-result");
        add(upload, progress, status, result);
        getFooter().add(new Button(getTranslation("common.close"), e -> close()));
        setWidth("min(640px, 95vw)");
    }

    /** Runs the import off the request thread, as the signed-in user, reporting progress to the dialog. */
    void start(UI ui, Path file) {
        start(ui, file, file.getFileName().toString());
    }

    void start(UI ui, Path file, String fileName) {
        result.removeAll();
        progress.setVisible(true);
        progress.setIndeterminate(true);
        status.setVisible(true);
        status.setText(getTranslation("mailbox.import.validating", "0"));
        ui.setPollInterval(500);
        var security = SecurityContextHolder.getContext();
        Locale locale = ui.getLocale();
        Thread.ofVirtual().start(() -> {
            SecurityContextHolder.setContext(security);
            try {
                ImportResult r = importer.importFile(file, fileName, (phase, rows) -> ui.access(() ->
                        status.setText(getTranslation(phase, Formats.number(rows, locale)))));
                ui.access(() -> finished(ui, r));
            } catch (BusinessException e) {
                ui.access(() -> {
                    ui.setPollInterval(-1);
                    progress.setVisible(false);
                    show(Notifications.translate(e), true);
                });
            } finally {
                SecurityContextHolder.clearContext();
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temp file; the OS cleans it up
                }
            }
        });
    }

    private void finished(UI ui, ImportResult r) {
        ui.setPollInterval(-1);
        progress.setVisible(false);
        status.setVisible(false);
        if (r.succeeded()) {
            show(getTranslation("mailbox.import.done", Formats.number(r.rows(), getLocale()),
                    Formats.number(r.created(), getLocale()), Formats.number(r.updated(), getLocale()),
                    Formats.number(r.unchanged(), getLocale())), false);
            onImported.run();
            return;
        }
        show(getTranslation("mailbox.import.failed", Formats.number(r.errorCount(), getLocale())), true);
        byte[] report = ImportErrorReport.csv(r.errors(), List.of(getTranslation("import.report.line"),
                        getTranslation("import.report.column"), getTranslation("import.report.message")),
                e -> {
                    Object[] args = e.arguments();
                    for (int i = 0; i < args.length; i++) {
                        if (args[i] instanceof String s && s.matches("mailboxStatus\\.[A-Z]+")) args[i] = getTranslation(s);
                    }
                    return getTranslation(e.messageKey(), args);
                });
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new com.vaadin.flow.server.streams
                .DownloadResponse(new ByteArrayInputStream(report), "loi-nhap-hop-thu.csv", "text/csv",
                report.length)), getTranslation("mailbox.import.report"));
        download.getElement().setAttribute("download", true);
        download.setId("import-error-report");
        result.add(download);
    }

    private void show(String message, boolean isError) {
        Paragraph p = new Paragraph(message);
        if (isError) p.addClassName("form-error");
        result.removeAll();
        result.add(p);
    }

}
