package vn.egov.console.organization;

import java.util.Set;

/** The units a caller may see: the whole province, or a unit and everything below it. */
public record UnitScope(boolean wholeProvince, Set<Long> unitIds) {

    public static final UnitScope WHOLE_PROVINCE = new UnitScope(true, Set.of());

    public boolean contains(long unitId) {
        return wholeProvince || unitIds.contains(unitId);
    }
}
