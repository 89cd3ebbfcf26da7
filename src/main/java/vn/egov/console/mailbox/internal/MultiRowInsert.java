package vn.egov.console.mailbox.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inserts many rows with one multi-row INSERT per few hundred rows, for the demo seeder's rows whose nulls are not
 * typed. The import, which writes far more rows, uses a typed JDBC batch instead: Connector/J sends a batch of INSERTs
 * as one bulk command, which MariaDB runs without parsing SQL per row (measured in docs/benchmarks.md).
 */
final class MultiRowInsert {

    private static final int ROWS_PER_STATEMENT = 500;

    private MultiRowInsert() {
    }

    /** @param head e.g. "INSERT INTO t (a, b)"; each row holds one value per column */
    static void insert(JdbcTemplate jdbc, String head, List<Object[]> rows) {
        if (rows.isEmpty()) return;
        int width = rows.getFirst().length;
        String tuple = "(" + String.join(", ", Collections.nCopies(width, "?")) + ")";
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Object[]> part = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            List<Object> args = new ArrayList<>(part.size() * width);
            for (Object[] row : part) Collections.addAll(args, row);
            jdbc.update(head + " VALUES " + String.join(", ", Collections.nCopies(part.size(), tuple)), args.toArray());
        }
    }
}
