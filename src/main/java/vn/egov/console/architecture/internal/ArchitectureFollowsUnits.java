package vn.egov.console.architecture.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.egov.console.organization.UnitDependents;
import vn.egov.console.organization.UnitMergedEvent;

/**
 * A merged unit's roadmap tasks (led and coordinated) go to its successor in the merge transaction; a unit still
 * leading open tasks cannot be dissolved.
 */
@Component
class ArchitectureFollowsUnits implements UnitDependents {

    private final RoadmapStore store;

    ArchitectureFollowsUnits(RoadmapStore store) {
        this.store = store;
    }

    @EventListener
    void onMerge(UnitMergedEvent event) {
        store.moveUnit(event.unitId(), event.successorId());
    }

    @Override
    public String whatKey() {
        return "architecture.dependents";
    }

    @Override
    public long countActive(long unitId) {
        return store.countOpenLedBy(unitId);
    }
}
