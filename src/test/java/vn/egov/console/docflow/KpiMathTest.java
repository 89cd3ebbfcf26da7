package vn.egov.console.docflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import vn.egov.console.base.error.BusinessException;

class KpiMathTest {

    static final YearMonth NOW = YearMonth.of(2026, 11);

    static MonthlyFigures month(int total, int electronic, int signed, int paper) {
        return new MonthlyFigures(YearMonth.of(2019, 3), total, electronic, 2 * electronic, 0, 0, signed, paper, 10, 2);
    }

    @Test
    void sharesAreRatiosOfSumsNotAveragesOfRatios() {
        ExchangeTotals a = ExchangeTotals.of(month(100, 80, 40, 20));
        ExchangeTotals b = ExchangeTotals.of(month(10, 10, 10, 0));
        ExchangeTotals sum = a.plus(b);
        assertThat(sum.electronicShare()).isCloseTo(90.0 / 110, within(1e-9));
        assertThat(sum.signedShare()).isCloseTo(50.0 / 90, within(1e-9)); // not (0.5 + 1.0) / 2
        assertThat(sum.paperParallelShare()).isCloseTo(20.0 / 90, within(1e-9));
        assertThat(sum.centralSignedShare()).isCloseTo(4.0 / 20, within(1e-9));
        assertThat(sum.unitMonths()).isEqualTo(2);
    }

    @Test
    void nothingToDivideByIsNotANumberRatherThanZero() {
        assertThat(ExchangeTotals.EMPTY.signedShare()).isNaN();
        assertThat(ExchangeTotals.EMPTY.electronicShare()).isNaN();
        assertThat(ExchangeTotals.EMPTY.plus(ExchangeTotals.EMPTY)).isEqualTo(ExchangeTotals.EMPTY);
    }

    @Test
    void aConsistentMonthHasNoViolations() {
        assertThat(month(100, 80, 40, 20).violations(NOW)).isEmpty();
    }

    @Test
    void everyBrokenRuleIsNamedWithItsField() {
        var f = new MonthlyFigures(YearMonth.of(2019, 3), 100, 80, 50, 81, 51, 81, 81, 81, 1);
        assertThat(f.violations(NOW)).extracting(MonthlyFigures.Violation::messageKey).containsExactly(
                "error.docflow.axisAboveSent", "error.docflow.signedAboveSent", "error.docflow.paperAboveSent",
                "error.docflow.centralAboveSent", "error.docflow.axisAboveReceived");
        assertThat(new MonthlyFigures(YearMonth.of(2019, 3), 10, 11, 0, 0, 0, 0, 0, 0, 0).violations(NOW))
                .extracting(MonthlyFigures.Violation::field).containsExactly("sentElectronic");
        assertThat(new MonthlyFigures(YearMonth.of(2019, 3), 10, 10, 0, 0, 0, 0, 0, 1, 2).violations(NOW))
                .extracting(MonthlyFigures.Violation::messageKey).containsExactly("error.docflow.centralSignedAboveCentral");
    }

    @Test
    void negativesAndFutureMonthsAreRefused() {
        var negative = new MonthlyFigures(YearMonth.of(2019, 3), 10, -1, 0, 0, 0, 0, 0, 0, 0);
        assertThat(negative.violations(NOW)).extracting(MonthlyFigures.Violation::messageKey)
                .containsExactly("error.docflow.negative");
        var future = new MonthlyFigures(NOW.plusMonths(1), 1, 1, 0, 0, 0, 0, 0, 0, 0);
        assertThat(future.violations(NOW)).extracting(MonthlyFigures.Violation::messageKey)
                .containsExactly("error.docflow.futureMonth");
        assertThat(new MonthlyFigures(NOW, 1, 1, 0, 0, 0, 0, 0, 0, 0).violations(NOW)).as("the current month").isEmpty();
    }

    @Test
    void monthsFallIntoQuartersAndYears() {
        assertThat(Granularity.QUARTER.bucket(YearMonth.of(2019, 3))).isEqualTo("2019-Q1");
        assertThat(Granularity.QUARTER.bucket(YearMonth.of(2019, 10))).isEqualTo("2019-Q4");
        assertThat(Granularity.YEAR.bucket(YearMonth.of(2019, 10))).isEqualTo("2019");
        assertThat(Granularity.MONTH.bucket(YearMonth.of(2019, 1))).isEqualTo("2019-01");
    }

    @Test
    void periodsKnowTheirLengthAndPredecessor() {
        Period q = Period.quarter(2019, 1);
        assertThat(q.months()).isEqualTo(3);
        assertThat(q.previous()).isEqualTo(new Period(YearMonth.of(2018, 10), YearMonth.of(2018, 12)));
        assertThat(Period.year(2019).previous()).isEqualTo(Period.year(2018));
        assertThatThrownBy(() -> new Period(YearMonth.of(2019, 5), YearMonth.of(2019, 4)))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    void rankingPutsTheHigherSignedShareFirst() {
        var low = new UnitKpi(1, "A", "A", null, null, ExchangeTotals.of(month(100, 100, 10, 0)));
        var high = new UnitKpi(2, "B", "B", null, null, ExchangeTotals.of(month(100, 50, 40, 0)));
        var none = new UnitKpi(3, "C", "C", null, null, ExchangeTotals.EMPTY);
        assertThat(java.util.stream.Stream.of(none, low, high).sorted(DocflowService.RANKING).toList())
                .containsExactly(high, low, none);
    }
}
