package vn.egov.console.docflow.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import vn.egov.console.base.pdf.PdfFonts;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.docflow.ReportData;

/**
 * The report as an A4 landscape PDF (OpenPDF). Vietnamese needs a font with its glyphs embedded: DejaVu Sans ships in
 * {@code fonts/} (free licence, see fonts/DejaVu-LICENSE.txt), embedded as a subset.
 */
public final class ReportPdf {

    private static final Color HEADER = new Color(0xDD, 0xE7, 0xF2);

    private ReportPdf() {
    }

    public static byte[] write(ReportData r, Texts t, Locale locale) {
        var out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(doc, out);
        doc.addTitle(t.get("docflow.report.title"));
        doc.addCreator("egov-console");
        doc.open();
        Font title = new Font(bold(), 15);
        Font h2 = new Font(bold(), 11.5f);
        Font text = new Font(regular(), 9.5f);
        Font small = new Font(regular(), 8);
        Font smallBold = new Font(bold(), 8);

        Paragraph issuer = new Paragraph(r.issuer().toUpperCase(Formats.VIETNAMESE), h2);
        issuer.setAlignment(Element.ALIGN_CENTER);
        issuer.setSpacingAfter(6);
        doc.add(issuer);
        Paragraph head = new Paragraph(t.get("docflow.report.title").toUpperCase(Formats.VIETNAMESE), title);
        head.setAlignment(Element.ALIGN_CENTER);
        doc.add(head);
        Paragraph basis = new Paragraph(t.get("docflow.report.basis"), text);
        basis.setAlignment(Element.ALIGN_CENTER);
        doc.add(basis);
        Paragraph meta = new Paragraph(t.get("docflow.report.meta", period(r), r.scopeName(),
                Formats.date(r.generatedOn())), text);
        meta.setAlignment(Element.ALIGN_CENTER);
        meta.setSpacingAfter(10);
        doc.add(meta);

        doc.add(section(t.get("docflow.report.section.summary"), h2));
        doc.add(table(ReportTable.summaryHeaders(t), ReportTable.summaryRows(r, t), new float[] {5, 2, 2}, text,
                new Font(bold(), 9.5f), locale, 60));

        doc.add(section(t.get("docflow.report.section.units", r.units().size()), h2));
        doc.add(table(ReportTable.unitHeaders(t), ReportTable.unitRows(r),
                new float[] {0.6f, 1.6f, 5, 1.2f, 1.2f, 1.1f, 1.1f, 1.1f, 1.1f, 1.1f, 1.2f, 0.9f}, small, smallBold,
                locale, 100));

        doc.add(section(t.get("docflow.report.section.lagging", r.lagging().size()), h2));
        if (r.lagging().isEmpty()) {
            doc.add(new Paragraph(t.get("docflow.report.noLagging"), text));
        } else {
            doc.add(table(ReportTable.laggingHeaders(t), ReportTable.laggingRows(r, t), new float[] {1.6f, 5, 1.2f, 1.2f, 5},
                    small, smallBold, locale, 100));
        }
        Paragraph notes = new Paragraph(t.get("docflow.report.definitions"), small);
        notes.setSpacingBefore(10);
        doc.add(notes);
        doc.close();
        return out.toByteArray();
    }

    static String period(ReportData r) {
        return String.format("%02d/%d – %02d/%d", r.period().from().getMonthValue(), r.period().from().getYear(),
                r.period().to().getMonthValue(), r.period().to().getYear());
    }

    private static Paragraph section(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingBefore(8);
        p.setSpacingAfter(4);
        return p;
    }

    private static PdfPTable table(List<String> headers, List<List<Object>> rows, float[] widths, Font font,
                                   Font headerFont, Locale locale, float widthPercent) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(widthPercent);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setHeaderRows(1);
        for (String h : headers) {
            PdfPCell c = new PdfPCell(new Phrase(h, headerFont));
            c.setBackgroundColor(HEADER);
            c.setPadding(3);
            table.addCell(c);
        }
        for (List<Object> row : rows) {
            for (Object v : row) {
                String text = switch (v) {
                    case ReportTable.Share s -> Double.isNaN(s.value()) ? "—" : Formats.percent(s.value(), locale);
                    case Long n -> Formats.number(n, locale);
                    case null -> "";
                    default -> v.toString();
                };
                PdfPCell c = new PdfPCell(new Phrase(text, font));
                c.setPadding(3);
                if (v instanceof Number || v instanceof ReportTable.Share) c.setHorizontalAlignment(Element.ALIGN_RIGHT);
                table.addCell(c);
            }
        }
        return table;
    }

    private static BaseFont regular() {
        return PdfFonts.regular();
    }

    private static BaseFont bold() {
        return PdfFonts.bold();
    }
}
