package vn.egov.console.docflow.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.egov.console.base.tabular.TabularWriter;
import vn.egov.console.docflow.ReportData;

/** The report as a workbook: summary, per-unit table and lagging units on three sheets; shares as real percentages. */
public final class ReportXlsx {

    private ReportXlsx() {
    }

    public static byte[] write(ReportData r, Texts t, Locale locale) {
        var out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "egov-console", "1.0");
            Worksheet summary = wb.newWorksheet(t.get("docflow.report.sheet.summary"));
            summary.value(0, 0, TabularWriter.safe(t.get("docflow.report.title")));
            summary.style(0, 0).bold().fontSize(13).set();
            summary.value(1, 0, TabularWriter.safe(r.issuer() + " · " + t.get("docflow.report.basis")));
            summary.value(2, 0, TabularWriter.safe(t.get("docflow.report.meta", ReportPdf.period(r), r.scopeName(),
                    vn.egov.console.base.i18n.Formats.date(r.generatedOn()))));
            sheet(summary, 4, ReportTable.summaryHeaders(t), ReportTable.summaryRows(r, t));
            summary.width(0, 48);
            sheet(wb.newWorksheet(t.get("docflow.report.sheet.units")), 0, ReportTable.unitHeaders(t),
                    ReportTable.unitRows(r));
            sheet(wb.newWorksheet(t.get("docflow.report.sheet.lagging")), 0, ReportTable.laggingHeaders(t),
                    ReportTable.laggingRows(r, t));
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void sheet(Worksheet ws, int firstRow, List<String> headers, List<List<Object>> rows) {
        for (int c = 0; c < headers.size(); c++) {
            ws.value(firstRow, c, TabularWriter.safe(headers.get(c)));
            ws.style(firstRow, c).bold().fillColor("DDE7F2").wrapText(true).set();
        }
        int r = firstRow + 1;
        for (List<Object> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                Object v = row.get(c);
                switch (v) {
                    case ReportTable.Share s -> {
                        if (!Double.isNaN(s.value())) {
                            ws.value(r, c, s.value());
                            ws.style(r, c).format("0.0%").set();
                        } else {
                            ws.value(r, c, "—");
                        }
                    }
                    case Number n -> ws.value(r, c, n);
                    case null -> { }
                    default -> ws.value(r, c, TabularWriter.safe(v.toString()));
                }
            }
            r++;
        }
        if (firstRow == 0) ws.freezePane(0, 1);
    }
}
