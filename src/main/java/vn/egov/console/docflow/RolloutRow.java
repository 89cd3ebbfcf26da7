package vn.egov.console.docflow;

import vn.egov.console.organization.Tier;
import vn.egov.console.organization.UnitKind;

/**
 * One line of the rollout board: a unit and its rollout (an empty draft when nothing was recorded yet).
 *
 * @param version null when the unit has no rollout row yet
 */
public record RolloutRow(long unitId, String unitCode, String unitName, Tier tier, UnitKind kind,
                         RolloutDraft rollout, Long version) {

    /** The furthest stage reached: the highest stage that has a date. */
    public Stage stage() {
        Stage reached = Stage.NOT_STARTED;
        for (Stage s : Stage.reachable()) if (rollout.reachedOn(s) != null) reached = s;
        return reached;
    }

    public boolean hasReached(Stage stage) {
        return stage == Stage.NOT_STARTED || rollout.reachedOn(stage) != null;
    }
}
