package vn.egov.console.mailbox.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import vn.egov.console.mailbox.HolderKind;
import vn.egov.console.mailbox.MailboxAddresses;
import vn.egov.console.mailbox.MailboxFilter;
import vn.egov.console.mailbox.MailboxKey;
import vn.egov.console.mailbox.MailboxRow;
import vn.egov.console.mailbox.MailboxSort;
import vn.egov.console.mailbox.MailboxStatus;
import vn.egov.console.organization.Tier;
import vn.egov.console.organization.UnitScope;

/**
 * The grid's SQL. Filters and sort orders all run on indexes; pages never count the table. A page continues from
 * a row already seen (keyset) when the grid scrolls, and reads only ids from an index before joining the full rows
 * of the page (a deferred join), so rows it skips are never read.
 */
@Component
public class MailboxQueries {

    static final String COLUMNS = "m.id, m.address, m.holder_kind, m.holder_name, m.position, m.unit_id, u.code, "
            + "u.name, u.tier, m.status, m.quota_mb, m.used_mb, m.requested_on, m.activated_on, m.closed_on, "
            + "m.last_login, m.version, m.holder_folded";
    private final JdbcTemplate jdbc;

    MailboxQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A page starting after {@code after} (keyset), skipping {@code skip} more rows. */
    public List<MailboxRow> pageAfter(UnitScope scope, MailboxFilter filter, LocalDate inactiveBefore,
                                      MailboxSort sort, boolean descending, MailboxKey after, int skip, int limit) {
        Where where = where(scope, filter, inactiveBefore);
        keysetAfter(where, sort, descending, after);
        return page(where, filter, sort, descending, skip, limit);
    }

    /** A page at an offset from the first row: the first page, or a jump with no page seen near it. */
    public List<MailboxRow> pageAt(UnitScope scope, MailboxFilter filter, LocalDate inactiveBefore, MailboxSort sort,
                                   boolean descending, int offset, int limit) {
        return page(where(scope, filter, inactiveBefore), filter, sort, descending, offset, limit);
    }

    /** Ids from the index first (skipped rows are never read), then only the rows of the page. */
    private List<MailboxRow> page(Where where, MailboxFilter filter, MailboxSort sort, boolean descending, int skip,
                                  int limit) {
        String join = filter.tier() == null ? "" : " JOIN unit u ON u.id = m.unit_id";
        String inner = "SELECT m.id FROM mailbox m" + join + where.sql() + orderBy(sort, descending, "m")
                + " LIMIT ? OFFSET ?";
        where.params.add(limit);
        where.params.add(skip);
        String sql = "SELECT " + COLUMNS + " FROM (" + inner + ") k JOIN mailbox m ON m.id = k.id "
                + "JOIN unit u ON u.id = m.unit_id" + orderBy(sort, descending, "m");
        return jdbc.query(sql, ROW, where.params.toArray());
    }

    /**
     * Rows after the key in the sort's order, written as comparisons the optimiser turns into one index range.
     * MariaDB sorts a missing last login first going up and last going down.
     */
    private static void keysetAfter(Where where, MailboxSort sort, boolean descending, MailboxKey key) {
        String gt = descending ? " < ?" : " > ?";
        String col = sort.column();
        switch (sort) {
            case STATUS -> where.and("(m.status" + gt + " OR (m.status = ? AND (m.address" + gt
                    + " OR (m.address = ? AND m.id" + gt + "))))", key.sortValue(), key.sortValue(), key.address(),
                    key.address(), key.id());
            case LAST_LOGIN -> {
                if (key.sortValue() == null) {
                    where.and(descending ? "(m.last_login IS NULL AND m.id < ?)"
                            : "((m.last_login IS NULL AND m.id > ?) OR m.last_login IS NOT NULL)", key.id());
                } else {
                    Date value = Date.valueOf(LocalDate.parse(key.sortValue()));
                    where.and("(m.last_login" + gt + " OR (m.last_login = ? AND m.id" + gt + ")"
                            + (descending ? " OR m.last_login IS NULL)" : ")"), value, value, key.id());
                }
            }
            default -> where.and("(" + col + gt + " OR (" + col + " = ? AND m.id" + gt + "))", key.sortValue(),
                    key.sortValue(), key.id());
        }
    }

