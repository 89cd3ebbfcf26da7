package vn.egov.console.architecture;

import java.util.List;
import vn.egov.console.base.tabular.RowError;

/**
 * The outcome of importing a decision's annex: how many tasks were created and updated, or — when any row was wrong —
 * every row's errors and nothing written.
 */
public record AnnexImportResult(int rows, int created, int updated, List<RowError> errors) {

    public boolean applied() {
        return errors.isEmpty();
    }
}
