package vn.egov.console.index.internal;

import java.io.ByteArrayOutputStream;
import java.text.NumberFormat;
import java.util.ArrayList;
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
import vn.egov.console.index.Node;
import vn.egov.console.index.Ranking;
import vn.egov.console.index.UnitScore;

/** The ranking as the annex of the publishing decision: landscape A4, Vietnamese with embedded fonts. */
public final class RankingPdf {

    private RankingPdf() {
    }

    /** @param t translation of a key with arguments in the annex's language */
    public static byte[] render(Ranking r, int year, Locale locale, BiFunction<String, Object[], String> t) {
        var out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), 30, 30, 30, 30);
        PdfWriter.getInstance(doc, out);
        String category = t.apply(r.category().translationKey(), new Object[0]);
        String title = t.apply("index.export.title", new Object[] {String.valueOf(year), category});
        doc.addTitle(title);
        doc.open();
        Paragraph head = new Paragraph(title.toUpperCase(Formats.VIETNAMESE), new Font(PdfFonts.bold(), 13));
        head.setAlignment(Element.ALIGN_CENTER);
        head.setSpacingAfter(6);
        doc.add(head);
        Font text = new Font(PdfFonts.regular(), 8.5f);
        Font bold = new Font(PdfFonts.bold(), 8.5f);
        if (r.assessment() != null) {
            Paragraph fw = new Paragraph(t.apply("index.ranking.framework", new Object[] {r.assessment().frameworkName(),
                    Formats.date(r.assessment().snapshotDate()),
                    r.assessment().publishedAt() == null ? "" : Formats.dateTime(r.assessment().publishedAt().atZone(vn.egov.console.base.time.ProvinceTime.ZONE))}), text);
            fw.setAlignment(Element.ALIGN_CENTER);
            fw.setSpacingAfter(8);
            doc.add(fw);
        }
        List<Float> widths = new ArrayList<>(List.of(2.2f, 2.6f, 12f, 3f, 3f));
        r.groups().forEach(g -> widths.add(3f));
        float[] w = new float[widths.size()];
        for (int i = 0; i < w.length; i++) w[i] = widths.get(i);
        PdfPTable table = new PdfPTable(w);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        List<String> headers = new ArrayList<>(List.of(t.apply("index.rank", new Object[0]),
                t.apply("index.change", new Object[0]), t.apply("index.unit", new Object[0]),
                t.apply("index.total", new Object[0]), t.apply("index.previous", new Object[0])));
        for (Node g : r.groups()) headers.add(g.code() + ". " + g.name(locale) + " (" + n(g.maxPoints(), locale) + ")");
        headers.forEach(h -> table.addCell(cell(h, bold, Element.ALIGN_CENTER)));
        for (UnitScore u : r.units()) {
            table.addCell(cell(Integer.toString(u.rank()), text, Element.ALIGN_CENTER));
            Integer c = u.rankChange();
            table.addCell(cell(c == null ? "—" : c == 0 ? "=" : (c > 0 ? "+" : "") + c, text, Element.ALIGN_CENTER));
            table.addCell(cell(u.unitName(), text, Element.ALIGN_LEFT));
            table.addCell(cell(n(u.total(), locale), bold, Element.ALIGN_RIGHT));
            table.addCell(cell(u.previousTotal() == null ? "—" : n(u.previousTotal(), locale), text, Element.ALIGN_RIGHT));
            u.groupPoints().forEach(p -> table.addCell(cell(n(p, locale), text, Element.ALIGN_RIGHT)));
        }
        doc.add(table);
        doc.close();
        return out.toByteArray();
    }

    private static PdfPCell cell(String s, Font f, int align) {
        PdfPCell c = new PdfPCell(new Phrase(s, f));
        c.setHorizontalAlignment(align);
        c.setPadding(3);
        return c;
    }

    private static String n(double v, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(2);
        return f.format(v);
    }
}
