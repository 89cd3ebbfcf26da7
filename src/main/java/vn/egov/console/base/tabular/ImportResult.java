package vn.egov.console.base.tabular;

import java.util.List;

/**
 * What an all-or-nothing import did: rows read and rows created and updated, or — when any row was wrong — every
 * row's errors and nothing stored. The figures imports of every feature answer with it, so their dialogs and API
 * callers read one shape.
 */
public record ImportResult(int rows, int created, int updated, List<RowError> errors) {

    public ImportResult {
        errors = List.copyOf(errors);
    }

    public static ImportResult rejected(int rows, List<RowError> errors) {
        return new ImportResult(rows, 0, 0, errors);
    }

    public boolean rejected() {
        return !errors.isEmpty();
    }
}
