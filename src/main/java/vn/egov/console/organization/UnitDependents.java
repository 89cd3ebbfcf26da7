package vn.egov.console.organization;

/**
 * Implemented by features that keep live records per unit. A unit cannot be dissolved while any of them still
 * reports something there; the message names what is left so the administrator knows what to move first.
 */
public interface UnitDependents {

    /** Translation key of what is counted, e.g. "users.active". */
    String whatKey();

    long countActive(long unitId);
}
