package vn.egov.console.publicservice;

/**
 * A quantity an indicator's formula may use. The console holds the application figures, complaints (when units
 * report them) and the catalogue; what it does not hold (publication on the national portal, satisfaction surveys)
 * has no value, so an indicator built on it shows "no data" instead of 0.
 */
public enum Metric {
    RECEIVED, RECEIVED_ONLINE, RESOLVED, RESOLVED_ON_TIME, LATE, DIGITISED, E_RESULTS, PAID_ONLINE,
    /** Applications to handle: resolved in the period plus those still open past their deadline. */
    TO_HANDLE,
    COMPLAINTS, COMPLAINTS_ON_TIME,
    /** Procedures offered online (full or partial) in the scope and period. */
    PROCEDURES_ONLINE,
    /** Of those, procedures with at least one online application in the period. */
    PROCEDURES_ONLINE_USED,
    /** Not held by the console: procedures published on the National Public Service Portal. */
    PROCEDURES_PUBLISHED,
    /** Not held by the console: procedures in the catalogue of the National Public Service Portal. */
    PROCEDURES_NATIONAL,
    /** Not held by the console: satisfied answers and all answers of the satisfaction survey. */
    SATISFIED, SURVEYED;

    public String translationKey() {
        return "ps.metric." + name();
    }
}
