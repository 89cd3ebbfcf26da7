package vn.egov.console.architecture.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.util.List;
import vn.egov.console.architecture.ArchitectureService;
import vn.egov.console.architecture.ArchitectureVersion;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.tabular.ImportErrorReport;
import vn.egov.console.base.tabular.ImportResult;
import vn.egov.console.base.ui.FormError;
import vn.egov.console.base.ui.Notifications;

/**
 * Imports the decision's annex (CSV or .xlsx) into a version: tasks are created or updated by code, all or nothing;
 * when a row is wrong the user downloads every row's errors.
 */
class AnnexImportDialog extends Dialog {

    static final long MAX_BYTES = 5L * 1024 * 1024;
    final FormError error = new FormError();
    final Paragraph outcome = new Paragraph();
    final Anchor errorReport = new Anchor();

    AnnexImportDialog(ArchitectureService service, ArchitectureVersion version, Runnable onImported) {
        setHeaderTitle(getTranslation("architecture.import.title", version.name()));
        setWidth("40em");
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> ui.access(() -> {
            error.setVisible(false);
            errorReport.setVisible(false);
            try {
                ImportResult result = service.importAnnex(version.id(), new ByteArrayInputStream(bytes), MAX_BYTES);
                show(result, ui);
                if (!result.rejected()) onImported.run();
            } catch (BusinessException e) {
                error.show(e);
            }
        })));
        upload.setAcceptedFileTypes(".csv", ".xlsx");
        upload.setMaxFiles(1);
        errorReport.setVisible(false);
        add(new Paragraph(getTranslation("architecture.import.help")), error, upload, outcome, errorReport);
        getFooter().add(new Button(getTranslation("common.close"), e -> close()));
    }

    void show(ImportResult result, UI ui) {
        if (!result.rejected()) {
            outcome.setText(getTranslation("architecture.import.done", result.created(), result.updated()));
            Notifications.success(outcome.getText());
            return;
        }
        outcome.setText(getTranslation("architecture.import.rejected", result.errors().size()));
        byte[] csv = ImportErrorReport.csv(result.errors(), List.of(getTranslation("architecture.import.line"),
                getTranslation("architecture.import.column"), getTranslation("architecture.import.message")),
                e -> ui.getTranslation(e.messageKey(), translatedArguments(ui, e.arguments())));
        DownloadHandler download = event -> {
            event.setFileName("loi-nhap-lo-trinh.csv");
            event.setContentType("text/csv");
            event.getOutputStream().write(csv);
        };
        errorReport.setHref(download);
        errorReport.setText(getTranslation("architecture.import.errors"));
        errorReport.getElement().setAttribute("download", true);
        errorReport.setVisible(true);
    }

    /** Field names in the shared text messages are translation keys themselves ("architecture.code"). */
    private static Object[] translatedArguments(UI ui, Object[] args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof String s && s.matches("[a-z]+(\\.[a-zA-Z]+)+")) out[i] = ui.getTranslation(s);
        }
        return out;
    }
}
