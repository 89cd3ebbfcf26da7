package vn.egov.console.portal;

import java.time.Instant;

/** One stored probe. */
public record PortalCheck(long id, long portalId, Instant checkedAt, CheckOutcome outcome, Integer statusCode,
                          Long responseMs, Instant tlsExpiresAt, ProbeFailure failure, String detail,
                          boolean contentChanged, Long bytesRead) {
}
