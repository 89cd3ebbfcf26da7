package vn.egov.console.base.tabular;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Parsing of cell values as Vietnamese offices write them. Each returns null for "not a valid value". */
public final class Cells {

    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private Cells() {
    }

    /** 23/11/2026, 2026-11-23, or an Excel serial day number as .xlsx stores dates. */
    public static LocalDate date(String text) {
        if (text == null || text.isBlank()) return null;
        String s = text.strip();
        try {
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) return LocalDate.parse(s);
            if (s.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) return LocalDate.parse(s, DAY_FIRST);
            if (s.matches("\\d{5}(\\.0+)?")) return EXCEL_EPOCH.plusDays(Long.parseLong(s.replaceAll("\\..*", "")));
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    /** A whole number, accepting "8.329" and "8,329" grouping and Excel's "12.0". */
    public static Long wholeNumber(String text) {
        if (text == null || text.isBlank()) return null;
        String s = text.strip();
        if (s.matches("-?\\d+(\\.0+)?")) return Long.parseLong(s.replaceAll("\\.0+$", ""));
        if (s.matches("-?\\d{1,3}([.,]\\d{3})+")) return Long.parseLong(s.replaceAll("[.,]", ""));
        return null;
    }
}
