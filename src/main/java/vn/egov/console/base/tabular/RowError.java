package vn.egov.console.base.tabular;

/** What is wrong with one row of an import: a translation key and its arguments, like every other message. */
public record RowError(int line, String column, String messageKey, Object... arguments) {
}
