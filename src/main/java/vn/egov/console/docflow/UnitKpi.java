package vn.egov.console.docflow;

import vn.egov.console.organization.Tier;
import vn.egov.console.organization.UnitKind;

/** A unit's totals over a period, for the ranking and the report's per-unit table. */
public record UnitKpi(long unitId, String unitCode, String unitName, Tier tier, UnitKind kind, ExchangeTotals totals) {
}
