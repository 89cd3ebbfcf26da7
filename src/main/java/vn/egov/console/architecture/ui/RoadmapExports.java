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

    static ExportLink excelLink(ArchitectureService service, RoadmapFilter filter) {
        UI ui = UI.getCurrent();
        var locale = ui.getLocale();
        return new ExportLink(ExportFormat.XLSX, "lo-trinh-kien-truc", () -> filter,
                (f, out) -> service.exportRoadmap(f, ExportFormat.XLSX, key -> ui.getTranslation(locale, key), out));
    }
}
