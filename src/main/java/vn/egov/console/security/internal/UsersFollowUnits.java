package vn.egov.console.security.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.egov.console.organization.UnitDependents;
import vn.egov.console.organization.UnitMergedEvent;

/** Users move with their unit when it is merged, and keep a unit from being dissolved while they are active there. */
@Component
class UsersFollowUnits implements UnitDependents {

    private final AppUserRepository users;

    UsersFollowUnits(AppUserRepository users) {
        this.users = users;
    }

    @EventListener
    void onMerged(UnitMergedEvent event) {
        users.moveToUnit(event.unitId(), event.successorId());
    }

    @Override
    public String whatKey() {
        return "dependents.activeUsers";
    }

    @Override
    public long countActive(long unitId) {
        return users.findByUnitId(unitId).stream().filter(AppUser::isEnabled).count();
    }
}
