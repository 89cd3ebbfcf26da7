package vn.egov.console.publicservice;

import java.time.YearMonth;
import vn.egov.console.base.error.BusinessException;

/** An inclusive range of months: a month, a quarter or a year of public-service figures. */
public record Period(YearMonth from, YearMonth to) {

    public Period {
        if (from == null || to == null) throw new BusinessException("error.ps.periodRequired");
        if (from.isAfter(to)) throw new BusinessException("error.ps.periodOrder");
    }

    public static Period month(YearMonth month) {
        return new Period(month, month);
    }

    public static Period quarter(int year, int quarter) {
        YearMonth first = YearMonth.of(year, (quarter - 1) * 3 + 1);
        return new Period(first, first.plusMonths(2));
    }

    public static Period year(int year) {
        return new Period(YearMonth.of(year, 1), YearMonth.of(year, 12));
    }

    public long months() {
        return from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1;
    }

    /** The same number of months just before, for "change against the previous period". */
    public Period previous() {
        return new Period(from.minusMonths(months()), from.minusMonths(1));
    }

    @Override
    public String toString() {
        if (from.equals(to)) return from.toString();
        if (from.getMonthValue() == 1 && to.getMonthValue() == 12 && from.getYear() == to.getYear()) {
            return Integer.toString(from.getYear());
        }
        if (months() == 3 && (from.getMonthValue() - 1) % 3 == 0) {
            return from.getYear() + "-Q" + ((from.getMonthValue() - 1) / 3 + 1);
        }
        return from + "…" + to;
    }
}
