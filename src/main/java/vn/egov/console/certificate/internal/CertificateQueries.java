package vn.egov.console.certificate.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.egov.console.certificate.CertificateFilter;
import vn.egov.console.certificate.CertificateKind;
import vn.egov.console.certificate.CertificateRow;
import vn.egov.console.certificate.CertificateStatus;
import vn.egov.console.approval.Approval;
import vn.egov.console.approval.ApprovalStep;
import vn.egov.console.certificate.RenewalFiling;
import vn.egov.console.certificate.RequestRow;
import vn.egov.console.certificate.RequestStatus;
import vn.egov.console.certificate.RequestType;
import vn.egov.console.certificate.SummaryFigure;
import vn.egov.console.certificate.TierKindSummary;
import vn.egov.console.organization.Tier;
import vn.egov.console.organization.UnitScope;

/**
 * Read side in SQL: the filtered, paged grid and the aggregate figures, always within the caller's unit scope. The
 * tier is the holder unit's, joined on the indexed unit id. Sorting is limited to a whitelist of indexed columns.
 */
@Component
public class CertificateQueries {

    private static final String IN_USE = "('ISSUED','HANDED_OVER','RENEWAL_REQUESTED')";
    private static final Map<String, String> SORTS = Map.of(
            "validTo", "c.valid_to", "holderName", "c.holder_name", "unitName", "u.name", "status", "c.status",
            "serial", "c.serial", "handedOverOn", "c.handed_over_on", "kind", "c.kind");
    private static final String ROW_COLUMNS = """
            c.id, c.unit_id, u.code AS unit_code, u.name AS unit_name, u.tier, c.kind, c.holder_name, c.status,
            c.serial, c.issuer, c.subject, c.key_usage, c.valid_from, c.valid_to, c.token_type, c.handed_over_on,
            c.trained_on, c.responsible_person, c.replaced_by_id, c.version, c.issuer_trusted""";

    private final JdbcTemplate jdbc;

    CertificateQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Where(String sql, List<Object> args) {
    }

    private Where where(CertificateFilter f, UnitScope scope, LocalDate today) {
        StringBuilder sql = new StringBuilder(" FROM certificate c JOIN unit u ON u.id = c.unit_id WHERE 1=1");
        List<Object> args = new ArrayList<>();
        scope(sql, args, scope, "c.unit_id");
        if (f.tier() != null) {
            sql.append(" AND u.tier = ?");
            args.add(f.tier().name());
        }
        if (f.kind() != null) {
            sql.append(" AND c.kind = ?");
            args.add(f.kind().name());
        }
        if (f.status() != null) {
            sql.append(" AND c.status = ?");
            args.add(f.status().name());
        }
        if (f.unitId() != null) {
            sql.append(" AND c.unit_id = ?");
            args.add(f.unitId());
        }
        if (f.expiringWithinDays() != null) {
            sql.append(" AND c.status IN " + IN_USE + " AND c.valid_to BETWEEN ? AND ?");
            args.add(Date.valueOf(today));
            args.add(Date.valueOf(today.plusDays(Math.max(0, f.expiringWithinDays()))));
        }
        String term = vn.egov.console.base.text.CleanText.searchTerm(f.text());
        if (term != null) {
            sql.append(" AND (c.holder_name LIKE ? OR c.serial LIKE ?)");
            String like = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            args.add(like);
            args.add(like);
        }
        if (f.figure() != null) {
            sql.append(" AND ").append(figureCondition(f.figure()));
            args.addAll(figureArgs(f.figure(), today));
        }
        return new Where(sql.toString(), args);
    }

    private static String figureCondition(SummaryFigure figure) {
        return switch (figure) {
            case HANDED_OVER -> "(c.handed_over_on IS NOT NULL AND c.status <> 'REPLACED')";
            case IN_FORCE -> "(c.status IN " + IN_USE + " AND c.valid_to >= ?)";
            case EXPIRING -> "(c.status IN " + IN_USE + " AND c.valid_to BETWEEN ? AND ?)";
            case EXPIRED -> "(c.status = 'EXPIRED' OR (c.status IN " + IN_USE + " AND c.valid_to < ?))";
            case REVOKED -> "(c.status IN ('REVOKED','TOKEN_LOST'))";
        };
    }

    private static List<Object> figureArgs(SummaryFigure figure, LocalDate today) {
        return switch (figure) {
            case IN_FORCE, EXPIRED -> List.of(Date.valueOf(today));
            case EXPIRING -> List.of(Date.valueOf(today), Date.valueOf(today.plusDays(SummaryFigure.EXPIRING_DAYS)));
            default -> List.of();
        };
    }

