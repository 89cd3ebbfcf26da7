package vn.egov.console.base.tabular;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes exports as CSV (UTF-8 with BOM, so Excel shows Vietnamese correctly) or .xlsx, streaming rows. Text that a
 * spreadsheet would run as a formula (starting with = + - @, tab or carriage return) is neutralised with a leading
 * apostrophe, so an export can never carry a formula injection from user-entered data.
 */
public final class TabularWriter {

    private TabularWriter() {
    }

    public static void csv(OutputStream out, List<String> headers, Stream<List<?>> rows) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            printer.printRecord(headers.stream().map(TabularWriter::safe));
            var iterator = rows.iterator();
            while (iterator.hasNext()) {
                printer.printRecord(iterator.next().stream().map(TabularWriter::cellText));
            }
        }
    }

    public static void xlsx(OutputStream out, String sheetName, List<String> headers, Stream<List<?>> rows)
            throws IOException {
        Workbook workbook = new Workbook(out, "egov-console", "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName.length() > 31 ? sheetName.substring(0, 31) : sheetName);
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, safe(headers.get(c)));
            sheet.style(0, c).bold().fillColor("DDE7F2").set();
        }
        int r = 1;
        var iterator = rows.iterator();
        while (iterator.hasNext()) {
            List<?> row = iterator.next();
            for (int c = 0; c < row.size(); c++) {
                Object v = row.get(c);
                switch (v) {
                    case null -> { }
                    case Number n -> sheet.value(r, c, n);
                    case Boolean b -> sheet.value(r, c, b);
                    case LocalDate d -> {
                        sheet.value(r, c, d);
                        sheet.style(r, c).format("dd/MM/yyyy").set();
                    }
                    default -> sheet.value(r, c, safe(v.toString()));
                }
            }
            if (r % 10_000 == 0) sheet.flush();
            r++;
        }
        sheet.freezePane(0, 1);
        workbook.finish();
    }

    private static String cellText(Object v) {
        if (v == null) return "";
        if (v instanceof LocalDate d) return d.format(vn.egov.console.base.i18n.Formats.DATE);
        if (v instanceof Number || v instanceof Boolean) return v.toString();
        return safe(v.toString());
    }

    /** OWASP's advice for CSV injection: prefix risky leading characters with an apostrophe. */
    public static String safe(String text) {
        if (text == null || text.isEmpty()) return text;
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
