package vn.egov.console.architecture.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import vn.egov.console.architecture.ArchitectureVersion;
import vn.egov.console.architecture.ComponentProgress;
import vn.egov.console.architecture.TaskRow;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.pdf.PdfFonts;

/**
 * The roadmap progress report as an A4 landscape PDF: figures per component, then every task with its plan, baseline,
 * slippage, percent and a small bar of its plan against the version's period (the timeline in print).
 */
public final class ProgressReportPdf {

    private ProgressReportPdf() {
    }

    public static byte[] write(ArchitectureVersion v, List<ComponentProgress> components, List<TaskRow> tasks,
                               LocalDate today, Function<String, String> t) {
        var out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), 30, 30, 30, 30);
        PdfWriter.getInstance(doc, out);
        doc.addTitle(t.apply("architecture.pdf.title"));
        doc.addCreator("egov-console");
        doc.open();
        Font title = new Font(PdfFonts.bold(), 14);
        Font h2 = new Font(PdfFonts.bold(), 11);
        Font text = new Font(PdfFonts.regular(), 9);
        Font small = new Font(PdfFonts.regular(), 7.5f);
        Font smallBold = new Font(PdfFonts.bold(), 7.5f);
        Paragraph head = new Paragraph(t.apply("architecture.pdf.title").toUpperCase(Formats.VIETNAMESE), title);
        head.setAlignment(Element.ALIGN_CENTER);
        doc.add(head);
        Paragraph meta = new Paragraph(v.name() + " (" + v.period() + ") · " + t.apply("architecture.pdf.asOf") + " "
                + Formats.date(today), text);
        meta.setAlignment(Element.ALIGN_CENTER);
        meta.setSpacingAfter(8);
        doc.add(meta);

        doc.add(new Paragraph(t.apply("architecture.pdf.byComponent"), h2));
        PdfPTable summary = new PdfPTable(new float[] {5, 1.3f, 1.3f, 1.3f, 1.3f, 2.6f, 1.2f});
        summary.setWidthPercentage(100);
        summary.setSpacingBefore(4);
        summary.setSpacingAfter(10);
        for (String key : List.of("architecture.component", "architecture.tile.done", "architecture.tile.onTrack",
                "architecture.tile.dueSoon", "architecture.tile.overdue", "architecture.tile.money", "architecture.percent")) {
            summary.addCell(header(t.apply(key), smallBold));
        }
        for (ComponentProgress c : components) {
            summary.addCell(cell(c.component().nameVi(), small, Element.ALIGN_LEFT));
            for (int n : new int[] {c.done(), c.onTrack(), c.dueSoon(), c.overdue()}) {
                summary.addCell(cell(String.valueOf(n), small, Element.ALIGN_RIGHT));
            }
            summary.addCell(cell(million(c.disbursedVnd()) + " / " + million(c.estimateVnd()), small, Element.ALIGN_RIGHT));
            summary.addCell(cell(c.percent() + " %", small, Element.ALIGN_RIGHT));
        }
        summary.setHeaderRows(1);
        doc.add(summary);

        doc.add(new Paragraph(t.apply("architecture.pdf.tasks"), h2));
        PdfPTable table = new PdfPTable(new float[] {0.9f, 6, 3.2f, 1.5f, 1.5f, 1.5f, 1.2f, 1, 1.6f, 4});
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        for (String key : List.of("architecture.code", "architecture.task", "architecture.leadUnit", "architecture.start",
                "architecture.end", "architecture.baselineEnd", "architecture.slippage", "architecture.percent",
                "architecture.status", "architecture.pdf.bar")) {
            table.addCell(header(t.apply(key), smallBold));
        }
        table.setHeaderRows(1);
        LocalDate from = LocalDate.of(v.periodFrom(), 1, 1);
        LocalDate to = LocalDate.of(Math.max(v.periodTo(), today.getYear()), 12, 31);
        for (TaskRow r : tasks) {
            Color shade = r.overdue() ? new Color(0xFD, 0xEC, 0xEA) : null;
            table.addCell(shaded(cell(r.code(), small, Element.ALIGN_LEFT), shade));
            table.addCell(shaded(cell(r.title(), small, Element.ALIGN_LEFT), shade));
            table.addCell(shaded(cell(r.leadUnitName(), small, Element.ALIGN_LEFT), shade));
            table.addCell(shaded(cell(Formats.date(r.plannedStart()), small, Element.ALIGN_CENTER), shade));
            table.addCell(shaded(cell(Formats.date(r.plannedEnd()), small, Element.ALIGN_CENTER), shade));
            table.addCell(shaded(cell(r.baselineEnd() == null ? "" : Formats.date(r.baselineEnd()), small,
                    Element.ALIGN_CENTER), shade));
            table.addCell(shaded(cell(r.slippageDays() == null || r.slippageDays() == 0 ? "" : String.valueOf(r.slippageDays()),
                    small, Element.ALIGN_RIGHT), shade));
            table.addCell(shaded(cell(r.percent() + " %", small, Element.ALIGN_RIGHT), shade));
            table.addCell(shaded(cell(r.overdue() ? t.apply("architecture.overdue")
                    : t.apply("architecture.status." + r.status().name()), small, Element.ALIGN_LEFT), shade));
            PdfPCell bar = new PdfPCell();
            bar.setCellEvent(new TimelineBar(r, from, to, today));
            bar.setMinimumHeight(10);
            table.addCell(shaded(bar, shade));
        }
        doc.add(table);
        Paragraph legend = new Paragraph(t.apply("architecture.pdf.legend"), small);
        legend.setSpacingBefore(6);
        doc.add(legend);
        doc.close();
        return out.toByteArray();
    }

    private static String million(long vnd) {
        return Formats.number(Math.round(vnd / 1_000_000.0), Formats.VIETNAMESE);
    }

    private static PdfPCell header(String text, Font font) {
        PdfPCell c = new PdfPCell(new Phrase(text, font));
        c.setBackgroundColor(new Color(0xDD, 0xE7, 0xF2));
        c.setPadding(3);
        return c;
    }

    private static PdfPCell cell(String text, Font font, int align) {
        PdfPCell c = new PdfPCell(new Phrase(text == null ? "" : text, font));
        c.setHorizontalAlignment(align);
        c.setPadding(2.5f);
        return c;
    }

    private static PdfPCell shaded(PdfPCell c, Color shade) {
        if (shade != null) c.setBackgroundColor(shade);
        return c;
    }

    /** The task's planned bar (red when overdue, green when done) over its baseline line, and today's mark. */
    private record TimelineBar(TaskRow task, LocalDate from, LocalDate to, LocalDate today)
            implements org.openpdf.text.pdf.PdfPCellEvent {

        @Override
        public void cellLayout(PdfPCell cell, org.openpdf.text.Rectangle box, org.openpdf.text.pdf.PdfContentByte[] canvases) {
            var cb = canvases[org.openpdf.text.pdf.PdfPTable.LINECANVAS];
            float left = box.getLeft() + 2;
            float width = box.getWidth() - 4;
            double days = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
            java.util.function.Function<LocalDate, Float> x = d -> left + (float) (width
                    * Math.max(0, Math.min(days, java.time.temporal.ChronoUnit.DAYS.between(from, d))) / days);
            float mid = (box.getTop() + box.getBottom()) / 2;
            if (task.baselineStart() != null && task.baselineEnd() != null) {
                cb.setColorFill(new Color(0x9E, 0x9E, 0x9E));
                cb.rectangle(x.apply(task.baselineStart()), mid - 4, Math.max(1, x.apply(task.baselineEnd().plusDays(1))
                        - x.apply(task.baselineStart())), 1.5f);
                cb.fill();
            }
            Color colour = task.overdue() ? new Color(0xCC, 0, 0) : task.status().name().equals("DONE")
                    ? new Color(0x38, 0x76, 0x1D) : new Color(0x0B, 0x53, 0x94);
            cb.setColorFill(colour);
            cb.rectangle(x.apply(task.plannedStart()), mid - 1.5f, Math.max(1, x.apply(task.plannedEnd().plusDays(1))
                    - x.apply(task.plannedStart())), 4);
            cb.fill();
            cb.setColorStroke(new Color(0xD9, 0x30, 0x25));
            cb.setLineWidth(0.6f);
            cb.moveTo(x.apply(today), box.getBottom() + 1);
            cb.lineTo(x.apply(today), box.getTop() - 1);
            cb.stroke();
        }
    }
}
