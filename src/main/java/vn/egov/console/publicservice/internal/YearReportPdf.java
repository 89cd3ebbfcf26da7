package vn.egov.console.publicservice.internal;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.pdf.PdfFonts;
import vn.egov.console.publicservice.Dashboard;
import vn.egov.console.publicservice.GroupScore;
import vn.egov.console.publicservice.Totals;
import vn.egov.console.publicservice.UnitRank;

/** The yearly public-service report as an A4 PDF with the fonts every console report embeds. */
public final class YearReportPdf {

    private YearReportPdf() {
    }

    /** @param t translation of a key with arguments in the report's language */
    public static byte[] render(int year, String scopeName, Dashboard now, Dashboard before, List<UnitRank> districts,
                                List<UnitRank> departments, Locale locale, BiFunction<String, Object[], String> t) {
        var out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 36, 36, 36, 36);
        PdfWriter.getInstance(doc, out);
        doc.addTitle(tr(t, "ps.report.title", year));
        doc.open();
        Font title = new Font(PdfFonts.bold(), 14);
        Font h2 = new Font(PdfFonts.bold(), 11);
        Font text = new Font(PdfFonts.regular(), 9);
        Font bold = new Font(PdfFonts.bold(), 9);
        Paragraph head = new Paragraph(tr(t, "ps.report.title", year).toUpperCase(Formats.VIETNAMESE), title);
        head.setAlignment(Element.ALIGN_CENTER);
        doc.add(head);
        Paragraph scope = new Paragraph(scopeName, text);
        scope.setAlignment(Element.ALIGN_CENTER);
        scope.setSpacingAfter(8);
        doc.add(scope);

        doc.add(section(tr(t, "ps.report.kpis"), h2));
        Totals a = now.totals();
        Totals b = before.totals();
        PdfPTable kpis = table(new float[] {5, 2, 2}, bold, "", Integer.toString(year), Integer.toString(year - 1));
        row(kpis, text, tr(t, "ps.received"), n(a.received(), locale), n(b.received(), locale));
        row(kpis, text, tr(t, "ps.receivedOnline"), n(a.receivedOnline(), locale), n(b.receivedOnline(), locale));
        row(kpis, text, tr(t, "ps.kpi.onlineShare"), p(a.onlineShare(), locale), p(b.onlineShare(), locale));
        row(kpis, text, tr(t, "ps.kpi.onTime"), p(a.onTimeRate(), locale), p(b.onTimeRate(), locale));
        row(kpis, text, tr(t, "ps.kpi.late"), n(a.late(), locale), n(b.late(), locale));
        row(kpis, text, tr(t, "ps.kpi.digitised"), p(a.digitisationRate(), locale), p(b.digitisationRate(), locale));
        row(kpis, text, tr(t, "ps.kpi.eResults"), p(a.eResultRate(), locale), p(b.eResultRate(), locale));
        row(kpis, text, tr(t, "ps.kpi.paidOnline"), p(a.onlinePaymentRate(), locale), p(b.onlinePaymentRate(), locale));
        row(kpis, text, tr(t, "ps.kpi.unused"), n(now.proceduresOnlineUnused(), locale) + " / "
                + n(now.proceduresOnline(), locale), n(before.proceduresOnlineUnused(), locale) + " / "
                + n(before.proceduresOnline(), locale));
        doc.add(kpis);

        doc.add(section(tr(t, "ps.scorecard"), h2));
        PdfPTable card = table(new float[] {5, 1.5f, 1.5f, 3}, bold, tr(t, "ps.scorecard.group"),
                tr(t, "ps.scorecard.points"), tr(t, "ps.scorecard.max"), tr(t, "ps.scorecard.note"));
        for (GroupScore g : now.scorecard().groups()) {
            row(card, text, g.group().name(locale), g.hasData() ? String.format(locale, "%.1f", g.points()) : "—",
                    String.format(locale, "%.0f", g.group().maxPoints()), g.hasData() ? "" : tr(t, "ps.noData"));
        }
        doc.add(card);

        ranking(doc, tr(t, "ps.report.rankingDistricts"), districts, h2, text, bold, locale, t);
        ranking(doc, tr(t, "ps.report.rankingDepartments"), departments, h2, text, bold, locale, t);
        Paragraph note = new Paragraph(tr(t, "ps.report.note"), new Font(PdfFonts.regular(), 8));
        note.setSpacingBefore(10);
        doc.add(note);
        doc.close();
        return out.toByteArray();
    }

    private static void ranking(Document doc, String title, List<UnitRank> ranks, Font h2, Font text, Font bold,
                                Locale locale, BiFunction<String, Object[], String> t) {
        doc.add(section(title, h2));
        PdfPTable table = table(new float[] {0.7f, 6, 1.6f, 1.6f, 1.6f}, bold, "#", tr(t, "ps.unit"),
                tr(t, "ps.ranking.score"), tr(t, "ps.kpi.onlineShare"), tr(t, "ps.kpi.onTime"));
        for (UnitRank r : ranks) {
            row(table, text, Integer.toString(r.rank()), r.unitName(), p(r.score(), locale),
                    p(r.totals().onlineShare(), locale), p(r.totals().onTimeRate(), locale));
        }
        doc.add(table);
    }

    private static String tr(BiFunction<String, Object[], String> t, String key, Object... args) {
        return t.apply(key, args);
    }

    private static String n(long v, Locale locale) {
        return Formats.number(v, locale);
    }

    private static String p(Double v, Locale locale) {
        return v == null ? "—" : Formats.percent(v, locale);
    }

    private static Paragraph section(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingBefore(8);
        p.setSpacingAfter(4);
        return p;
    }

    private static PdfPTable table(float[] widths, Font font, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String h : headers) {
            PdfPCell c = new PdfPCell(new Phrase(h, font));
            c.setBackgroundColor(new java.awt.Color(0xDD, 0xE7, 0xF2));
            table.addCell(c);
        }
        return table;
    }

    private static void row(PdfPTable table, Font font, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            PdfPCell c = new PdfPCell(new Phrase(cells[i], font));
            if (i > 0 && i < cells.length) c.setHorizontalAlignment(i == 1 && cells.length == 5 ? Element.ALIGN_LEFT
                    : Element.ALIGN_RIGHT);
            table.addCell(c);
        }
    }
}
