package vn.egov.console.mailbox;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.tabular.Cells;
import vn.egov.console.base.tabular.Column;
import vn.egov.console.base.tabular.RowError;
import vn.egov.console.base.tabular.TableRow;
import vn.egov.console.mailbox.internal.MailboxImportWriter.ImportRecord;

/** Turns one row of an import into a record, or into messages saying exactly what is wrong with which cell. */
final class MailboxRowParser {

    // values as the export writes them (Vietnamese and English labels) and as people type them
    private static final Map<String, MailboxStatus> STATUS = Map.ofEntries(
            Map.entry("requested", MailboxStatus.REQUESTED), Map.entry("cho cap", MailboxStatus.REQUESTED),
            Map.entry("dang cho cap", MailboxStatus.REQUESTED), Map.entry("awaiting set up", MailboxStatus.REQUESTED),
            Map.entry("active", MailboxStatus.ACTIVE), Map.entry("dang hoat dong", MailboxStatus.ACTIVE),
            Map.entry("hoat dong", MailboxStatus.ACTIVE),
            Map.entry("suspended", MailboxStatus.SUSPENDED), Map.entry("tam khoa", MailboxStatus.SUSPENDED),
            Map.entry("closed", MailboxStatus.CLOSED), Map.entry("da dong", MailboxStatus.CLOSED),
            Map.entry("dong", MailboxStatus.CLOSED));
    private static final Map<String, HolderKind> KIND = Map.of(
            "person", HolderKind.PERSON, "ca nhan", HolderKind.PERSON, "can bo", HolderKind.PERSON,
            "unit", HolderKind.UNIT, "don vi", HolderKind.UNIT, "co quan", HolderKind.UNIT);

    private final List<String> domains;
    private final Map<String, Long> unitIds;
    private final LocalDate today;

    MailboxRowParser(List<String> domains, Map<String, Long> unitIds, Clock clock) {
        this.domains = domains;
        this.unitIds = unitIds;
        this.today = LocalDate.now(clock);
    }

    /** The record, or null when the address itself is unusable; problems are added to {@code errors}. */
    ImportRecord parse(TableRow row, List<RowError> errors) {
        int line = row.line();
        String address = MailboxAddresses.normalise(row.get("address"));
        BusinessException bad = MailboxAddresses.problem(address, domains);
        if (bad != null) {
            errors.add(new RowError(line, "address", bad.messageKey(), bad.arguments()));
            return null;
        }
        HolderKind kind = null;
        if (row.get("holder_kind") != null) {
            kind = KIND.get(Column.normalise(row.get("holder_kind")));
            if (kind == null && isEnum(row.get("holder_kind"), HolderKind.values())) {
                kind = HolderKind.valueOf(row.get("holder_kind").strip().toUpperCase(Locale.ROOT));
            }
            if (kind == null) errors.add(new RowError(line, "holder_kind", "error.mailbox.import.kind",
                    row.get("holder_kind")));
        }
        String holder = row.text("holder_name", MailboxService.HOLDER, errors);
        String position = row.text("position", MailboxService.POSITION, errors);
        Long unitId = null;
        if (row.get("unit_code") != null) {
            unitId = unitIds.get(row.get("unit_code").toLowerCase(Locale.ROOT));
            if (unitId == null) errors.add(new RowError(line, "unit_code", "error.mailbox.import.unknownUnit",
                    row.get("unit_code")));
        }
        MailboxStatus status = null;
        if (row.get("status") != null) {
            status = STATUS.get(Column.normalise(row.get("status")));
            if (status == null && isEnum(row.get("status"), MailboxStatus.values())) {
                status = MailboxStatus.valueOf(row.get("status").strip().toUpperCase(Locale.ROOT));
            }
            if (status == null) errors.add(new RowError(line, "status", "error.mailbox.import.status",
                    row.get("status")));
        }
        Integer quota = number(row, "quota_mb", errors);
        Integer used = number(row, "used_mb", errors);
        LocalDate activated = date(row, "activated_on", errors);
        LocalDate lastLogin = date(row, "last_login", errors);
        return new ImportRecord(line, address, kind, holder, position, unitId, status, quota, used, activated,
                lastLogin);
    }

    private Integer number(TableRow row, String key, List<RowError> errors) {
        String text = row.get(key);
        if (text == null) return null;
        Long n = Cells.wholeNumber(text);
        if (n == null || n < 0 || n > MailboxService.MAX_QUOTA_MB) {
            errors.add(new RowError(row.line(), key, "error.mailbox.import.number", text, MailboxService.MAX_QUOTA_MB));
            return null;
        }
        return n.intValue();
    }

    private LocalDate date(TableRow row, String key, List<RowError> errors) {
        String text = row.get(key);
        if (text == null) return null;
        LocalDate d = Cells.date(text);
        if (d == null || d.isAfter(today)) {
            errors.add(new RowError(row.line(), key, "error.mailbox.import.date", text));
            return null;
        }
        return d;
    }

    private static boolean isEnum(String text, Enum<?>[] values) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        for (Enum<?> v : values) if (v.name().equals(t)) return true;
        return false;
    }
}
