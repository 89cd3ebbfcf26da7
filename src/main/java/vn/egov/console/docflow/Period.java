package vn.egov.console.docflow;

import java.time.YearMonth;
import vn.egov.console.base.error.BusinessException;

/** An inclusive range of months. */
public record Period(YearMonth from, YearMonth to) {

    public Period {
        if (from == null || to == null) throw new BusinessException("error.docflow.periodRequired");
        if (from.isAfter(to)) throw new BusinessException("error.docflow.periodOrder");
    }

    public static Period year(int year) {
        return new Period(YearMonth.of(year, 1), YearMonth.of(year, 12));
    }

    public static Period quarter(int year, int quarter) {
        YearMonth first = YearMonth.of(year, (quarter - 1) * 3 + 1);
        return new Period(first, first.plusMonths(2));
    }

    public long months() {
        return from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1;
    }

    /** The same number of months just before this period, for "compared with the previous period". */
    public Period previous() {
        return new Period(from.minusMonths(months()), from.minusMonths(1));
    }
}
