package vn.egov.console.mailbox;

import java.util.List;
import vn.egov.console.base.tabular.RowError;

/**
 * The outcome of an import. When {@code errors} is not empty nothing was stored; {@code errorCount} may exceed the
 * errors listed (the report keeps the first {@link MailboxImportService#MAX_REPORTED_ERRORS}).
 */
public record ImportResult(int rows, int created, int updated, int unchanged, long errorCount,
                           List<RowError> errors) {

    public boolean succeeded() {
        return errorCount == 0;
    }
}
