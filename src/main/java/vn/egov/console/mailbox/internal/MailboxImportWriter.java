package vn.egov.console.mailbox.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.tabular.RowError;
import vn.egov.console.mailbox.HolderKind;
import vn.egov.console.mailbox.MailboxAddresses;
import vn.egov.console.mailbox.MailboxProperties;
import vn.egov.console.mailbox.MailboxStatus;

/**
 * The import's database side, a chunk of rows at a time: which addresses exist (to validate), then batched inserts
 * and updates with one audit line per changed mailbox. Fields a row leaves null keep their stored value.
 */
@Component
public class MailboxImportWriter {

    /** One parsed row; null fields were not in the file or blank, and are left alone. */
    public record ImportRecord(int line, String address, HolderKind kind, String holderName, String position,
                               Long unitId, MailboxStatus status, Integer quotaMb, Integer usedMb,
                               LocalDate activatedOn, LocalDate lastLogin) {
    }

    private record Stored(long id, String address, HolderKind kind, String holderName, String position, long unitId,
                          MailboxStatus status, int quotaMb, int usedMb, LocalDate activatedOn, LocalDate lastLogin,
                          LocalDate closedOn, long version) {

        String describe() {
            return String.join("; ", address, "kind=" + kind, "holder=" + holderName,
                    "position=" + (position == null ? "" : position), "unit=" + unitId, "status=" + status,
                    "quota=" + quotaMb, "used=" + usedMb, "lastLogin=" + (lastLogin == null ? "" : lastLogin));
        }
    }

    private static final int[] AUDIT_TYPES = {Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP,
            Types.VARCHAR, Types.VARCHAR};

    private final JdbcTemplate jdbc;
    private final MailboxProperties properties;
    private final Clock clock;

