package vn.egov.console.portal;

import java.time.Instant;

/** A line of the public status page: only what a citizen may see (no security files, no internal notes). */
public record StatusEntry(String portalName, String unitName, String url, State state, Instant lastCheckAt,
                          Double uptime24h, Double uptime30d) {

    public enum State {
        UP, DOWN, DEGRADED, PAUSED, NEVER_CHECKED;

        public String translationKey() {
            return "portal.state." + name();
        }
    }
}
