package vn.egov.console.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import vn.egov.console.base.tabular.ExportFormat;
import vn.egov.console.base.time.ProvinceTime;

/**
 * A download link for an export. The file is written when the user clicks, straight into the response, with what
 * the view shows at that moment (its current filter and order), so a large export never sits in memory.
 */
public class ExportLink extends Anchor {

    /** Writes the export for the view's state as it was when the link was clicked. */
    @FunctionalInterface
    public interface Writer<S> {
        void write(S viewState, OutputStream out) throws IOException;
    }

    /**
     * @param fileStem  the file name without date and extension, e.g. {@code chung-thu-so}; today's date is added
     * @param viewState what the export depends on (filter, order), read from the view's components
     */
    public <S> ExportLink(ExportFormat format, String fileStem, Supplier<S> viewState, Writer<S> writer) {
        super(handler(format, fileStem, viewState, writer), "");
        add(VaadinIcon.DOWNLOAD_ALT.create(),
                new Span(getTranslation(format == ExportFormat.CSV ? "common.export.csv" : "common.export.xlsx")));
        getElement().setAttribute("download", true);
        addClassName("export-link");
        setId("export-" + format.extension);
    }

    private static <S> DownloadHandler handler(ExportFormat format, String fileStem, Supplier<S> viewState,
                                               Writer<S> writer) {
        return event -> {
            // a download is a request of its own: the view's components are read under the session lock, the file is
            // then written without holding it, so the user's UI stays responsive during a long export
            AtomicReference<S> state = new AtomicReference<>();
            event.getUI().accessSynchronously(() -> state.set(viewState.get()));
            event.setFileName(fileStem + "-" + LocalDate.now(ProvinceTime.ZONE) + "." + format.extension);
            event.setContentType(format.contentType);
            writer.write(state.get(), event.getOutputStream());
        };
    }
}
