package vn.egov.console.portal.monitoring;

import java.time.Duration;

/**
 * Bounds of one probe. {@code total} covers everything from connecting to the last byte, so a slow or endless
 * response is cut off; {@code maxBodyBytes} caps what is read of the page.
 */
public record ProbeLimits(Duration connect, Duration total, long maxBodyBytes) {

    public static final ProbeLimits DEFAULT = new ProbeLimits(Duration.ofSeconds(5), Duration.ofSeconds(15), 5L << 20);
}
