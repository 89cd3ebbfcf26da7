package vn.egov.console.publicservice.internal;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.egov.console.base.i18n.VietnameseText;
import vn.egov.console.base.tabular.Cells;
import vn.egov.console.base.tabular.Column;
import vn.egov.console.base.tabular.RowError;
import vn.egov.console.base.tabular.TableRow;
import vn.egov.console.base.tabular.TabularReader;
import vn.egov.console.base.text.TextRule;
import vn.egov.console.organization.Tier;
import vn.egov.console.organization.UnitSummary;
import vn.egov.console.publicservice.OnlineMode;
import vn.egov.console.publicservice.Procedure;

/** Reads a catalogue file and checks every row; rows create or update procedures by national code. */
public final class CatalogueImport {

    public static final List<Column> COLUMNS = List.of(
            Column.required("code", "Mã thủ tục", "Mã TTHC", "procedure code"),
            Column.required("name", "Tên thủ tục", "Tên TTHC", "procedure name", "name"),
            Column.required("field", "Lĩnh vực", "field"),
            Column.required("tier", "Cấp thực hiện", "Cấp", "tier"),
            Column.optional("unitCode", "Mã đơn vị", "Đơn vị chủ trì", "unit code"),
            Column.required("mode", "Mức độ trực tuyến", "Hình thức trực tuyến", "online mode", "mode"),
            Column.optional("modeSince", "Áp dụng từ", "mode since"),
            Column.required("statutoryDays", "Thời hạn giải quyết", "Số ngày giải quyết", "statutory days"),
            Column.optional("onlinePayment", "Thanh toán trực tuyến", "online payment"),
            Column.optional("availableFrom", "Có hiệu lực từ", "available from"),
            Column.optional("levels", "Mức độ theo năm", "levels"));

    public record Parsed(int rowCount, List<ProcedureStore.Row> procedures, List<RowError> errors) {
    }

    private CatalogueImport() {
    }

    /**
     * @param existing the catalogue as it stands, by upper-case code (for "available from" and figures already held)
     * @param unit     finds an active province-tier unit by code
     */
    public static Parsed parse(InputStream in, long maxBytes, Map<String, Procedure> existing,
                               Function<String, Optional<UnitSummary>> unit,
                               Function<Long, java.time.YearMonth> firstFigures) {
        List<ProcedureStore.Row> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        var summary = TabularReader.read(in, COLUMNS, maxBytes, row -> {
            int before = errors.size();
            for (String key : row.values().keySet()) FiguresImport.formula(row, key, errors);
            if (errors.size() > before) return;
            String code = row.get("code");
            if (code == null) errors.add(new RowError(row.line(), "code", "error.ps.procedureRequired"));
            else if (!code.matches("[0-9A-Za-z][0-9A-Za-z.\\-]{0,19}")) {
                errors.add(new RowError(row.line(), "code", "error.ps.codeFormat", code));
            }
            String name = text(row, "name", NAME, errors);
            String field = text(row, "field", FIELD, errors);
            Tier tier = tier(row.get("tier"));
            if (tier == null) errors.add(new RowError(row.line(), "tier", "error.ps.tierFormat", row.get("tier")));
            Long unitId = null;
            String unitCode = row.get("unitCode");
            if (tier == Tier.PROVINCE) {
                if (unitCode == null) errors.add(new RowError(row.line(), "unitCode", "error.ps.responsibleRequired"));
                else {
                    var u = unit.apply(unitCode).filter(x -> x.tier() == Tier.PROVINCE);
                    if (u.isEmpty()) errors.add(new RowError(row.line(), "unitCode", "error.ps.unitUnknown", unitCode));
                    else unitId = u.get().id();
                }
            } else if (tier != null && unitCode != null) {
                errors.add(new RowError(row.line(), "unitCode", "error.ps.unitOnlyForProvince", unitCode));
            }
            OnlineMode mode = mode(row.get("mode"));
            if (mode == null) errors.add(new RowError(row.line(), "mode", "error.ps.modeFormat", row.get("mode")));
            LocalDate since = date(row, "modeSince", errors);
            Long days = Cells.wholeNumber(row.get("statutoryDays"));
            if (days == null || days < 0 || days > 365) {
                errors.add(new RowError(row.line(), "statutoryDays", "error.ps.daysFormat", row.get("statutoryDays")));
            }
            Boolean pay = yesNo(row.get("onlinePayment"));
            if (pay == null) {
                errors.add(new RowError(row.line(), "onlinePayment", "error.ps.yesNoFormat", row.get("onlinePayment")));
            }
            LocalDate from = date(row, "availableFrom", errors);
            Map<Integer, Integer> levels = levels(row, errors);
            if (errors.size() > before) return;
            Procedure old = existing.get(code.toUpperCase());
            if (from == null) from = old != null ? old.availableFrom() : LocalDate.of(2010, 1, 1);
            if (old != null) {
                var first = firstFigures.apply(old.id());
                if (first != null && java.time.YearMonth.from(from).isAfter(first)) {
                    errors.add(new RowError(row.line(), "availableFrom", "error.ps.availableAfterFigures",
                            from.toString(), first.toString()));
                    return;
                }
            }
            Integer firstLine = seen.putIfAbsent(code.toUpperCase(), row.line());
            if (firstLine != null) {
                errors.add(new RowError(row.line(), "code", "error.ps.duplicateProcedure", code, firstLine));
                return;
            }
            rows.add(new ProcedureStore.Row(code, name, field, tier, unitId, mode, since, days.intValue(), pay, from,
                    levels));
        });
        errors.addAll(summary.errors());
        return new Parsed(summary.rows(), rows, errors);
    }