    private static void scope(StringBuilder sql, List<Object> args, UnitScope scope, String column) {
        if (scope.wholeProvince()) return;
        if (scope.unitIds().isEmpty()) {
            sql.append(" AND 1=0");
            return;
        }
        sql.append(" AND ").append(column).append(" IN (")
                .append(scope.unitIds().stream().map(id -> "?").collect(Collectors.joining(","))).append(")");
        args.addAll(scope.unitIds());
    }

    public List<CertificateRow> search(CertificateFilter filter, UnitScope scope, LocalDate today, Pageable page) {
        Where w = where(filter, scope, today);
        List<Object> args = new ArrayList<>(w.args());
        String sql = "SELECT " + ROW_COLUMNS + w.sql() + orderBy(page.getSort()) + " LIMIT ? OFFSET ?";
        args.add(page.getPageSize());
        args.add(page.getOffset());
        return jdbc.query(sql, this::mapRow, args.toArray());
    }

    public long count(CertificateFilter filter, UnitScope scope, LocalDate today) {
        Where w = where(filter, scope, today);
        Long n = jdbc.queryForObject("SELECT COUNT(*)" + w.sql(), Long.class, w.args().toArray());
        return n == null ? 0 : n;
    }

    public CertificateRow row(long id) {
        return jdbc.query("SELECT " + ROW_COLUMNS + " FROM certificate c JOIN unit u ON u.id = c.unit_id WHERE c.id = ?",
                this::mapRow, id).stream().findFirst().orElse(null);
    }

    private static String orderBy(Sort sort) {
        List<String> parts = new ArrayList<>();
        for (Sort.Order o : sort) {
            String column = SORTS.get(o.getProperty());
            if (column != null) parts.add(column + (o.isAscending() ? " ASC" : " DESC"));
        }
        // unsorted, the register starts with what needs attention: certificates that expire first, and the ones their
        // renewals replaced (which expire earliest of all, and need nothing) after every other
        if (parts.isEmpty()) parts.add("c.status = 'REPLACED' ASC, c.valid_to ASC");
        parts.add("c.id ASC");
        return " ORDER BY " + String.join(", ", parts);
    }

    public List<TierKindSummary> summary(UnitScope scope, Long unitId, LocalDate today) {
        StringBuilder sql = new StringBuilder("SELECT u.tier, c.kind");
        List<Object> args = new ArrayList<>();
        for (SummaryFigure figure : SummaryFigure.values()) {
            sql.append(", SUM(").append(figureCondition(figure)).append(")");
            args.addAll(figureArgs(figure, today));
        }
        sql.append(" FROM certificate c JOIN unit u ON u.id = c.unit_id WHERE 1=1");
        scope(sql, args, scope, "c.unit_id");
        if (unitId != null) {
            sql.append(" AND c.unit_id = ?");
            args.add(unitId);
        }
        sql.append(" GROUP BY u.tier, c.kind");
        return jdbc.query(sql.toString(), (rs, i) -> new TierKindSummary(Tier.valueOf(rs.getString(1)),
                CertificateKind.valueOf(rs.getString(2)), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                rs.getLong(7)), args.toArray());
    }

    public RequestRow request(long id) {
        return requests(UnitScope.WHOLE_PROVINCE, null, false, 1, id, null).getFirst();
    }

    public List<RequestRow> requests(UnitScope scope, Long unitId, boolean openOnly, int limit) {
        return requests(scope, unitId, openOnly, limit, null, null);
    }

    /** As {@link #requests(UnitScope, Long, boolean, int)}, only those at this approval step (the DIC: APPROVED). */
    public List<RequestRow> requests(UnitScope scope, Long unitId, boolean openOnly, int limit, ApprovalStep step) {
        return requests(scope, unitId, openOnly, limit, null, step);
    }

    /** Open requests at the approval step in these units (a head's queue), oldest first. */
    public List<RequestRow> awaitingHead(java.util.Set<Long> unitIds, int limit) {
        return requests(new UnitScope(false, unitIds), null, true, limit, null, ApprovalStep.AWAITING_HEAD);
    }

