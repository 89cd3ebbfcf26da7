package vn.egov.console.publicservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.egov.console.base.error.BusinessException;

/** Every formula of the scorecard and the take-up figures, including "no data" and division by zero. */
class ScorecardFormulaTest {

    static Indicator indicator(Metric num, Metric den, boolean complement, double max, ScoringRule rule, Double target,
                               String steps) {
        return new Indicator(1, "x", "x", "x", num, den, complement, max, rule, target, steps);
    }

    static final Totals TOTALS = new Totals(200, 50, 180, 171, 12, 150, 90, 20, 30);

    @Test
    void ratesAreRatiosOfSumsAndNoDataWhenNothingToDivideBy() {
        assertThat(TOTALS.onlineShare()).isEqualTo(0.25);
        assertThat(TOTALS.onTimeRate()).isEqualTo(0.95);
        assertThat(TOTALS.digitisationRate()).isEqualTo(0.75);
        assertThat(TOTALS.eResultRate()).isEqualTo(0.5);
        assertThat(TOTALS.onlinePaymentRate()).isEqualTo(0.1);
        assertThat(Totals.EMPTY.onlineShare()).isNull();
        assertThat(Totals.EMPTY.onTimeRate()).isNull();
        assertThat(Totals.EMPTY.digitisationRate()).isNull();
        assertThat(Totals.EMPTY.eResultRate()).isNull();
        assertThat(Totals.EMPTY.onlinePaymentRate()).isNull();
        Totals none = new Totals(0, 0, 0, 0, 0, 0, 0, 0, 4);
        assertThat(none.onlineShare()).as("a month without applications is not a 0% month").isNull();
    }

    @Test
    void targetRuleGivesFullPointsAtOrAboveTheTargetAndNothingBelow() {
        var i = indicator(Metric.RECEIVED_ONLINE, Metric.RECEIVED, false, 6, ScoringRule.TARGET, 0.25, null);
        assertThat(i.score(MetricValues.of(TOTALS)).points()).isEqualTo(6);
        var higher = indicator(Metric.RECEIVED_ONLINE, Metric.RECEIVED, false, 6, ScoringRule.TARGET, 0.26, null);
        assertThat(higher.score(MetricValues.of(TOTALS)).points()).isZero();
    }

    @Test
    void proportionalRuleScalesBelowTheTargetAndCapsAboveIt() {
        var i = indicator(Metric.RECEIVED_ONLINE, Metric.RECEIVED, false, 10, ScoringRule.PROPORTIONAL, 0.5, null);
        assertThat(i.score(MetricValues.of(TOTALS)).points()).isEqualTo(5.0); // 25% of a 50% target
        var easy = indicator(Metric.RESOLVED_ON_TIME, Metric.RESOLVED, false, 8, ScoringRule.PROPORTIONAL, 0.9, null);
        assertThat(easy.score(MetricValues.of(TOTALS)).points()).isEqualTo(8.0);
    }

    @Test
    void tieredRuleTakesTheHighestStepReached() {
        String steps = "0.8:0.25, 0.98:1, 0.95:0.75, 0.9:0.5";
        // on time = 100% − late ÷ to handle; to handle = resolved 180 + open late (12 − 9) = 183
        var onTime = indicator(Metric.LATE, Metric.TO_HANDLE, true, 12, ScoringRule.TIERED, null, steps);
        IndicatorScore s = onTime.score(MetricValues.of(TOTALS));
        assertThat(s.ratio()).isCloseTo(1 - 12.0 / 183, within(1e-9));
        assertThat(s.points()).as("0.934 reaches the 0.9 step, not the 0.95 one").isEqualTo(6.0);
    }

    @Test
    void anIndicatorWhoseInputsTheConsoleDoesNotHoldHasNoDataNotZero() {
        var satisfaction = indicator(Metric.SATISFIED, Metric.SURVEYED, false, 18, ScoringRule.PROPORTIONAL, 0.95, null);
        IndicatorScore s = satisfaction.score(MetricValues.of(TOTALS));
        assertThat(s.hasData()).isFalse();
        assertThat(s.points()).isNull();
        assertThat(s.ratio()).isNull();
    }

    @Test
    void divisionByZeroIsNoData() {
        var complaints = indicator(Metric.COMPLAINTS_ON_TIME, Metric.COMPLAINTS, false, 8, ScoringRule.PROPORTIONAL, 1.0,
                null);
        MetricValues v = MetricValues.of(TOTALS).put(Metric.COMPLAINTS, 0).put(Metric.COMPLAINTS_ON_TIME, 0);
        assertThat(complaints.score(v).hasData()).isFalse();
        v.put(Metric.COMPLAINTS, 10).put(Metric.COMPLAINTS_ON_TIME, 9);
        assertThat(complaints.score(v).points()).isCloseTo(7.2, within(1e-9));
        assertThat(indicator(Metric.RECEIVED_ONLINE, Metric.RECEIVED, false, 10, ScoringRule.PROPORTIONAL, 0.5, null)
                .score(MetricValues.of(Totals.EMPTY)).hasData()).isFalse();
    }

    @Test
    void theScorecardAddsPointsOfIndicatorsWithDataAndSaysWhatTheyCouldGive() {
        var withData = indicator(Metric.RECEIVED_ONLINE, Metric.RECEIVED, false, 10, ScoringRule.PROPORTIONAL, 0.5, null);
        var without = indicator(Metric.SATISFIED, Metric.SURVEYED, false, 12, ScoringRule.PROPORTIONAL, 1.0, null);
        var group = new IndicatorGroup(1, 2026, "G4", "g", "g", 22, List.of(withData, without));
        Scorecard card = Scorecard.evaluate(2026, List.of(group), MetricValues.of(TOTALS));
        assertThat(card.points()).isEqualTo(5.0);
        assertThat(card.maxPoints()).isEqualTo(22.0);
        assertThat(card.maxWithData()).isEqualTo(10.0);
        assertThat(card.normalised()).isEqualTo(0.5);
        assertThat(Scorecard.evaluate(2026, List.of(group), MetricValues.of(Totals.EMPTY)).normalised()).isNull();
    }

    @Test
    void malformedStepsAreRefusedWithTheWrongStep() {
        assertThatThrownBy(() -> ScoringRule.parseSteps("0.9:1, 1.5:0.5")).isInstanceOf(BusinessException.class)
                .hasMessage("error.ps.stepsFormat");
        assertThatThrownBy(() -> ScoringRule.parseSteps(" ")).isInstanceOf(BusinessException.class);
    }

    @Test
    void figuresThatCannotBeTrueAreRefusedFieldByField() {
        assertThat(new Figures(10, 11, 5, 4, 1, 0, 0, 0).violations()).extracting(Figures.Violation::field)
                .containsExactly("receivedOnline");
        assertThat(new Figures(10, 5, 5, 6, 0, 0, 0, 0).violations()).extracting(Figures.Violation::field)
                .contains("resolvedOnTime");
        assertThat(new Figures(10, 5, 8, 5, 2, 0, 0, 0).violations()).extracting(Figures.Violation::messageKey)
                .containsExactly("error.ps.lateTooFew");
        assertThat(new Figures(-1, 0, 0, 0, 0, 0, 0, 0).violations()).extracting(Figures.Violation::messageKey)
                .containsExactly("error.ps.negative");
        assertThat(new Figures(10, 5, 8, 6, 3, 10, 8, 5).violations()).isEmpty();
    }
}
