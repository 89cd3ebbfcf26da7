package vn.egov.console.portal;

/**
 * How a portal is probed.
 *
 * @param expectedKeyword  text the home page must contain (defacement check); null = not checked
 * @param forbiddenText    text that must never appear (e.g. "hacked by"); null = not checked
 * @param failureThreshold consecutive failed checks that open an incident
 */
public record MonitorSettings(boolean enabled, int intervalMinutes, String expectedKeyword, String forbiddenText,
                              int failureThreshold) {

    public static final int DEFAULT_INTERVAL = 5;
    public static final int MIN_INTERVAL = 1;
    public static final int MAX_INTERVAL = 1440;
    public static final int DEFAULT_THRESHOLD = 3;
    public static final int MAX_THRESHOLD = 20;

    public static MonitorSettings paused() {
        return new MonitorSettings(false, DEFAULT_INTERVAL, null, null, DEFAULT_THRESHOLD);
    }
}
