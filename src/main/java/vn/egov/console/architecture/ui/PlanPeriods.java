package vn.egov.console.architecture.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The quarter and year shortcuts of the task form: "Q2/2026" fills 01/04/2026 as a start or 30/06/2026 as an end. */
record PlanPeriods(String label, LocalDate first, LocalDate last) {

    /** Every year of the period and its four quarters, in order. */
    static List<PlanPeriods> of(int fromYear, int toYear) {
        List<PlanPeriods> all = new ArrayList<>();
        for (int y = fromYear; y <= toYear; y++) {
            all.add(new PlanPeriods(String.valueOf(y), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
            for (int q = 1; q <= 4; q++) {
                LocalDate first = LocalDate.of(y, 3 * q - 2, 1);
                all.add(new PlanPeriods("Q" + q + "/" + y, first, first.plusMonths(3).minusDays(1)));
            }
        }
        return all;
    }
}
