package vn.egov.console.docflow.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.ui.KpiTile;
import vn.egov.console.base.ui.Notifications;
import vn.egov.console.base.ui.ViewHeader;
import vn.egov.console.docflow.DocflowReportService;
import vn.egov.console.docflow.Period;
import vn.egov.console.docflow.ReportData;

/** The periodic report on electronic documents (Directive 15/CT-TTg): pick a period, preview, export PDF or .xlsx. */
@Route("docflow/report")
@PermitAll
@Menu(title = "nav.docflow.report", order = 28, icon = "vaadin:file-text")
public class ReportView extends Div implements HasDynamicTitle {

    private final DocflowReportService reports;
    private final Locale locale;
    final Select<String> period = new Select<>();
    final Div tiles = new Div();
    final Grid<ReportData.Lagging> lagging = new Grid<>();
    final Anchor pdf;
    final Anchor xlsx;
    private final List<String> keys = new ArrayList<>();

    ReportView(DocflowReportService reports, vn.egov.console.docflow.DocflowService docflow) {
        this.reports = reports;
        this.locale = getLocale();
        addClassName("page");
        YearMonth now = docflow.currentMonth();
        for (int y = now.getYear(); y >= DocflowDashboardView.FIRST_YEAR; y--) {
            keys.add(y + "");
            for (int q = 4; q >= 1; q--) if (!Period.quarter(y, q).from().isAfter(now)) keys.add(y + "-Q" + q);
        }
        period.setLabel(getTranslation("docflow.report.period"));
        period.setItems(keys);
        period.setItemLabelGenerator(this::label);
        period.setValue(String.valueOf(now.getYear() - 1));
        period.setId("report-period");
        period.addValueChangeListener(e -> refresh());
        pdf = new Anchor(DownloadHandler.fromInputStream(ev -> file("pdf")), getTranslation("docflow.report.pdf"));
        pdf.setId("report-pdf");
        xlsx = new Anchor(DownloadHandler.fromInputStream(ev -> file("xlsx")), getTranslation("docflow.report.xlsx"));
        xlsx.setId("report-xlsx");
        pdf.addComponentAsFirst(VaadinIcon.FILE_TEXT_O.create());
        xlsx.addComponentAsFirst(VaadinIcon.FILE_TABLE.create());
        pdf.addClassName("download-link");
        xlsx.addClassName("download-link");
        add(new ViewHeader(getTranslation("nav.docflow.report"), getTranslation("docflow.report.subtitle"))
                .actions(pdf, xlsx));
        Div bar = new Div(period);
        bar.addClassName("toolbar");
        tiles.addClassName("tile-row");
        lagging.setId("report-lagging");
        lagging.addColumn(ReportData.Lagging::unitName).setHeader(getTranslation("unit.name")).setFlexGrow(3);
        lagging.addColumn(l -> Shares.of(l.totals().signedShare(), locale))
                .setHeader(getTranslation("docflow.kpi.signedShare")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        lagging.addColumn(l -> Shares.of(l.totals().paperParallelShare(), locale))
                .setHeader(getTranslation("docflow.kpi.paperShare")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        lagging.addColumn(l -> String.join("; ", l.reasons().stream()
                .map(k -> getTranslation(k, l.missingMonths())).toList()))
                .setHeader(getTranslation("docflow.report.why")).setFlexGrow(3);
        lagging.setAllRowsVisible(true);
        lagging.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        Div panel = new Div(new H2(getTranslation("docflow.report.laggingTitle")), lagging);
        panel.addClassName("panel");
        add(bar, tiles, panel);
        refresh();
    }

    Period selected() {
        String v = period.getValue();
        if (v.contains("-Q")) {
            return Period.quarter(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(6)));
        }
        return Period.year(Integer.parseInt(v));
    }

    private String label(String key) {
        return key.contains("-Q")
                ? getTranslation("docflow.report.quarter", key.substring(6), key.substring(0, 4))
                : getTranslation("docflow.report.year", key);
    }

    void refresh() {
        try {
            ReportData r = reports.build(selected(), locale);
            tiles.removeAll();
            tiles.add(new KpiTile(getTranslation("docflow.sentElectronic"),
                            Formats.number(r.totals().sentElectronic(), locale), null),
                    new KpiTile(getTranslation("docflow.kpi.electronicShare"),
                            Shares.of(r.totals().electronicShare(), locale), null),
                    new KpiTile(getTranslation("docflow.kpi.signedShare"), Shares.of(r.totals().signedShare(), locale),
                            null),
                    new KpiTile(getTranslation("docflow.kpi.paperShare"),
                            Shares.of(r.totals().paperParallelShare(), locale), null),
                    new KpiTile(getTranslation("docflow.kpi.centralSignedShare"),
                            Shares.of(r.totals().centralSignedShare(), locale), null),
                    new KpiTile(getTranslation("docflow.report.laggingCount"),
                            Formats.number(r.lagging().size(), locale), null));
            lagging.setItems(r.lagging());
        } catch (BusinessException e) {
            Notifications.error(e);
        }
    }

    private DownloadResponse file(String kind) {
        Period p = selected();
        byte[] bytes = "pdf".equals(kind) ? reports.pdf(p, locale) : reports.xlsx(p, locale);
        String type = "pdf".equals(kind) ? "application/pdf"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        return new DownloadResponse(new ByteArrayInputStream(bytes), DocflowReportService.fileName(p) + "." + kind,
                type, bytes.length);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.docflow.report") + " · " + getTranslation("app.title");
    }
}
