package vn.egov.console.mailbox.internal;

import java.sql.Types;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inserts new mailbox rows, for the import and the demo seeder alike, as one typed JDBC batch: Connector/J sends a
 * batch of INSERTs as one bulk command, which MariaDB runs without parsing SQL per row (measured against multi-row
 * INSERT statements in docs/benchmarks.md).
 */
final class NewMailboxRows {

    /** Each row holds one value per column, in this order. */
    private static final String COLUMNS = "address, holder_kind, holder_name, holder_folded, position, unit_id, status, "
            + "quota_mb, used_mb, requested_on, activated_on, closed_on, last_login, created_at, updated_at";
    private static final String INSERT = "INSERT INTO mailbox (" + COLUMNS + ") VALUES "
            + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    // declared types: without them Spring asks the driver for parameter metadata to bind each null
    private static final int[] TYPES = {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.BIGINT, Types.VARCHAR, Types.INTEGER, Types.INTEGER, Types.DATE, Types.DATE, Types.DATE, Types.DATE,
            Types.TIMESTAMP, Types.TIMESTAMP};

    private NewMailboxRows() {
    }

    static void insert(JdbcTemplate jdbc, List<Object[]> rows) {
        if (!rows.isEmpty()) jdbc.batchUpdate(INSERT, rows, TYPES);
    }
}
