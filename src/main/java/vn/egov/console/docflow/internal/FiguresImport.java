package vn.egov.console.docflow.internal;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.egov.console.base.tabular.Cells;
import vn.egov.console.base.tabular.Column;
import vn.egov.console.base.tabular.RowError;
import vn.egov.console.base.tabular.TableRow;
import vn.egov.console.base.tabular.TabularReader;
import vn.egov.console.docflow.FigureSource;
import vn.egov.console.docflow.MonthlyFigures;
import vn.egov.console.organization.UnitSummary;

/**
 * Reads an import of monthly figures and checks every row (unit known and writable, month, numbers, the rules of
 * {@link MonthlyFigures}, no unit-month twice) before anything is stored.
 */
public final class FiguresImport {

    public static final String UNIT = "unitCode";
    public static final String MONTH = "month";
    public static final List<String> NUMBERS = List.of("sentTotal", "sentElectronic", "receivedElectronic",
            "sentViaAxis", "receivedViaAxis", "sentSigned", "sentPaperParallel", "sentToCentral",
            "sentToCentralSigned");

    /** Columns with the Vietnamese and English headers a user may write. */
    public static final List<Column> COLUMNS = List.of(
            Column.required(UNIT, "Mã đơn vị", "Mã định danh", "unit code", "unit_code"),
            Column.required(MONTH, "Tháng", "Kỳ", "month"),
            Column.required("sentTotal", "Tổng văn bản đi", "VB đi tổng", "sent total", "sent_total"),
            Column.required("sentElectronic", "VB đi điện tử", "Văn bản đi điện tử", "sent electronic",
                    "sent_electronic"),
            Column.required("receivedElectronic", "VB đến điện tử", "Văn bản đến điện tử", "received electronic",
                    "received_electronic"),
            Column.optional("sentViaAxis", "VB đi qua trục quốc gia", "Đi qua trục", "sent via axis", "sent_via_axis"),
            Column.optional("receivedViaAxis", "VB đến qua trục quốc gia", "Đến qua trục", "received via axis",
                    "received_via_axis"),
            Column.required("sentSigned", "VB đi ký số", "Văn bản ký số", "sent signed", "sent_signed"),
            Column.required("sentPaperParallel", "VB đi kèm bản giấy", "Gửi kèm bản giấy", "sent paper parallel",
                    "sent_paper_parallel", "paper parallel"),
            Column.optional("sentToCentral", "VB gửi Trung ương", "Gửi Trung ương", "sent to central",
                    "sent_to_central"),
            Column.optional("sentToCentralSigned", "VB gửi Trung ương có ký số", "Gửi Trung ương ký số",
                    "sent to central signed", "sent_to_central_signed"));

    /** 177 units × 12 months × 20 years fit; a file beyond that is a mistake, and all of it is held in memory. */
    public static final int MAX_ROWS = 50_000;

    public record Parsed(int rows, List<MonthlyStore.Entry> entries, List<RowError> errors) {
    }

    private FiguresImport() {
    }

    /**
     * @param writableUnit finds an active unit the importer may write, by code
     */
    public static Parsed parse(InputStream in, long maxBytes, Function<String, Optional<UnitSummary>> writableUnit,
                               YearMonth currentMonth) {
        List<MonthlyStore.Entry> entries = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Optional<UnitSummary>> unitCache = new HashMap<>();
        var summary = TabularReader.read(in, COLUMNS, maxBytes, MAX_ROWS, row -> {
            int before = errors.size();
            String code = row.get(UNIT);
            UnitSummary unit = null;
            if (code == null) {
                errors.add(new RowError(row.line(), UNIT, "error.docflow.import.unitRequired"));
            } else {
                unit = unitCache.computeIfAbsent(code.toUpperCase(), c -> writableUnit.apply(code)).orElse(null);
                if (unit == null) errors.add(new RowError(row.line(), UNIT, "error.docflow.import.unitUnknown", code));
            }
            YearMonth month = month(row.get(MONTH));
            if (row.get(MONTH) == null) {
                errors.add(new RowError(row.line(), MONTH, "error.docflow.monthRequired"));
            } else if (month == null) {
                errors.add(new RowError(row.line(), MONTH, "error.docflow.import.monthFormat", row.get(MONTH)));
            }
            long[] n = new long[NUMBERS.size()];
            for (int i = 0; i < n.length; i++) {
                String key = NUMBERS.get(i);
                String text = row.get(key);
                if (text == null) {
                    if (required(key)) errors.add(new RowError(row.line(), key, "error.docflow.import.numberRequired"));
                    continue;
                }
                Long value = Cells.wholeNumber(text);
                if (value == null) {
                    errors.add(new RowError(row.line(), key, "error.docflow.import.numberFormat", text));
                } else {
                    n[i] = value;
                }
            }
            if (errors.size() > before || month == null) return;
            var figures = new MonthlyFigures(month, n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8]);
            for (var v : figures.violations(currentMonth)) {
                errors.add(new RowError(row.line(), v.field(), v.messageKey(), v.arguments()));
            }
            if (errors.size() > before || unit == null) return;
            Integer firstLine = seen.putIfAbsent(MonthlyStore.key(unit.id(), month), row.line());
            if (firstLine != null) {
                errors.add(new RowError(row.line(), MONTH, "error.docflow.import.duplicate", code, month.toString(),
                        firstLine));
                return;
            }
            entries.add(new MonthlyStore.Entry(unit.id(), figures, FigureSource.IMPORT));
        });
        errors.addAll(summary.errors());
        return new Parsed(summary.rows(), entries, errors);
    }

    private static boolean required(String key) {
        return COLUMNS.stream().anyMatch(c -> c.key().equals(key) && c.required());
    }

    /** 2019-03, 03/2019, 3/2019, or a date in that month (01/03/2019, 2019-03-01, an Excel serial day). */
    static YearMonth month(String text) {
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
        } catch (java.time.DateTimeException e) {
            return null;
        }
        LocalDate d = Cells.date(s);
        return d == null ? null : YearMonth.from(d);
    }

}
