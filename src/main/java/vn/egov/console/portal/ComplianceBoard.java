package vn.egov.console.portal;

import java.util.List;

/**
 * The compliance board within the caller's scope: one line per unit with portals, the totals over those lines, and
 * coverage (departments and district committees that have at least one portal).
 */
public record ComplianceBoard(List<UnitCompliance> units, UnitCompliance total, long unitsExpected,
                              long unitsCovered) {

    public Double coverage() {
        return unitsExpected == 0 ? null : (double) unitsCovered / unitsExpected;
    }
}