    public long countOpen(java.util.Set<Long> unitIds, ApprovalStep step) {
        if (unitIds != null && unitIds.isEmpty()) return 0;
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM certificate_request r WHERE r.status = 'OPEN' "
                + "AND r.approval_step = ?");
        List<Object> args = new ArrayList<>(List.of(step.name()));
        if (unitIds != null) scope(sql, args, new UnitScope(false, unitIds), "r.unit_id");
        Long n = jdbc.queryForObject(sql.toString(), Long.class, args.toArray());
        return n == null ? 0 : n;
    }

    private List<RequestRow> requests(UnitScope scope, Long unitId, boolean openOnly, int limit, Long requestId,
                                      ApprovalStep step) {
        StringBuilder sql = new StringBuilder("""
                SELECT r.id, r.type, r.status, r.unit_id, u.name AS unit_name, r.certificate_id, r.kind, r.holder_name,
                       r.reason, r.requested_by, r.requested_at, r.processed_by, r.processed_at, r.resolution, r.version,
                       r.approval_step, r.approval_by, r.approval_at, r.approval_note
                FROM certificate_request r JOIN unit u ON u.id = r.unit_id WHERE 1=1""");
        List<Object> args = new ArrayList<>();
        if (step != null) {
            sql.append(" AND r.approval_step = ?");
            args.add(step.name());
        }
        scope(sql, args, scope, "r.unit_id");
        if (unitId != null) {
            sql.append(" AND r.unit_id = ?");
            args.add(unitId);
        }
        if (openOnly) sql.append(" AND r.status = 'OPEN'");
        if (requestId != null) {
            sql.append(" AND r.id = ?");
            args.add(requestId);
        }
        // open requests first, oldest first: the order in which the DIC should handle them
        sql.append(" ORDER BY r.status = 'OPEN' DESC, CASE WHEN r.status = 'OPEN' THEN r.requested_at END ASC,"
                + " r.requested_at DESC, r.id LIMIT ?");
        args.add(limit);
        return jdbc.query(sql.toString(), (rs, i) -> new RequestRow(rs.getLong("id"),
                RequestType.valueOf(rs.getString("type")), RequestStatus.valueOf(rs.getString("status")),
                rs.getLong("unit_id"), rs.getString("unit_name"), (Long) rs.getObject("certificate_id", Long.class),
                CertificateKind.valueOf(rs.getString("kind")), rs.getString("holder_name"), rs.getString("reason"),
                rs.getString("requested_by"), rs.getTimestamp("requested_at").toInstant(), rs.getString("processed_by"),
                rs.getTimestamp("processed_at") == null ? null : rs.getTimestamp("processed_at").toInstant(),
                rs.getString("resolution"), rs.getLong("version"), new Approval(
                        ApprovalStep.valueOf(rs.getString("approval_step")), rs.getString("approval_by"),
                        rs.getTimestamp("approval_at") == null ? null : rs.getTimestamp("approval_at").toInstant(),
                        rs.getString("approval_note"))), args.toArray());
    }

    /**
     * Renewal requests filed between two instants within the scope, with the end of validity of the certificate each
     * renews. Requests the unit's head sent back were never filed with the DIC and do not count.
     */
    public List<RenewalFiling> renewals(UnitScope scope, java.time.Instant from, java.time.Instant to) {
        StringBuilder sql = new StringBuilder("""
                SELECT r.id, r.unit_id, r.certificate_id, r.kind, r.holder_name, r.requested_at, r.status, c.valid_to
                FROM certificate_request r JOIN certificate c ON c.id = r.certificate_id
                WHERE r.type = 'RENEWAL' AND r.status <> 'RETURNED' AND c.valid_to IS NOT NULL
                  AND r.requested_at >= ? AND r.requested_at < ?""");
        List<Object> args = new ArrayList<>(List.of(java.sql.Timestamp.from(from), java.sql.Timestamp.from(to)));
        scope(sql, args, scope, "r.unit_id");
        sql.append(" ORDER BY r.unit_id, r.requested_at, r.id");
        return jdbc.query(sql.toString(), (rs, i) -> new RenewalFiling(rs.getLong("id"), rs.getLong("unit_id"),
                rs.getLong("certificate_id"), CertificateKind.valueOf(rs.getString("kind")),
                rs.getString("holder_name"),
                rs.getTimestamp("requested_at").toInstant().atZone(vn.egov.console.base.time.ProvinceTime.ZONE)
                        .toLocalDate(),
                rs.getDate("valid_to").toLocalDate(), RequestStatus.valueOf(rs.getString("status"))), args.toArray());
    }

    /** Open requests the DIC handles: those past their unit head. */
    public long countOpenRequests() {
        return countOpen(null, ApprovalStep.APPROVED);
    }

    private CertificateRow mapRow(ResultSet rs, int i) throws SQLException {
        return new CertificateRow(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_code"),
                rs.getString("unit_name"), Tier.valueOf(rs.getString("tier")),
                CertificateKind.valueOf(rs.getString("kind")), rs.getString("holder_name"),
                CertificateStatus.valueOf(rs.getString("status")), rs.getString("serial"), rs.getString("issuer"),
                rs.getString("subject"), rs.getString("key_usage"), date(rs, "valid_from"), date(rs, "valid_to"),
                rs.getString("token_type"), date(rs, "handed_over_on"), date(rs, "trained_on"),
                rs.getString("responsible_person"), rs.getObject("replaced_by_id", Long.class), rs.getLong("version"),
                rs.getObject("issuer_trusted", Boolean.class));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