    MailboxImportWriter(JdbcTemplate jdbc, MailboxProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** Row errors that need the database: new mailboxes without unit or holder, addresses still in quarantine. */
    public List<RowError> checkAgainstDatabase(List<ImportRecord> chunk, java.util.Set<String> existing) {
        Map<String, Stored> stored = load(chunk);
        existing.addAll(stored.keySet());
        LocalDate today = LocalDate.now(clock);
        List<RowError> errors = new ArrayList<>();
        for (ImportRecord r : chunk) {
            Stored s = stored.get(r.address());
            boolean wantsLive = r.status() != null && r.status().isLive();
            if (s != null && s.status() == MailboxStatus.CLOSED && wantsLive && s.closedOn() != null) {
                LocalDate free = s.closedOn().plusMonths(AddressRules.QUARANTINE_MONTHS);
                if (free.isAfter(today)) {
                    errors.add(new RowError(r.line(), "status", "error.mailbox.addressQuarantined", r.address(),
                            Formats.date(free)));
                    continue;
                }
                s = null;
            }
            if (s == null) {
                if (r.unitId() == null) errors.add(new RowError(r.line(), "unit_code",
                        "error.mailbox.import.newNeedsUnit", r.address()));
                if (r.holderName() == null) errors.add(new RowError(r.line(), "holder_name",
                        "error.mailbox.import.newNeedsHolder", r.address()));
            }
        }
        return errors;
    }

    /** Writes a validated chunk; returns {created, updated, unchanged}. */
    public int[] write(List<ImportRecord> chunk, String actor, boolean anyExisting) {
        // a chunk of only new addresses (known from the validation pass) needs no lookup
        Map<String, Stored> stored = anyExisting ? load(chunk) : Map.of();
        // whole microseconds, as the column stores them: the audit statement finds the new rows by this value
        Timestamp ts = Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS));
        LocalDate today = LocalDate.now(clock);
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> audits = new ArrayList<>();
        int unchanged = 0;
        for (ImportRecord r : chunk) {
            Stored s = stored.get(r.address());
            if (s != null && s.status() == MailboxStatus.CLOSED && r.status() != null && r.status().isLive()) {
                s = null; // quarantine is over (checked in pass 1): a new mailbox on the old address
            }
            if (s == null) {
                MailboxStatus status = r.status() == null ? MailboxStatus.ACTIVE : r.status();
                HolderKind kind = r.kind() == null ? HolderKind.PERSON : r.kind();
                int quota = r.quotaMb() == null ? properties.defaultQuotaMb() : r.quotaMb();
                int used = r.usedMb() == null ? 0 : r.usedMb();
                LocalDate activated = r.activatedOn() != null ? r.activatedOn()
                        : status == MailboxStatus.ACTIVE || status == MailboxStatus.SUSPENDED ? today : null;
                LocalDate closed = status == MailboxStatus.CLOSED ? today : null;
                inserts.add(new Object[] {r.address(), kind.name(), r.holderName(),
                        MailboxAddresses.fold(r.holderName()), r.position(), r.unitId(), status.name(), quota, used,
                        date(activated != null ? activated : today), date(activated), date(closed),
                        date(r.lastLogin()), ts, ts});
                continue;
            }
            MailboxStatus status = r.status() == null ? s.status() : r.status();
            LocalDate activated = r.activatedOn() != null ? r.activatedOn()
                    : s.activatedOn() == null && status == MailboxStatus.ACTIVE ? today : s.activatedOn();
            LocalDate closed = status == MailboxStatus.CLOSED
                    ? (s.status() == MailboxStatus.CLOSED ? s.closedOn() : today) : null;
            Stored after = new Stored(s.id(), s.address(), or(r.kind(), s.kind()), or(r.holderName(), s.holderName()),
                    or(r.position(), s.position()), or(r.unitId(), s.unitId()), status, or(r.quotaMb(), s.quotaMb()),
                    or(r.usedMb(), s.usedMb()), activated, or(r.lastLogin(), s.lastLogin()), closed, s.version());
            if (after.equals(s)) {
                unchanged++;
                continue;
            }
            updates.add(new Object[] {after.kind().name(), after.holderName(), MailboxAddresses.fold(after.holderName()),
                    after.position(), after.unitId(), after.status().name(), after.quotaMb(), after.usedMb(),
                    date(after.activatedOn()), date(after.closedOn()), date(after.lastLogin()), ts, s.id(),
                    s.version()});
            audits.add(new Object[] {s.id(), "IMPORT_UPDATED", actor, ts, s.describe(), after.describe()});
        }
        if (!inserts.isEmpty()) {
            long maxBefore = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM mailbox", Long.class);
            NewMailboxRows.insert(jdbc, inserts);
            // the audit lines of the new rows are written by the database from the rows just inserted: those above
            // the old maximum id stamped with this chunk's instant. A row of someone else's that matched as well (the
            // same microsecond) would make the count differ; then the whole import is abandoned, never misattributed.
            int audited = jdbc.update("INSERT INTO mailbox_audit (mailbox_id, action, actor, at, before_value, "
                    + "after_value) SELECT id, 'IMPORT_CREATED', ?, ?, NULL, CONCAT_WS('; ', address, "
                    + "CONCAT('kind=', holder_kind), CONCAT('holder=', holder_name), "
                    + "CONCAT('position=', COALESCE(position, '')), CONCAT('unit=', unit_id), CONCAT('status=', status), "
                    + "CONCAT('quota=', quota_mb), CONCAT('used=', used_mb), "
                    + "CONCAT('lastLogin=', COALESCE(last_login, ''))) "
                    + "FROM mailbox WHERE id > ? AND created_at = ?", actor, ts, maxBefore, ts);
            if (audited != inserts.size()) throw new BusinessException("error.conflict");
        }
        if (!updates.isEmpty()) {
            int[] done = jdbc.batchUpdate("UPDATE mailbox SET holder_kind = ?, holder_name = ?, holder_folded = ?, "
                    + "position = ?, unit_id = ?, status = ?, quota_mb = ?, used_mb = ?, activated_on = ?, "
                    + "closed_on = ?, last_login = ?, updated_at = ?, version = version + 1 "
                    + "WHERE id = ? AND version = ?", updates);
            for (int n : done) {
                // another user saved one of these mailboxes since we read it: abandon the whole import
                if (n == 0) throw new BusinessException("error.conflict");
            }
        }
        if (!audits.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO mailbox_audit (mailbox_id, action, actor, at, before_value, after_value) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", audits, AUDIT_TYPES);
        }
        return new int[] {inserts.size(), updates.size(), unchanged};
    }

    /** Per address: the live mailbox if there is one, else the most recently closed. */
    private Map<String, Stored> load(List<ImportRecord> chunk) {
        Map<String, Stored> result = new HashMap<>();
        if (chunk.isEmpty()) return result;
        jdbc.query("SELECT id, address, holder_kind, holder_name, position, unit_id, status, quota_mb, used_mb, "
                        + "activated_on, last_login, closed_on, version FROM mailbox WHERE address IN ("
                        + marks(chunk.size()) + ") ORDER BY (status = 'CLOSED'), closed_on DESC, id DESC",
                rs -> {
                    result.putIfAbsent(rs.getString(2), new Stored(rs.getLong(1), rs.getString(2),
                            HolderKind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getLong(6),
                            MailboxStatus.valueOf(rs.getString(7)), rs.getInt(8), rs.getInt(9), local(rs.getDate(10)),
                            local(rs.getDate(11)), local(rs.getDate(12)), rs.getLong(13)));
                }, chunk.stream().map(ImportRecord::address).toArray());
        return result;
    }

    private static String marks(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static LocalDate local(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    static boolean same(Object a, Object b) {
        return Objects.equals(a, b);
    }
}
