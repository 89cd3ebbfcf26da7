package vn.egov.console.docflow;

import java.time.YearMonth;

/** How a trend groups months. */
public enum Granularity {
    MONTH, QUARTER, YEAR;

    public String translationKey() {
        return "docflow.granularity." + name();
    }

    /** The label of the bucket a month falls in: 2019-03, 2019-Q1, 2019. */
    public String bucket(YearMonth m) {
        return switch (this) {
            case MONTH -> m.toString();
            case QUARTER -> m.getYear() + "-Q" + ((m.getMonthValue() - 1) / 3 + 1);
            case YEAR -> Integer.toString(m.getYear());
        };
    }
}