    /** The catalogue's free text, checked as a form would check it (NFC, Unicode trim, code-point limit). */
    static final TextRule NAME = TextRule.line("ps.procedure.name", 500);
    static final TextRule FIELD = TextRule.line("ps.field", 160);

    private static String text(TableRow row, String key, TextRule rule, List<RowError> errors) {
        int before = errors.size();
        String v = row.text(key, rule, errors);
        if (v == null && errors.size() == before) {
            errors.add(new RowError(row.line(), key, TextRule.REQUIRED, rule.fieldKey()));
        }
        return v;
    }

    private static LocalDate date(TableRow row, String key, List<RowError> errors) {
        String v = row.get(key);
        if (v == null) return null;
        LocalDate d = Cells.date(v);
        if (d == null) errors.add(new RowError(row.line(), key, "error.ps.dateFormat", v));
        return d;
    }

    static Tier tier(String text) {
        if (text == null) return null;
        String s = VietnameseText.fold(text).strip();
        return switch (s) {
            case "province", "cap tinh", "tinh" -> Tier.PROVINCE;
            case "district", "cap huyen", "huyen" -> Tier.DISTRICT;
            case "commune", "cap xa", "xa" -> Tier.COMMUNE;
            default -> null;
        };
    }

    static OnlineMode mode(String text) {
        if (text == null) return null;
        String s = VietnameseText.fold(text).strip();
        return switch (s) {
            case "full", "toan trinh", "truc tuyen toan trinh" -> OnlineMode.FULL;
            case "partial", "mot phan", "truc tuyen mot phan" -> OnlineMode.PARTIAL;
            case "none", "khong", "khong truc tuyen" -> OnlineMode.NONE;
            default -> null;
        };
    }

    static Boolean yesNo(String text) {
        if (text == null) return false;
        String s = VietnameseText.fold(text).strip();
        return switch (s) {
            case "yes", "co", "x", "1", "true" -> true;
            case "no", "khong", "0", "false", "" -> false;
            default -> null;
        };
    }

    /** "2018:2, 2019:3" → {2018=2, 2019=3}: the pre-2022 level in each year. */
    static Map<Integer, Integer> levels(TableRow row, List<RowError> errors) {
        Map<Integer, Integer> levels = new LinkedHashMap<>();
        String v = row.get("levels");
        if (v == null) return levels;
        for (String part : v.split("[,;]")) {
            String[] p = part.strip().split(":");
            try {
                int year = Integer.parseInt(p[0].strip());
                int level = Integer.parseInt(p[1].strip());
                if (p.length != 2 || year < 2000 || year > 2022 || level < 1 || level > 4) {
                    throw new NumberFormatException();
                }
                levels.put(year, level);
            } catch (RuntimeException e) {
                errors.add(new RowError(row.line(), "levels", "error.ps.levelsFormat", part.strip()));
                return levels;
            }
        }
        return levels;
    }
}
