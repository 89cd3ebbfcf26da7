package vn.egov.console.organization;

import java.time.Instant;

/** One line of a unit's history: created, renamed, edited, merged, dissolved, received a merged unit. */
public record UnitHistoryRow(Instant at, String event, String detail, String actor) {
}
