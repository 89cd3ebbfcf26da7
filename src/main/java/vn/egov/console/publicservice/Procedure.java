package vn.egov.console.publicservice;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import vn.egov.console.organization.Tier;

/**
 * An administrative procedure (thủ tục hành chính) of the catalogue. {@code levels} holds the pre-2022 service level
 * (2, 3 or 4) for the years it applied; since Decree 42/2022 {@code onlineMode} (from {@code modeSince}) says it.
 */
public record Procedure(long id, String code, String name, String field, Tier tier, Long unitId, String unitName,
                        OnlineMode onlineMode, LocalDate modeSince, int statutoryDays, boolean onlinePayment,
                        LocalDate availableFrom, Map<Integer, Integer> levels, long version) {

    /** Whether applications could be filed online in that year: level 3/4 then, or the online mode since its date. */
    public boolean onlineIn(int year) {
        Integer level = levels.get(year);
        if (level != null) return level >= 3;
        return onlineMode.online() && (modeSince == null || modeSince.getYear() <= year);
    }

    public boolean existedIn(YearMonth month) {
        return !month.isBefore(YearMonth.from(availableFrom));
    }
}
