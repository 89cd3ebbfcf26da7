package vn.egov.console.publicservice;

import java.util.List;
import vn.egov.console.base.tabular.RowError;

/** What an import did: rows read, rows created and updated, or (and then nothing stored) the errors per row. */
public record ImportResult(int rows, int created, int updated, List<RowError> errors) {

    public boolean ok() {
        return errors.isEmpty();
    }
}
