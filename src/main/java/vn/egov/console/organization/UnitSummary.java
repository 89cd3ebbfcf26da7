package vn.egov.console.organization;

import java.time.LocalDate;

/** A unit as the rest of the console sees it. */
public record UnitSummary(long id, String code, String name, Tier tier, UnitKind kind, Long parentId,
                          int headcount, boolean hasItOfficer, UnitStatus status, Long successorId,
                          LocalDate endedOn, long version) {

    public boolean isActive() {
        return status == UnitStatus.ACTIVE;
    }
}
