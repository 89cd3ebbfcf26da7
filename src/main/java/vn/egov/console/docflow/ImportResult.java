package vn.egov.console.docflow;

import java.util.List;
import vn.egov.console.base.tabular.RowError;

/** Outcome of an import: either stored (created + updated) or rejected as a whole with its row errors. */
public record ImportResult(int rows, int created, int updated, List<RowError> errors) {

    public boolean rejected() {
        return !errors.isEmpty();
    }
}
