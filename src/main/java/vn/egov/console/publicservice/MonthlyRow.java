package vn.egov.console.publicservice;

import java.time.Instant;
import java.time.YearMonth;

/** A stored month of one procedure at one handling unit: what every figure drills down to. */
public record MonthlyRow(long id, long procedureId, String procedureCode, String procedureName, String field,
                         long unitId, String unitCode, String unitName, YearMonth month, Figures figures,
                         FigureSource source, Instant updatedAt, String updatedBy, long version) {
}
