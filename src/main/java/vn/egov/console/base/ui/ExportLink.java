package vn.egov.console.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import vn.egov.console.base.tabular.ExportFormat;
import vn.egov.console.base.time.ProvinceTime;

/**
 * A download link for an export. The file is written when the user clicks, straight into the response, with what
 * the view shows at that moment (its current filter and order), so a large export never sits in memory.
 */
public class ExportLink extends Anchor {

    /** Writes the export; called on the download request, so it must read the view's state itself. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /**
     * @param fileStem the file name without date and extension, e.g. {@code chung-thu-so}; today's date is added
     */
    public ExportLink(ExportFormat format, String fileStem, Writer writer) {
        super(handler(format, fileStem, writer), "");
        add(VaadinIcon.DOWNLOAD_ALT.create(),
                new Span(getTranslation(format == ExportFormat.CSV ? "common.export.csv" : "common.export.xlsx")));
        getElement().setAttribute("download", true);
        addClassName("export-link");
        setId("export-" + format.extension);
    }

    private static DownloadHandler handler(ExportFormat format, String fileStem, Writer writer) {
        return event -> {
            event.setFileName(fileStem + "-" + LocalDate.now(ProvinceTime.ZONE) + "." + format.extension);
            event.setContentType(format.contentType);
            writer.write(event.getOutputStream());
        };
    }
}
