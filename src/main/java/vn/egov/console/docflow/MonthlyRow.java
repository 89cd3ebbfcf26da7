package vn.egov.console.docflow;

import java.time.Instant;

/** A stored month of figures with its unit and who last changed it (by hand, import or the API). */
public record MonthlyRow(long id, long unitId, String unitCode, String unitName, MonthlyFigures figures,
                         FigureSource source, Instant updatedAt, String updatedBy, long version) {
}
