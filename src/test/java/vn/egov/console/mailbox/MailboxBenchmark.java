package vn.egov.console.mailbox;

import static vn.egov.console.DemoUsers.ADMIN;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.egov.console.DemoUsers;
import vn.egov.console.IntegrationTest;
import vn.egov.console.organization.UnitService;
import vn.egov.console.organization.UnitSummary;

/**
 * Figures for docs/benchmarks.md: import of 8,329 and 600,000 rows, and grid pages at about 600,000 mailboxes.
 * Run alone: ./mvnw -Pbench test -Dtest=MailboxBenchmark
 */
@IntegrationTest
class MailboxBenchmark {

    @Autowired
    MailboxImportService importer;
    @Autowired
    MailboxService mailboxes;
    @Autowired
    UnitService units;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void importAndGrid() throws IOException {
        // -Dtest='vn.egov.console.mailbox.**' overrides the surefire exclude: never fill the shared test DB then
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty("test", "").contains("Benchmark"),
                "run with ./mvnw -Pbench test -Dtest=MailboxBenchmark");
        List<String> codes = ADMIN.call(units::listActive).stream().map(UnitSummary::code).toList();
        Path small = csv("a", 8_329, codes);
        Path large = csv("b", 600_000, codes);
        System.out.printf("BENCH file sizes: 8,329 rows %.1f MB, 600,000 rows %.1f MB%n",
                Files.size(small) / 1e6, Files.size(large) / 1e6);

