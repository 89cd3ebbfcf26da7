package vn.egov.console.organization;

/**
 * Published inside the merge transaction. Every feature that keeps records per unit listens and moves them to the
 * successor, so a merge is all-or-nothing across the console.
 */
public record UnitMergedEvent(long unitId, long successorId) {
}
