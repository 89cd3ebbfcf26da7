package vn.egov.console.audit;

import java.time.LocalDate;

/**
 * What the audit grid and its export show; null or blank fields do not filter.
 *
 * @param record an id ("42") or part of the record's label ("snv@")
 * @param text   text anywhere in the label, the changed values or the note
 */
public record AuditFilter(String feature, String actor, LocalDate from, LocalDate to, String record, String text) {

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