    public MailboxRow row(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM mailbox m JOIN unit u ON u.id = m.unit_id WHERE m.id = ?",
                ROW, id).stream().findFirst().orElse(null);
    }

    /** Per unit, status and holder kind: how many mailboxes, and how many active ones nobody uses. */
    public List<CoverageCount> coverage(UnitScope scope, LocalDate inactiveBefore) {
        Where where = new Where();
        scope(where, scope);
        String sql = "SELECT m.unit_id, m.status, m.holder_kind, COUNT(*), "
                + "SUM(m.status = 'ACTIVE' AND (m.last_login IS NULL OR m.last_login < ?)) FROM mailbox m"
                + where.sql() + " GROUP BY m.unit_id, m.status, m.holder_kind";
        where.params.addFirst(Date.valueOf(inactiveBefore));
        return jdbc.query(sql, (rs, i) -> new CoverageCount(rs.getLong(1), MailboxStatus.valueOf(rs.getString(2)),
                HolderKind.valueOf(rs.getString(3)), rs.getLong(4), rs.getLong(5)), where.params.toArray());
    }

    public record CoverageCount(long unitId, MailboxStatus status, HolderKind kind, long count, long inactive) {
    }

    private static String orderBy(MailboxSort sort, boolean descending, String alias) {
        String dir = descending ? " DESC" : "";
        return switch (sort) {
            case STATUS -> " ORDER BY " + alias + ".status" + dir + ", " + alias + ".address" + dir + ", " + alias
                    + ".id" + dir;
            default -> " ORDER BY " + sort.column() + dir + ", " + alias + ".id" + dir;
        };
    }

    private static Where where(UnitScope scope, MailboxFilter filter, LocalDate inactiveBefore) {
        Where where = new Where();
        scope(where, scope);
        if (filter.unitId() != null) where.and("m.unit_id = ?", filter.unitId());
        if (filter.tier() != null) where.and("u.tier = ?", filter.tier().name());
        if (filter.status() != null) where.and("m.status = ?", filter.status().name());
        if (filter.inactive()) {
            where.and("m.status = 'ACTIVE' AND (m.last_login IS NULL OR m.last_login < ?)",
                    Date.valueOf(inactiveBefore));
        }
        String text = MailboxAddresses.fold(filter.text());
        if (!text.isEmpty()) {
            String like = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            if (filter.searchesHolder()) where.and("m.holder_folded LIKE ?", like);
            else where.and("m.address LIKE ?", like);
        }
        return where;
    }

    private static void scope(Where where, UnitScope scope) {
        if (scope.wholeProvince()) return;
        if (scope.unitIds().isEmpty()) {
            where.and("1 = 0");
            return;
        }
        where.and("m.unit_id IN (" + String.join(",", scope.unitIds().stream().map(id -> "?").toList()) + ")",
                scope.unitIds().toArray());
    }

    private static final class Where {
        final StringBuilder sql = new StringBuilder();
        final List<Object> params = new ArrayList<>();

        void and(String condition, Object... values) {
            sql.append(sql.isEmpty() ? " WHERE " : " AND ").append(condition);
            params.addAll(List.of(values));
        }

        String sql() {
            return sql.toString();
        }
    }

    static final RowMapper<MailboxRow> ROW = (ResultSet rs, int i) -> new MailboxRow(rs.getLong(1), rs.getString(2),
            HolderKind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getLong(6), rs.getString(7),
            rs.getString(8), Tier.valueOf(rs.getString(9)), MailboxStatus.valueOf(rs.getString(10)), rs.getInt(11),
            rs.getInt(12), date(rs, 13), date(rs, 14), date(rs, 15), date(rs, 16), rs.getLong(17), rs.getString(18));

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
