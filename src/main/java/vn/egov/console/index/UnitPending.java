package vn.egov.console.index;

import java.time.Instant;

/** A unit whose handed-in self-assessment waits for someone (the DIC, or the unit head). */
public record UnitPending(long assessmentId, int year, long unitId, String unitName, long indicators,
                          String submittedBy, Instant since) {
}
