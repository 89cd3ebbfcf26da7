package vn.egov.console.audit;

/** One field of a record before and after a change, as text (null = no value). */
public record FieldChange(String field, String before, String after) {
}
