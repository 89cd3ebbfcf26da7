package vn.egov.console.mailbox;

import vn.egov.console.organization.ProvinceSettingsService;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.egov.console.audit.AuditAction;
import vn.egov.console.audit.AuditEntry;
import vn.egov.console.audit.AuditTrail;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.tabular.BackgroundTableReader;
import vn.egov.console.base.tabular.Column;
import vn.egov.console.base.tabular.ReadSummary;
import vn.egov.console.base.tabular.RowError;
import vn.egov.console.base.tabular.TableRow;
import vn.egov.console.mailbox.internal.MailboxImportWriter;
import vn.egov.console.mailbox.internal.MailboxImportWriter.ImportRecord;
import vn.egov.console.organization.UnitService;
import vn.egov.console.organization.UnitSummary;
import vn.egov.console.security.CurrentUser;

/**
 * Create-or-update import of mailboxes from CSV or .xlsx, keyed by address. The file is read twice: first every
 * row is validated (nothing is written), then, only if no row failed, all rows are written in one transaction.
 * Each pass parses on a background thread while this one talks to the database.
 * Columns the file does not carry, and blank cells, leave the stored value alone; a re-import never duplicates.
 */
@Service
public class MailboxImportService {

    private static final Logger log = LoggerFactory.getLogger(MailboxImportService.class);

    public static final long MAX_BYTES = 50L * 1024 * 1024;
    public static final int MAX_REPORTED_ERRORS = 5_000;
    static final int CHUNK = 2_000;

    static final List<Column> COLUMNS = List.of(
            Column.required("address", "Địa chỉ thư", "Địa chỉ thư điện tử", "Địa chỉ email", "Email", "E-mail",
                    "Address", "Mailbox address", "Mailbox"),
            Column.optional("holder_kind", "Loại chủ hộp thư", "Loại", "Holder kind", "Kind"),
            Column.optional("holder_name", "Chủ hộp thư", "Họ và tên", "Họ tên", "Holder", "Holder name",
                    "Full name", "Name"),
            Column.optional("position", "Chức vụ", "Position", "Title"),
            Column.optional("unit_code", "Mã đơn vị", "Mã định danh", "Unit code"),
            Column.optional("unit_name", "Tên đơn vị", "Đơn vị", "Unit", "Unit name"),
            Column.optional("tier", "Cấp", "Tier"),
            Column.optional("status", "Trạng thái", "Status"),
            Column.optional("quota_mb", "Dung lượng (MB)", "Hạn mức (MB)", "Quota (MB)", "Quota MB", "Quota"),
            Column.optional("used_mb", "Đã dùng (MB)", "Used (MB)", "Used MB"),
            Column.optional("activated_on", "Ngày kích hoạt", "Activated on", "Activated"),
            Column.optional("last_login", "Đăng nhập lần cuối", "Last login"));

    private final MailboxImportWriter writer;
    private final UnitService units;
    private final MailboxProperties properties;
    private final ProvinceSettingsService province;
    private final CurrentUser currentUser;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final AuditTrail trail;

