package vn.egov.console.publicservice.internal;

import java.time.YearMonth;
import java.util.Collection;
import vn.egov.console.organization.Tier;

/**
 * What to count, already narrowed to the caller's scope by the service: {@code unitIds} null means every unit of the
 * province; {@code handledTiers} says which tiers' district/commune procedures those units handle.
 */
public record FiguresQuery(Collection<Long> unitIds, Collection<Tier> handledTiers, String field, Long procedureId,
                           YearMonth from, YearMonth to) {

    public FiguresQuery withPeriod(YearMonth f, YearMonth t) {
        return new FiguresQuery(unitIds, handledTiers, field, procedureId, f, t);
    }
}
