package vn.egov.console.organization;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.base.web.RequestMemo;
import vn.egov.console.organization.internal.UnitRepository;
import vn.egov.console.security.Actor;
import vn.egov.console.security.CurrentUser;
import vn.egov.console.security.Role;

/**
 * The unit-scope check every service runs on every id it is given. ADMIN and LEADER see the province; unit roles see
 * their unit and its children; only ADMIN and unit roles may change anything, and unit roles only in their scope.
 */
@Component
public class UnitAccess {

    private final CurrentUser currentUser;
    private final UnitRepository units;

    UnitAccess(CurrentUser currentUser, UnitRepository units) {
        this.currentUser = currentUser;
        this.units = units;
    }

    @Transactional(readOnly = true)
    public UnitScope scope() {
        Actor actor = currentUser.require();
        if (actor.seesWholeProvince()) return UnitScope.WHOLE_PROVINCE;
        if (actor.unitId() == null) return new UnitScope(false, java.util.Set.of());
        long root = actor.unitId();
        return RequestMemo.get("unit-subtree:" + root,
                () -> new UnitScope(false, java.util.Set.copyOf(units.subtreeIds(root))));
    }

    public void checkReadable(long unitId) {
        if (!scope().contains(unitId)) {
            throw new AccessDeniedException("Unit " + unitId + " is outside the caller's scope");
        }
    }

    /** The unit and the units above it (ids only, no scope check): whose heads oversee a unit's requests. */
    @Transactional(readOnly = true)
    public java.util.List<Long> chainUp(long unitId) {
        return units.chainUpIds(unitId);
    }

    /** For records a unit keeps itself (requests, progress): ADMIN anywhere, unit roles within their scope. */
    public void checkWritable(long unitId) {
        Actor actor = currentUser.require();
        if (actor.role() == Role.LEADER) throw new AccessDeniedException("Leadership accounts are read-only");
        if (actor.isAdmin()) return;
        checkReadable(unitId);
    }
}
