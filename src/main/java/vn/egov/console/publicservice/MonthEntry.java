package vn.egov.console.publicservice;

import java.time.YearMonth;

/** One month of figures addressed by natural key, as the import, the API and manual entry deliver it. */
public record MonthEntry(String procedureCode, String unitCode, YearMonth month, Figures figures) {
}
