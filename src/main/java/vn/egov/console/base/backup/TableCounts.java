package vn.egov.console.base.backup;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Row count and checksum of every table: what a restore is compared with, table by table. The checksum is MariaDB's
 * {@code CHECKSUM TABLE}, except for tables with generated (PERSISTENT) columns: there {@code CHECKSUM TABLE} differs
 * between a table and its faithful copy (it reads the row's stored image), so the checksum is computed from the
 * values of the ordinary columns instead (CRC32 of each row, combined with XOR, NULLs marked).
 */
public final class TableCounts {

    public record Table(long rows, long checksum) {
    }

    private TableCounts() {
    }

    public static Map<String, Table> of(DatabaseTarget target) throws SQLException {
        Map<String, Table> result = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(target.jdbcUrl(), target.username(), target.password())) {
            for (String table : MariaDbBackup.tables(target)) {
                String quoted = "`" + table.replace("`", "``") + "`";
                long rows;
                long checksum;
                try (var st = c.createStatement()) {
                    try (var rs = st.executeQuery("SELECT COUNT(*) FROM " + quoted)) {
                        rs.next();
                        rows = rs.getLong(1);
                    }
                    List<String> generated = generatedColumns(c, target.database(), table);
                    String sql = generated.isEmpty() ? "CHECKSUM TABLE " + quoted + " EXTENDED"
                            : valueChecksum(c, target.database(), table, quoted);
                    try (var rs = st.executeQuery(sql)) {
                        rs.next();
                        checksum = rs.getLong(generated.isEmpty() ? 2 : 1);
                    }
                }
                result.put(table, new Table(rows, checksum));
            }
        }
        return result;
    }

    private static List<String> generatedColumns(Connection c, String schema, String table) throws SQLException {
        return columns(c, schema, table, true);
    }

    private static String valueChecksum(Connection c, String schema, String table, String quoted) throws SQLException {
        List<String> values = new ArrayList<>();
        for (String column : columns(c, schema, table, false)) {
            values.add("IFNULL(CAST(`" + column.replace("`", "``") + "` AS CHAR), '\\N')");
        }
        return "SELECT COALESCE(BIT_XOR(CRC32(CONCAT_WS('|', " + String.join(", ", values) + "))), 0) FROM " + quoted;
    }

    private static List<String> columns(Connection c, String schema, String table, boolean generated)
            throws SQLException {
        try (var st = c.prepareStatement("SELECT column_name FROM information_schema.columns WHERE table_schema = ? "
                + "AND table_name = ? AND (is_generated = 'ALWAYS') = ? ORDER BY ordinal_position")) {
            st.setString(1, schema);
            st.setString(2, table);
            st.setBoolean(3, generated);
            List<String> names = new ArrayList<>();
            try (var rs = st.executeQuery()) {
                while (rs.next()) names.add(rs.getString(1));
            }
            return names;
        }
    }
}
