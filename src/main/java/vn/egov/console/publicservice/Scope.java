package vn.egov.console.publicservice;

import vn.egov.console.organization.Tier;

/**
 * Which figures to count, always within the caller's unit scope: all, one tier of handling units, one unit (only its
 * own applications), one field, one procedure, or a combination. Nulls mean "any".
 */
public record Scope(Tier tier, Long unitId, String field, Long procedureId) {

    public static final Scope ALL = new Scope(null, null, null, null);

    public static Scope unit(long unitId) {
        return new Scope(null, unitId, null, null);
    }

    public Scope withField(String f) {
        return new Scope(tier, unitId, f, procedureId);
    }

    public Scope withProcedure(Long p) {
        return new Scope(tier, unitId, field, p);
    }
}
