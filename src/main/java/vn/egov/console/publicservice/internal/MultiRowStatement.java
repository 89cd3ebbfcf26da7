package vn.egov.console.publicservice.internal;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code INSERT … VALUES (…), (…), … ON DUPLICATE KEY UPDATE …} in chunks of {@link #CHUNK} rows. Connector/J sends a
 * JDBC batch of such statements one row at a time (its bulk protocol takes only plain inserts on MariaDB 11.4), which
 * costs a round trip and a parse per row; one statement per chunk costs one of each.
 */
final class MultiRowStatement {

    static final int CHUNK = 500;

    private MultiRowStatement() {
    }

    /**
     * @param head  up to and including {@code VALUES }
     * @param rows  one value per column, all rows of the same width (Long, Integer, String, Date or Timestamp)
     * @param tail  from {@code ON DUPLICATE KEY UPDATE} on
     */
    static void execute(JdbcTemplate jdbc, String head, List<Object[]> rows, String tail) {
        if (rows.isEmpty()) return;
        int width = rows.getFirst().length;
        String tuple = "(" + "?, ".repeat(width - 1) + "?)";
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            String sql = head + String.join(", ", Collections.nCopies(chunk.size(), tuple)) + " " + tail;
            jdbc.update(sql, (PreparedStatement ps) -> bind(ps, chunk));
        }
    }

    private static void bind(PreparedStatement ps, List<Object[]> chunk) throws SQLException {
        int i = 1;
        for (Object[] row : chunk) {
            for (Object value : row) {
                switch (value) {
                    case Long l -> ps.setLong(i++, l);
                    case Integer n -> ps.setInt(i++, n);
                    case String s -> ps.setString(i++, s);
                    case Date d -> ps.setDate(i++, d);
                    case Timestamp t -> ps.setTimestamp(i++, t);
                    default -> throw new IllegalArgumentException("unsupported value " + value);
                }
            }
        }
    }
}
