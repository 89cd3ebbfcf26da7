package vn.egov.console.base.time;

import java.time.ZoneId;

/**
 * The province's time zone. Dates a user sees or a rule counts ("today", "90 days without login", a file's date)
 * are Vietnamese dates whatever zone the server runs in; a server in UTC is seven hours behind.
 */
public final class ProvinceTime {

    /** For annotations, which need a constant string (e.g. the zone of a {@code @Scheduled} cron). */
    public static final String ZONE_ID = "Asia/Ho_Chi_Minh";

    /** Vietnam has one time zone and no daylight saving time. */
    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    private ProvinceTime() {
    }
}
