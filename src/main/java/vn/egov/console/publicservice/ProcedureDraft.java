package vn.egov.console.publicservice;

import java.time.LocalDate;
import java.util.Map;
import vn.egov.console.organization.Tier;

/** A catalogue row as imported: the responsible unit by its code (province tier only). */
public record ProcedureDraft(String code, String name, String field, Tier tier, String unitCode, OnlineMode onlineMode,
                             LocalDate modeSince, int statutoryDays, boolean onlinePayment, LocalDate availableFrom,
                             Map<Integer, Integer> levels) {
}
