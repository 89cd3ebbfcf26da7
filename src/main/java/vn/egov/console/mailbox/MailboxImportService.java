package vn.egov.console.mailbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.tabular.Column;
import vn.egov.console.base.tabular.RowError;
import vn.egov.console.base.tabular.TableRow;
import vn.egov.console.base.tabular.TabularReader;
import vn.egov.console.mailbox.internal.MailboxImportWriter;
import vn.egov.console.mailbox.internal.MailboxImportWriter.ImportRecord;
import vn.egov.console.organization.UnitService;
import vn.egov.console.organization.UnitSummary;
import vn.egov.console.security.CurrentUser;

/**
 * Create-or-update import of mailboxes from CSV or .xlsx, keyed by address. The file is read twice: first every
 * row is validated (nothing is written), then, only if no row failed, all rows are written in one transaction.
 * Columns the file does not carry, and blank cells, leave the stored value alone; a re-import never duplicates.
 */
@Service
public class MailboxImportService {

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
    private final CurrentUser currentUser;
    private final TransactionTemplate transaction;
    private final Clock clock;

    MailboxImportService(MailboxImportWriter writer, UnitService units, MailboxProperties properties,
                         CurrentUser currentUser, PlatformTransactionManager transactions, Clock clock) {
        this.writer = writer;
        this.units = units;
        this.properties = properties;
        this.currentUser = currentUser;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public ImportResult importFile(Path file, ImportProgress progress) {
        Map<String, Long> unitIds = new HashMap<>();
        for (UnitSummary u : units.listActive()) unitIds.put(u.code().toLowerCase(Locale.ROOT), u.id());
        var parser = new MailboxRowParser(properties.domains(), unitIds, clock);

        // pass 1: validate everything, write nothing
        var validation = new Validation(parser, progress);
        var summary = read(file, validation);
        validation.finish();
        List<RowError> errors = new ArrayList<>(validation.errors);
        long errorCount = validation.errorCount + summary.errors().size();
        errors.addAll(summary.errors().stream().limit(Math.max(0, MAX_REPORTED_ERRORS - errors.size())).toList());
        if (errorCount > 0) return new ImportResult(summary.rows(), 0, 0, 0, errorCount, errors);

        // pass 2: all rows in one transaction
        String actor = currentUser.username();
        int[] counts = transaction.execute(status -> {
            var apply = new Apply(parser, progress, actor, validation.existing);
            read(file, apply);
            apply.flush();
            return apply.counts;
        });
        return new ImportResult(summary.rows(), counts[0], counts[1], counts[2], 0, List.of());
    }

    private static vn.egov.console.base.tabular.ReadSummary read(Path file, vn.egov.console.base.tabular.RowHandler h) {
        try (InputStream in = Files.newInputStream(file)) {
            return TabularReader.read(in, COLUMNS, MAX_BYTES, h);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses and checks each row; every 1,000 rows asks the database which addresses exist. */
    private final class Validation implements vn.egov.console.base.tabular.RowHandler {
        final MailboxRowParser parser;
        final ImportProgress progress;
        final Map<String, Integer> seen = new HashMap<>();
        final java.util.Set<String> existing = new java.util.HashSet<>();
        final List<ImportRecord> chunk = new ArrayList<>(CHUNK);
        final List<RowError> errors = new ArrayList<>();
        long errorCount;
        long rows;

        Validation(MailboxRowParser parser, ImportProgress progress) {
            this.parser = parser;
            this.progress = progress;
        }

        @Override
        public void row(TableRow row) {
            List<RowError> problems = new ArrayList<>();
            ImportRecord record = parser.parse(row, problems);
            if (record != null) {
                Integer first = seen.putIfAbsent(record.address(), row.line());
                if (first != null) {
                    problems.add(new RowError(row.line(), "address", "error.mailbox.import.duplicateAddress",
                            record.address(), String.valueOf(first)));
                } else if (problems.isEmpty()) {
                    chunk.add(record);
                }
            }
            problems.forEach(this::error);
            if (chunk.size() >= CHUNK) finish();
            if (++rows % 5_000 == 0) progress.update("mailbox.import.validating", rows);
        }

        void finish() {
            if (chunk.isEmpty()) return;
            writer.checkAgainstDatabase(chunk, existing).forEach(this::error);
            chunk.clear();
        }

        void error(RowError e) {
            errorCount++;
            if (errors.size() < MAX_REPORTED_ERRORS) errors.add(e);
        }
    }

    /** Writes the validated rows a chunk at a time. */
    private final class Apply implements vn.egov.console.base.tabular.RowHandler {
        final MailboxRowParser parser;
        final ImportProgress progress;
        final String actor;
        final java.util.Set<String> existing;
        final List<ImportRecord> chunk = new ArrayList<>(CHUNK);
        final int[] counts = new int[3];
        boolean anyExisting;
        long rows;

        Apply(MailboxRowParser parser, ImportProgress progress, String actor, java.util.Set<String> existing) {
            this.parser = parser;
            this.progress = progress;
            this.actor = actor;
            this.existing = existing;
        }

        @Override
        public void row(TableRow row) {
            List<RowError> problems = new ArrayList<>();
            ImportRecord record = parser.parse(row, problems);
            if (record == null || !problems.isEmpty()) {
                throw new BusinessException("error.import.changedDuringImport");
            }
            chunk.add(record);
            anyExisting |= existing.contains(record.address());
            if (chunk.size() >= CHUNK) flush();
            if (++rows % 5_000 == 0) progress.update("mailbox.import.saving", rows);
        }

        void flush() {
            if (chunk.isEmpty()) return;
            int[] c = writer.write(chunk, actor, anyExisting);
            for (int i = 0; i < 3; i++) counts[i] += c[i];
            chunk.clear();
            anyExisting = false;
        }
    }
}
