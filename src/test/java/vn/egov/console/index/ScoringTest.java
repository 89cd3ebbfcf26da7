package vn.egov.console.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.egov.console.base.error.BusinessException;

/** Each rule type with points worked out by hand from the framework tables it models. */
class ScoringTest {

    static Node leaf(RuleType rule, double max, String steps) {
        return new Node(1, 0L, 0, "X.1", "x", "x", max, true, rule, steps, Source.EVIDENCE, null, null);
    }

    @Test
    void tieredStepsTakeTheHighestStepReached() {
        Node meetings = leaf(RuleType.TIERED, 20, "4:20;3:15;2:10;1:5");
        assertThat(Scoring.points(meetings, 6.0)).isEqualTo(20);
        assertThat(Scoring.points(meetings, 4.0)).isEqualTo(20);
        assertThat(Scoring.points(meetings, 3.0)).isEqualTo(15);
        assertThat(Scoring.points(meetings, 2.5)).isEqualTo(10);
        assertThat(Scoring.points(meetings, 1.0)).isEqualTo(5);
        assertThat(Scoring.points(meetings, 0.0)).isZero();
    }

    @Test
    void stepsInAnyOrderGiveTheSamePoints() {
        assertThat(Scoring.points(leaf(RuleType.TIERED, 20, "1:5;3:15;2:10;4:20"), 3.0)).isEqualTo(15);
    }

    @Test
    void ratioIsTheShareTimesTheMaximum() {
        Node signed = leaf(RuleType.RATIO, 30, null);
        // 18 of 100 documents signed: 0.18 × 30 = 5.4
        assertThat(Scoring.points(signed, 18 / 100.0)).isEqualTo(5.4);
        // 2/3 × 30 = 20
        assertThat(Scoring.points(signed, 2 / 3.0)).isEqualTo(20);
        assertThat(Scoring.points(signed, 1.7)).isEqualTo(30);
    }

    @Test
    void yesNoIsAllOrNothing() {
        Node plan = leaf(RuleType.YES_NO, 50, null);
        assertThat(Scoring.points(plan, 1.0)).isEqualTo(50);
        assertThat(Scoring.points(plan, 0.0)).isZero();
    }

    @Test
    void halfCreditForPartlyMet() {
        Node outreach = leaf(RuleType.HALF, 5, null);
        assertThat(Scoring.points(outreach, 1.0)).isEqualTo(5);
        assertThat(Scoring.points(outreach, 0.5)).isEqualTo(2.5);
        assertThat(Scoring.points(outreach, 0.0)).isZero();
    }

    @Test
    void manualPointsAreTakenAsEnteredButNeverAboveTheMaximum() {
        Node funding = leaf(RuleType.MANUAL, 5, null);
        assertThat(Scoring.points(funding, 3.75)).isEqualTo(3.75);
        assertThat(Scoring.points(funding, 9.0)).isEqualTo(5);
    }

    @Test
    void noDataScoresNothing() {
        assertThat(Scoring.points(leaf(RuleType.RATIO, 10, null), null)).isZero();
        assertThat(Scoring.points(leaf(RuleType.RATIO, 10, null), Double.NaN)).isZero();
    }

    @Test
    void inputOutsideTheRuleIsRefusedWithItsOwnMessage() {
        assertThatThrownBy(() -> Scoring.checkInput(leaf(RuleType.MANUAL, 5, null), 6))
                .isInstanceOf(BusinessException.class).hasMessage("error.index.pointsAboveMax");
        assertThatThrownBy(() -> Scoring.checkInput(leaf(RuleType.RATIO, 5, null), 1.2))
                .hasMessage("error.index.shareAboveOne");
        assertThatThrownBy(() -> Scoring.checkInput(leaf(RuleType.YES_NO, 5, null), 0.5))
                .hasMessage("error.index.yesNoValue");
        assertThatThrownBy(() -> Scoring.checkInput(leaf(RuleType.HALF, 5, null), 0.7))
                .hasMessage("error.index.halfValue");
        assertThatThrownBy(() -> Scoring.checkInput(leaf(RuleType.TIERED, 5, "1:5"), -1))
                .hasMessage("error.index.valueNegative");
        assertThatThrownBy(() -> Scoring.parseSteps("4=20")).hasMessage("error.index.badSteps");
    }

    @Test
    void aGroupSumsItsScoredChildrenCappedAtItsMaximum() {
        Node group = new Node(1, null, 0, "F", "F", "F", 100, true, null, null, null, null, null);
        Node a = new Node(2, 1L, 1, "F.1", "a", "a", 60, true, RuleType.RATIO, null, Source.METRIC,
                IndexMetric.DOC_SIGNED_SHARE, null);
        Node b = new Node(3, 1L, 2, "F.2", "b", "b", 60, true, RuleType.RATIO, null, Source.METRIC,
                IndexMetric.DOC_ELECTRONIC_SHARE, null);
        Node unscored = new Node(4, 1L, 3, "F.3", "c", "c", 10, false, RuleType.YES_NO, null, Source.EVIDENCE,
                null, null);
        Framework f = new Framework(1, "T", "T", "T", null, null, 2022, null, java.util.Set.of(Category.DISTRICT),
                java.util.List.of(group, a, b, unscored));
        var rolled = Computation.rollUp(f, java.util.Map.of(2L, 45.0, 3L, 30.0, 4L, 10.0));
        // 45 + 30 = 75 (the unscored 10 does not count)
        assertThat(rolled.get(1L)).isEqualTo(75);
        assertThat(Computation.total(f, rolled)).isEqualTo(75);
        var capped = Computation.rollUp(f, java.util.Map.of(2L, 60.0, 3L, 60.0));
        assertThat(capped.get(1L)).isEqualTo(100);
    }
}
