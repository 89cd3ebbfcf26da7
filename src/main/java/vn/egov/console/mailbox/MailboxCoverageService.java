package vn.egov.console.mailbox;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.mailbox.internal.MailboxQueries;
import vn.egov.console.mailbox.internal.MailboxQueries.CoverageCount;
import vn.egov.console.organization.Tier;
import vn.egov.console.organization.UnitAccess;
import vn.egov.console.organization.UnitService;
import vn.egov.console.organization.UnitSummary;

/**
 * Coverage of official mailboxes per unit against headcount, and totals per tier and for the province, counted from
 * the mailbox rows by one grouped query. ADMIN and LEADER get the province, unit users their unit and its children.
 */
@Service
@Transactional(readOnly = true)
public class MailboxCoverageService {

    private final MailboxQueries queries;
    private final UnitAccess access;
    private final UnitService units;
    private final Clock clock;

    MailboxCoverageService(MailboxQueries queries, UnitAccess access, UnitService units, Clock clock) {
        this.queries = queries;
        this.access = access;
        this.units = units;
        this.clock = clock;
    }

    /** Every active unit in scope, with its figures (units with no mailbox included, as zeros). */
    @PreAuthorize("isAuthenticated()")
    public List<CoverageRow> byUnit() {
        LocalDate before = LocalDate.now(clock).minusDays(MailboxService.INACTIVE_DAYS);
        Map<Long, long[]> f = new HashMap<>();
        for (CoverageCount c : queries.coverage(access.scope(), before)) {
            long[] t = f.computeIfAbsent(c.unitId(), k -> new long[6]);
            if (c.status().isLive() && c.kind() == HolderKind.PERSON) t[0] += c.count();
            if (c.status().isLive() && c.kind() == HolderKind.UNIT) t[1] += c.count();
            if (c.status() == MailboxStatus.ACTIVE) t[2] += c.count();
            if (c.status() == MailboxStatus.SUSPENDED) t[3] += c.count();
            t[4] += c.inactive();
            if (c.status() == MailboxStatus.CLOSED) t[5] += c.count();
        }
        List<CoverageRow> rows = new ArrayList<>();
        for (UnitSummary u : units.listActive()) {
            long[] t = f.getOrDefault(u.id(), new long[6]);
            rows.add(new CoverageRow(u.id(), u.code(), u.name(), u.tier(), u.headcount(), t[0], t[1] > 0, t[2], t[3],
                    t[4], t[5]));
        }
        return rows;
    }

    /** One line per tier, then the province (tier null). */
    @PreAuthorize("isAuthenticated()")
    public List<CoverageTotals> totals() {
        return totals(byUnit());
    }

    public static List<CoverageTotals> totals(List<CoverageRow> rows) {
        List<CoverageTotals> result = new ArrayList<>();
        for (Tier tier : Tier.values()) {
            List<CoverageRow> at = rows.stream().filter(r -> r.tier() == tier).toList();
            if (!at.isEmpty()) result.add(sum(tier, at));
        }
        result.add(sum(null, rows));
        return result;
    }

    private static CoverageTotals sum(Tier tier, List<CoverageRow> rows) {
        return new CoverageTotals(tier, rows.size(), rows.stream().filter(CoverageRow::hasNone).count(),
                rows.stream().mapToLong(CoverageRow::headcount).sum(), rows.stream().mapToLong(CoverageRow::live).sum(),
                rows.stream().mapToLong(CoverageRow::staffMailboxes).sum(),
                rows.stream().mapToLong(CoverageRow::active).sum(), rows.stream().mapToLong(CoverageRow::suspended).sum(),
                rows.stream().mapToLong(CoverageRow::inactive).sum());
    }
}
