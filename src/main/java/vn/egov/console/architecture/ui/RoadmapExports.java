package vn.egov.console.architecture.ui;

import com.vaadin.flow.component.UI;
import vn.egov.console.architecture.ArchitectureService;
import vn.egov.console.architecture.RoadmapFilter;
import vn.egov.console.base.tabular.ExportFormat;
import vn.egov.console.base.ui.ExportLink;

/** The roadmap's Excel download: the filter on screen when the link is clicked, in the reader's language. */
final class RoadmapExports {

    private RoadmapExports() {
    }

    /** The PDF progress report of the version on screen. */
    static com.vaadin.flow.component.html.Anchor pdfLink(ArchitectureService service, long versionId) {
        UI ui = UI.getCurrent();
        var locale = ui.getLocale();
        com.vaadin.flow.server.streams.DownloadHandler handler = event -> {
            event.setFileName("bao-cao-tien-do-kien-truc-" + service.today() + ".pdf");
            event.setContentType("application/pdf");
            event.getOutputStream().write(service.progressReportPdf(versionId, key -> ui.getTranslation(locale, key)));
        };
        var link = new com.vaadin.flow.component.html.Anchor(handler, "");
        link.add(com.vaadin.flow.component.icon.VaadinIcon.FILE_TEXT_O.create(),
                new com.vaadin.flow.component.html.Span(ui.getTranslation("architecture.pdf.download")));
        link.getElement().setAttribute("download", true);
        link.addClassName("export-link");
        link.setId("export-pdf");
        return link;
    }

    static ExportLink excelLink(ArchitectureService service, RoadmapFilter filter) {
        UI ui = UI.getCurrent();
        var locale = ui.getLocale();
        return new ExportLink(ExportFormat.XLSX, "lo-trinh-kien-truc", () -> filter,
                (f, out) -> service.exportRoadmap(f, ExportFormat.XLSX, key -> ui.getTranslation(locale, key), out));
    }
}
