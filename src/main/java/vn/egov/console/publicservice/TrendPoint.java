package vn.egov.console.publicservice;

import java.time.YearMonth;

/** One month of a trend. */
public record TrendPoint(YearMonth month, Totals totals) {
}