        long t = System.nanoTime();
        ImportResult r1 = ADMIN.call(() -> importer.importFile(small, ImportProgress.NONE));
        System.out.printf("BENCH import 8,329 new rows: %d ms (created %d, errors %d)%n", ms(t), r1.created(),
                r1.errorCount());
        t = System.nanoTime();
        ImportResult r1b = ADMIN.call(() -> importer.importFile(small, ImportProgress.NONE));
        System.out.printf("BENCH re-import same 8,329 rows (all unchanged): %d ms (unchanged %d)%n", ms(t),
                r1b.unchanged());
        long maxIdBefore = jdbc.queryForObject("SELECT MAX(id) FROM mailbox", Long.class);
        t = System.nanoTime();
        ImportResult r2 = ADMIN.call(() -> importer.importFile(large, ImportProgress.NONE));
        System.out.printf("BENCH import 600,000 new rows: %d ms (created %d, errors %d)%n", ms(t), r2.created(),
                r2.errorCount());
        System.out.printf("BENCH audit trail entries for the three imports: %d%n", jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'mailboxImport'", Long.class));
        // what one trail line per imported row would add (built by the database, as the per-row mailbox_audit lines
        // are), measured in a transaction that is rolled back
        t = System.nanoTime();
        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.update("INSERT INTO audit_entry (at, actor, client, feature, entity_type, entity_id, label, action, "
                    + "changes) SELECT created_at, 'admin', '127.0.0.1', 'mailbox', 'mailbox', id, address, 'IMPORTED', "
                    + "JSON_ARRAY(JSON_OBJECT('field', 'holderName', 'before', NULL, 'after', holder_name), "
                    + "JSON_OBJECT('field', 'unitId', 'before', NULL, 'after', unit_id), "
                    + "JSON_OBJECT('field', 'status', 'before', NULL, 'after', status)) FROM mailbox WHERE id > ?",
                    maxIdBefore);
            status.setRollbackOnly();
        });
        System.out.printf("BENCH per-row trail lines for 600,000 imported rows would add: %d ms%n", ms(t));
        jdbc.execute("ANALYZE TABLE mailbox");
        long total = jdbc.queryForObject("SELECT COUNT(*) FROM mailbox", Long.class);
        System.out.printf("BENCH mailbox rows now: %,d%n", total);

        long snv = ADMIN.call(() -> units.findByCode(DemoUsers.SNV_CODE).orElseThrow().id());
        ADMIN.run(() -> {
            time("first page, by address", () -> mailboxes.page(MailboxFilter.ALL, MailboxSort.ADDRESS, false, 0, 100));
            time("first page, by holder desc", () -> mailboxes.page(MailboxFilter.ALL, MailboxSort.HOLDER, true, 0, 100));
            List<MailboxRow> before = mailboxes.page(MailboxFilter.ALL, MailboxSort.ADDRESS, false, 499_900, 100);
            MailboxKey bookmark = before.getLast().key(MailboxSort.ADDRESS);
            time("offset 500,000 while scrolling (keyset from previous page)",
                    () -> mailboxes.pageAfter(MailboxFilter.ALL, MailboxSort.ADDRESS, false, bookmark, 0, 100));
            List<MailboxRow> far = mailboxes.page(MailboxFilter.ALL, MailboxSort.ADDRESS, false, 489_900, 100);
            time("offset 500,000, 10,000 rows past the last page seen (keyset + skip)",
                    () -> mailboxes.pageAfter(MailboxFilter.ALL, MailboxSort.ADDRESS, false,
                            far.getLast().key(MailboxSort.ADDRESS), 10_000, 100));
            for (MailboxSort sort : List.of(MailboxSort.STATUS, MailboxSort.LAST_LOGIN)) {
                List<MailboxRow> previous = mailboxes.page(MailboxFilter.ALL, sort, true, 499_900, 100);
                time("offset 500,000 by " + sort + " descending, while scrolling (keyset)",
                        () -> mailboxes.pageAfter(MailboxFilter.ALL, sort, true, previous.getLast().key(sort), 0, 100));
            }
            time("offset 500,000 with no page seen before it (offset scan; the grid never asks this way)",
                    () -> mailboxes.page(MailboxFilter.ALL, MailboxSort.ADDRESS, false, 500_000, 100));
            time("filtered by unit (Sở Nội vụ), first page",
                    () -> mailboxes.page(MailboxFilter.ofUnit(snv), MailboxSort.ADDRESS, false, 0, 100));
            List<MailboxRow> holderPage = mailboxes.page(MailboxFilter.ALL.withText("nguyen van an"), MailboxSort.HOLDER,
                    false, 49_900, 100);
            time("free text 'nguyen van an', page at offset 50,000 by keyset", () -> mailboxes.pageAfter(
                    MailboxFilter.ALL.withText("nguyen van an"), MailboxSort.HOLDER, false,
                    holderPage.getLast().key(MailboxSort.HOLDER), 0, 100));
            time("free text 'nguyen van an', first page",
                    () -> mailboxes.page(MailboxFilter.ALL.withText("nguyen van an"), MailboxSort.ADDRESS, false, 0, 100));
            time("free text 'Trần Thị' (holder search, ordered by holder)",
                    () -> mailboxes.page(MailboxFilter.ALL.withText("Trần Thị"), MailboxSort.HOLDER, false, 0, 100));
            time("free text address 'hoangminh'", () -> mailboxes.page(MailboxFilter.ALL.withText("hoangminh"),
                    MailboxSort.ADDRESS, false, 0, 100));
            time("no login for 90 days, first page",
                    () -> mailboxes.page(new MailboxFilter(null, null, null, null, true), MailboxSort.ADDRESS, false, 0, 100));
        });
    }

    private static void time(String what, Supplier<List<MailboxRow>> query) {
        for (int i = 0; i < 5; i++) query.get();
        long[] runs = new long[21];
        int rows = 0;
        for (int i = 0; i < runs.length; i++) {
            long t = System.nanoTime();
            rows = query.get().size();
            runs[i] = System.nanoTime() - t;
        }
        Arrays.sort(runs);
        System.out.printf("BENCH grid %-60s median %6.2f ms, max %6.2f ms (%d rows)%n", what, runs[10] / 1e6,
                runs[runs.length - 1] / 1e6, rows);
    }

    private static Path csv(String prefix, int rows, List<String> codes) throws IOException {
        Path file = Files.createTempFile("mailbox-bench-", ".csv");
        file.toFile().deleteOnExit();
        var names = new String[] {"Nguyễn Văn An", "Trần Thị Bích Ngọc", "Lê Minh Tuấn", "Phạm Thu Hà",
                "Hoàng Minh Đức", "Vũ Thị Lan", "Đặng Quang Huy", "Bùi Thị Thảo", "Phùng Văn Khánh"};
        Random random = new Random(1);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Địa chỉ thư;Họ và tên;Mã đơn vị\n");
            for (int i = 0; i < rows; i++) {
                String name = names[random.nextInt(names.length)];
                out.write(MailboxAddresses.localPart(name) + prefix + i + "@vinhphuc.gov.vn;" + name + ";"
                        + codes.get(random.nextInt(codes.size())) + "\n");
            }
        }
        return file;
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