    MailboxImportService(MailboxImportWriter writer, UnitService units, MailboxProperties properties,
                         ProvinceSettingsService province, CurrentUser currentUser,
                         PlatformTransactionManager transactions, Clock clock, AuditTrail trail) {
        this.trail = trail;
        this.writer = writer;
        this.units = units;
        this.properties = properties;
        this.province = province;
        this.currentUser = currentUser;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public ImportResult importFile(Path file, ImportProgress progress) {
        return importFile(file, file.getFileName().toString(), progress);
    }

    /** @param fileName the name the user uploaded, for the audit trail (the file itself may be a temporary copy) */
    @PreAuthorize("hasRole('ADMIN')")
    public ImportResult importFile(Path file, String fileName, ImportProgress progress) {
        Map<String, Long> unitIds = new HashMap<>();
        for (UnitSummary u : units.listActive()) unitIds.put(u.code().toLowerCase(Locale.ROOT), u.id());
        var parser = new MailboxRowParser(province.current().mailDomains(), unitIds, clock);

        // pass 1: validate everything, write nothing
        long started = System.nanoTime();
        var validation = new Validation();
        ReadSummary summary;
        try (var reader = BackgroundTableReader.start(file, COLUMNS, MAX_BYTES, CHUNK, row -> parsed(parser, row))) {
            for (List<ParsedRow> chunk; (chunk = reader.next()) != null; ) {
                validation.check(chunk);
                progress.update("mailbox.import.validating", validation.rows);
            }
            summary = reader.summary();
        }
        List<RowError> errors = new ArrayList<>(validation.errors);
        long errorCount = validation.errorCount + summary.errors().size();
        errors.addAll(summary.errors().stream().limit(Math.max(0, MAX_REPORTED_ERRORS - errors.size())).toList());
        long validated = System.nanoTime();
        if (errorCount > 0) {
            log.info("Mailbox import of {}: {} rows, {} errors, nothing stored (validation {} ms)", file.getFileName(),
                    summary.rows(), errorCount, (validated - started) / 1_000_000);
            return new ImportResult(summary.rows(), 0, 0, 0, errorCount, errors);
        }

        // pass 2: all rows in one transaction, the next chunk parsed while the previous one is written
        String actor = currentUser.username();
        int[] counts = transaction.execute(status -> {
            int[] total = new int[3];
            long rows = 0;
            try (var reader = BackgroundTableReader.start(file, COLUMNS, MAX_BYTES, CHUNK, row -> valid(parser, row))) {
                for (List<ImportRecord> chunk; (chunk = reader.next()) != null; ) {
                    boolean anyExisting = chunk.stream().anyMatch(r -> validation.existing.contains(r.address()));
                    int[] c = writer.write(chunk, actor, anyExisting);
                    for (int i = 0; i < 3; i++) total[i] += c[i];
                    rows += chunk.size();
                    progress.update("mailbox.import.saving", rows);
                }
            }
            // one trail entry for the whole import: each mailbox's own history has its per-row line
            trail.record(AuditEntry.of("mailbox", "mailboxImport", null, fileName, AuditAction.IMPORTED)
                    .changed("rows", null, rows).changed("created", null, total[0])
                    .changed("updated", null, total[1]).changed("unchanged", null, total[2]));
            return total;
        });
        log.info("Mailbox import of {} by {}: {} rows, {} created, {} updated, {} unchanged (validation {} ms, "
                + "writing {} ms)", file.getFileName(), actor, summary.rows(), counts[0], counts[1], counts[2],
                (validated - started) / 1_000_000, (System.nanoTime() - validated) / 1_000_000);
        return new ImportResult(summary.rows(), counts[0], counts[1], counts[2], 0, List.of());
    }

    /** A row as pass 1 sees it: the record (null when the address is unusable) and what is wrong with it. */
    private record ParsedRow(int line, ImportRecord record, List<RowError> problems) {
    }

    private static ParsedRow parsed(MailboxRowParser parser, TableRow row) {
        List<RowError> problems = new ArrayList<>(0);
        ImportRecord record = parser.parse(row, problems);
        return new ParsedRow(row.line(), record, problems);
    }

    private static ImportRecord valid(MailboxRowParser parser, TableRow row) {
        List<RowError> problems = new ArrayList<>(0);
        ImportRecord record = parser.parse(row, problems);
        // pass 1 found this row valid: the file has been changed on disk since
        if (record == null || !problems.isEmpty()) throw new BusinessException("error.import.changedDuringImport");
        return record;
    }

    /** Checks a chunk of parsed rows: duplicates within the file, then what only the database can tell. */
    private final class Validation {
        final Map<String, Integer> seen = new HashMap<>();
        final Set<String> existing = new HashSet<>();
        final List<RowError> errors = new ArrayList<>();
        long errorCount;
        long rows;

        void check(List<ParsedRow> chunk) {
            List<ImportRecord> clean = new ArrayList<>(chunk.size());
            for (ParsedRow row : chunk) {
                rows++;
                if (row.record() != null) {
                    Integer first = seen.putIfAbsent(row.record().address(), row.line());
                    if (first != null) {
                        error(new RowError(row.line(), "address", "error.mailbox.import.duplicateAddress",
                                row.record().address(), String.valueOf(first)));
                    } else if (row.problems().isEmpty()) {
                        clean.add(row.record());
                    }
                }
                row.problems().forEach(this::error);
            }
            if (!clean.isEmpty()) writer.checkAgainstDatabase(clean, existing).forEach(this::error);
        }

        void error(RowError e) {
            errorCount++;
            if (errors.size() < MAX_REPORTED_ERRORS) errors.add(e);
        }
    }
}
