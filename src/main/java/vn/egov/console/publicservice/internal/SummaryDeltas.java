package vn.egov.console.publicservice.internal;

import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a write changes in the two summary tables, added up in Java from the rows it writes and the rows they replace
 * (decision 0044): re-grouping a whole month in SQL after an import cost more than writing the month itself.
 */
final class SummaryDeltas {

    private record UnitFieldMonth(long unitId, String field, YearMonth month) {
    }

    private record ProcedureMonth(long procedureId, YearMonth month) {
    }

    /** Eight figures, then the number of rows (rows_count). */
    private final Map<UnitFieldMonth, long[]> unitField = new LinkedHashMap<>();
    /** Received, received online. */
    private final Map<ProcedureMonth, long[]> procedure = new LinkedHashMap<>();

    /**
     * One row written: its figures now and before ({@code null} when the row is new). An unchanged row adds nothing.
     */
    void add(long procedureId, long unitId, String field, YearMonth month, long[] now, long[] before) {
        long[] delta = now.clone();
        if (before != null) {
            boolean changed = false;
            for (int i = 0; i < delta.length; i++) {
                delta[i] -= before[i];
                changed |= delta[i] != 0;
            }
            if (!changed) return;
        }
        long[] uf = unitField.computeIfAbsent(new UnitFieldMonth(unitId, field, month), k -> new long[9]);
        for (int i = 0; i < 8; i++) uf[i] += delta[i];
        if (before == null) uf[8]++;
        long[] pm = procedure.computeIfAbsent(new ProcedureMonth(procedureId, month), k -> new long[2]);
        pm[0] += delta[0];
        pm[1] += delta[1];
    }

    /** Adds the deltas to the summary rows (creating the rows a new key needs), one statement per 500 rows. */
    void apply(JdbcTemplate jdbc) {
        List<Object[]> uf = new ArrayList<>(unitField.size());
        unitField.forEach((k, v) -> uf.add(new Object[] {k.unitId(), k.field(), Date.valueOf(k.month().atDay(1)),
                v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]}));
        MultiRowStatement.execute(jdbc, """
                INSERT INTO ps_unit_field_month (unit_id, field, month, received, received_online, resolved,
                    resolved_on_time, late, digitised, e_results, paid_online, rows_count) VALUES\s""", uf, """
                ON DUPLICATE KEY UPDATE received = received + VALUES(received),
                    received_online = received_online + VALUES(received_online), resolved = resolved + VALUES(resolved),
                    resolved_on_time = resolved_on_time + VALUES(resolved_on_time), late = late + VALUES(late),
                    digitised = digitised + VALUES(digitised), e_results = e_results + VALUES(e_results),
                    paid_online = paid_online + VALUES(paid_online), rows_count = rows_count + VALUES(rows_count)""");
        List<Object[]> pm = new ArrayList<>(procedure.size());
        procedure.forEach((k, v) -> pm.add(new Object[] {k.procedureId(), Date.valueOf(k.month().atDay(1)), v[0], v[1]}));
        MultiRowStatement.execute(jdbc, """
                INSERT INTO ps_procedure_month (procedure_id, month, received, received_online) VALUES\s""", pm, """
                ON DUPLICATE KEY UPDATE received = received + VALUES(received),
                    received_online = received_online + VALUES(received_online)""");
    }
}
