package vn.egov.console.portal;

/**
 * Share of checks that found the portal available, over the last 24 hours, 7 days and 30 days. A null ratio means no
 * check in that window, which the UI shows as "never checked" rather than as 0 % or 100 %.
 */
public record Uptime(Window day, Window week, Window month) {

    public record Window(long checks, long available) {

        public Double ratio() {
            return checks == 0 ? null : (double) available / checks;
        }
    }
}
