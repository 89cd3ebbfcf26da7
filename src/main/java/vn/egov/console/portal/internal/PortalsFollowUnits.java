package vn.egov.console.portal.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.egov.console.organization.UnitDependents;
import vn.egov.console.organization.UnitMergedEvent;

/** A merged unit's portals go to its successor in the merge transaction; a unit with portals cannot be dissolved. */
@Component
class PortalsFollowUnits implements UnitDependents {

    private final PortalStore portals;

    PortalsFollowUnits(PortalStore portals) {
        this.portals = portals;
    }

    @EventListener
    void onMerge(UnitMergedEvent event) {
        portals.moveUnit(event.unitId(), event.successorId());
    }

    @Override
    public String whatKey() {
        return "portal.dependents";
    }

    @Override
    public long countActive(long unitId) {
        return portals.countForUnit(unitId);
    }
}
