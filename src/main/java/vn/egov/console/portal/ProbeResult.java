package vn.egov.console.portal;

import java.time.Instant;

/**
 * What one probe found. {@code failure} is null when the portal answered correctly; {@code detail} is the technical
 * reason (exception message, certificate subject) for operators, cut to 500 characters when stored.
 */
public record ProbeResult(CheckOutcome outcome, Integer statusCode, Long responseMs, Instant tlsExpiresAt,
                          ProbeFailure failure, String detail, String contentHash, Long bytesRead) {

    public static ProbeResult up(int status, long ms, Instant tlsExpiresAt, String hash, long bytes) {
        return new ProbeResult(CheckOutcome.UP, status, ms, tlsExpiresAt, null, null, hash, bytes);
    }

    public static ProbeResult down(ProbeFailure failure, String detail, Integer status, Long ms, Instant tlsExpiresAt) {
        return new ProbeResult(CheckOutcome.DOWN, status, ms, tlsExpiresAt, failure, detail, null, null);
    }
}
