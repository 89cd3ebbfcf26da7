package vn.egov.console.publicservice.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.egov.console.organization.Tier;
import vn.egov.console.organization.UnitSummary;
import vn.egov.console.publicservice.MonthEntry;
import vn.egov.console.publicservice.Procedure;

/**
 * The rules every month of figures passes, however it arrives (import, API, manual entry): known procedure, a unit
 * the sender may write that handles the procedure's tier, a month neither in the future nor before the procedure
 * existed, consistent numbers, and no (procedure, unit, month) twice in one batch.
 */
public final class EntryCheck {

    public static final YearMonth EARLIEST = YearMonth.of(2010, 1);

    /** A refused entry: its position in the batch, the field, and the message key with arguments. */
    public record Problem(int index, String field, String messageKey, Object... arguments) {
    }

    public record Result(List<FiguresStore.Entry> entries, List<Problem> problems) {
    }

    private EntryCheck() {
    }

    /**
     * @param procedures the catalogue by upper-case code (at least the codes of the batch)
     * @param units      the units the sender may write, by upper-case code
     * @param indexes    each entry's position as the sender sees it (row number of a file, index of a JSON array)
     */
    public static Result check(List<MonthEntry> batch, List<Integer> indexes, Map<String, Procedure> procedures,
                               Map<String, UnitSummary> units, YearMonth currentMonth) {
        List<FiguresStore.Entry> entries = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<List<Object>, Integer> seen = new HashMap<>();
        for (int n = 0; n < batch.size(); n++) {
            MonthEntry e = batch.get(n);
            int index = indexes.get(n);
            int before = problems.size();
            Procedure procedure = null;
            if (e.procedureCode() == null || e.procedureCode().isBlank()) {
                problems.add(new Problem(index, "procedureCode", "error.ps.procedureRequired"));
            } else {
                procedure = procedures.get(e.procedureCode().strip().toUpperCase());
                if (procedure == null) {
                    problems.add(new Problem(index, "procedureCode", "error.ps.procedureUnknown", e.procedureCode()));
                }
            }
            UnitSummary unit = null;
            if (e.unitCode() == null || e.unitCode().isBlank()) {
                problems.add(new Problem(index, "unitCode", "error.ps.unitRequired"));
            } else {
                unit = units.get(e.unitCode().strip().toUpperCase());
                if (unit == null) problems.add(new Problem(index, "unitCode", "error.ps.unitUnknown", e.unitCode()));
            }
            if (procedure != null && unit != null && !handles(unit, procedure)) {
                problems.add(procedure.tier() == Tier.PROVINCE
                        ? new Problem(index, "unitCode", "error.ps.notResponsible", unit.name(), procedure.code(),
                                procedure.unitName())
                        : new Problem(index, "unitCode", "error.ps.wrongTier", unit.name(), procedure.code()));
            }
            YearMonth month = e.month();
            if (month == null) {
                problems.add(new Problem(index, "month", "error.ps.monthRequired"));
            } else if (month.isAfter(currentMonth)) {
                problems.add(new Problem(index, "month", "error.ps.futureMonth", month.toString()));
            } else if (month.isBefore(EARLIEST)) {
                problems.add(new Problem(index, "month", "error.ps.monthTooEarly", EARLIEST.toString()));
            } else if (procedure != null && !procedure.existedIn(month)) {
                problems.add(new Problem(index, "month", "error.ps.beforeProcedure", month.toString(),
                        procedure.code(), YearMonth.from(procedure.availableFrom()).toString()));
            }
            if (e.figures() != null) {
                e.figures().violations().forEach(v -> problems.add(new Problem(index, v.field(), v.messageKey(),
                        v.arguments())));
            }
            if (problems.size() > before || procedure == null || unit == null || month == null) continue;
            Integer first = seen.putIfAbsent(List.of(procedure.id(), unit.id(), month), index);
            if (first != null) {
                problems.add(new Problem(index, "month", "error.ps.duplicate", procedure.code(), unit.code(),
                        month.toString(), first));
                continue;
            }
            entries.add(new FiguresStore.Entry(procedure.id(), unit.id(), month, e.figures()));
        }
        return new Result(entries, problems);
    }

    /** District and commune procedures are handled by every unit of that tier; a province one by its unit. */
    public static boolean handles(UnitSummary unit, Procedure procedure) {
        if (unit.tier() != procedure.tier()) return false;
        return procedure.tier() != Tier.PROVINCE || procedure.unitId() != null && procedure.unitId() == unit.id();
    }
}
