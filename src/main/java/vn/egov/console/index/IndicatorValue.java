package vn.egov.console.index;

import vn.egov.console.base.evidence.EvidenceInfo;

/** One unit's value on one leaf indicator, as the form, the review and the drill-down show it. */
public record IndicatorValue(long id, long assessmentId, long unitId, String unitName, Node node, Category category,
                             Double computedValue, Double selfValue, EvidenceInfo evidence, double points,
                             ValueStatus status, String reason, String updatedBy, long version) {
}
