package vn.egov.console.publicservice.internal;

import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import vn.egov.console.base.tabular.Cells;
import vn.egov.console.base.tabular.Column;
import vn.egov.console.base.tabular.RowError;
import vn.egov.console.base.tabular.TableRow;
import vn.egov.console.base.tabular.TabularReader;
import vn.egov.console.publicservice.Figures;
import vn.egov.console.publicservice.MonthEntry;

/**
 * Reads the one-stop system's export (one row per procedure × unit × month) into entries and the cell-level errors
 * (missing or malformed numbers and months, formula cells); {@link EntryCheck} then checks the entries themselves.
 */
public final class FiguresImport {

    public static final String PROCEDURE = "procedureCode";
    public static final String UNIT = "unitCode";
    public static final String MONTH = "month";
    public static final List<Column> COLUMNS = List.of(
            Column.required(PROCEDURE, "Mã thủ tục", "Mã TTHC", "Mã thủ tục hành chính", "procedure code"),
            Column.required(UNIT, "Mã đơn vị", "Mã định danh", "unit code"),
            Column.required(MONTH, "Tháng", "Kỳ báo cáo", "month"),
            Column.required("received", "Tiếp nhận", "Hồ sơ tiếp nhận", "Tổng tiếp nhận", "received"),
            Column.required("receivedOnline", "Tiếp nhận trực tuyến", "Hồ sơ trực tuyến", "received online"),
            Column.required("resolved", "Đã giải quyết", "Hồ sơ đã giải quyết", "resolved"),
            Column.required("resolvedOnTime", "Giải quyết đúng hạn", "Đúng hạn", "resolved on time"),
            Column.required("late", "Trễ hạn", "Quá hạn", "late"),
            Column.optional("digitised", "Số hóa", "Hồ sơ số hóa", "digitised", "digitized"),
            Column.optional("eResults", "Kết quả điện tử", "Trả kết quả điện tử", "e results", "electronic results"),
            Column.optional("paidOnline", "Thanh toán trực tuyến", "paid online"));

    public record Parsed(int rows, List<MonthEntry> entries, List<Integer> lines, List<RowError> errors) {
    }

    private FiguresImport() {
    }

    public static Parsed parse(InputStream in, long maxBytes) {
        List<MonthEntry> entries = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        var summary = TabularReader.read(in, COLUMNS, maxBytes, row -> {
            int before = errors.size();
            for (String key : List.of(PROCEDURE, UNIT, MONTH)) formula(row, key, errors);
            YearMonth month = null;
            String monthText = row.get(MONTH);
            if (monthText != null && !monthText.startsWith("=")) {
                month = month(monthText);
                if (month == null) errors.add(new RowError(row.line(), MONTH, "error.ps.monthFormat", monthText));
            }
            long[] values = new long[Figures.FIELDS.size()];
            for (int i = 0; i < values.length; i++) {
                String key = Figures.FIELDS.get(i);
                String text = row.get(key);
                if (text == null) {
                    boolean required = COLUMNS.stream().anyMatch(c -> c.key().equals(key) && c.required());
                    if (required) errors.add(new RowError(row.line(), key, "error.ps.numberRequired", key));
                    continue;
                }
                if (formula(row, key, errors)) continue;
                Long v = Cells.wholeNumber(text);
                if (v == null) errors.add(new RowError(row.line(), key, "error.ps.numberFormat", key, text));
                else values[i] = v;
            }
            if (errors.size() > before) return;
            entries.add(new MonthEntry(row.get(PROCEDURE), row.get(UNIT), month, Figures.of(values)));
            lines.add(row.line());
        });
        errors.addAll(summary.errors());
        return new Parsed(summary.rows(), entries, lines, errors);
    }

    /** A formula is refused rather than trusted: its cached value may be stale or missing. */
    static boolean formula(TableRow row, String key, List<RowError> errors) {
        String text = row.get(key);
        if (text != null && text.startsWith("=")) {
            errors.add(new RowError(row.line(), key, "error.ps.formulaCell", key, text));
            return true;
        }
        return false;
    }

    /** 2019-03, 03/2019, 3/2019, or a date in that month (01/03/2019, 2019-03-01, an Excel serial day). */
    public static YearMonth month(String text) {
        if (text == null) return null;
        String s = text.strip();
        try {
            if (s.matches("\\d{4}-\\d{1,2}")) {
                String[] p = s.split("-");
                return YearMonth.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
            }
            if (s.matches("\\d{1,2}/\\d{4}")) {
                String[] p = s.split("/");
                return YearMonth.of(Integer.parseInt(p[1]), Integer.parseInt(p[0]));
            }
        } catch (DateTimeException e) {
            return null;
        }
        LocalDate d = Cells.date(s);
        return d == null ? null : YearMonth.from(d);
    }
}
