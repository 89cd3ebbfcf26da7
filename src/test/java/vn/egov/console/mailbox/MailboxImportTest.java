package vn.egov.console.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.egov.console.DemoUsers.ADMIN;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.DemoUsers;
import vn.egov.console.IntegrationTest;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.tabular.RowError;
import vn.egov.console.base.tabular.TabularWriter;

/** Create-or-update import: every bad-input case of the issue, and that nothing is stored when a row fails. */
@IntegrationTest
@Transactional
class MailboxImportTest {

    @Autowired
    MailboxImportService importer;
    @Autowired
    MailboxService mailboxes;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path dir;

    @Test
    void createsAndUpdatesByAddressWithoutDuplicatingOrBlanking() throws IOException {
        String existing = jdbc.queryForObject("SELECT address FROM mailbox WHERE holder_kind = 'PERSON' "
                + "AND unit_id = (SELECT id FROM unit WHERE code = ?) ORDER BY id LIMIT 1", String.class,
                DemoUsers.SNV_CODE);
        String holderBefore = holder(existing);
        long before = count();
        // UTF-8 with BOM, semicolons, Vietnamese headers in any case and accent; the existing row carries no name
        Path file = write("\uFEFFĐịa chỉ thư;Họ và tên;Chức vụ;Mã đơn vị;Trạng thái\r\n"
                + "tranthimai.snv@vinhphuc.gov.vn;Trần Thị Mai;Chuyên viên;" + DemoUsers.SNV_CODE + ";Đang hoạt động\r\n"
                + "LeVanHung.STP@VinhPhuc.gov.vn;Lê Văn Hùng;;" + DemoUsers.STP_CODE + ";\r\n"
                + existing + ";;Trưởng phòng Tổ chức;;\r\n", StandardCharsets.UTF_8);
        ImportResult first = ADMIN.call(() -> importer.importFile(file, ImportProgress.NONE));
        assertThat(first.errors()).isEmpty();
        assertThat(first).extracting(ImportResult::created, ImportResult::updated).containsExactly(2, 1);
        assertThat(count()).isEqualTo(before + 2);
        assertThat(holder(existing)).as("blank cell keeps the name").isEqualTo(holderBefore);
        assertThat(jdbc.queryForObject("SELECT position FROM mailbox WHERE address = ?", String.class, existing))
                .isEqualTo("Trưởng phòng Tổ chức");
        assertThat(holder("levanhung.stp@vinhphuc.gov.vn")).isEqualTo("Lê Văn Hùng");

        ImportResult again = ADMIN.call(() -> importer.importFile(file, ImportProgress.NONE));
        assertThat(again).extracting(ImportResult::created, ImportResult::updated, ImportResult::unchanged)
                .containsExactly(0, 0, 3);
        assertThat(count()).isEqualTo(before + 2);
        long id = jdbc.queryForObject("SELECT id FROM mailbox WHERE address = ?", Long.class, existing);
        assertThat(ADMIN.call(() -> mailboxes.history(id))).singleElement().satisfies(a -> {
            assertThat(a.action()).isEqualTo("IMPORT_UPDATED");
            assertThat(a.actor()).isEqualTo("admin");
            assertThat(a.before()).doesNotContain("Trưởng phòng Tổ chức");
            assertThat(a.after()).contains("Trưởng phòng Tổ chức");
        });
    }

    @Test
    void readsXlsxWithEnglishHeadersAndTheExportsOwnColumns() throws IOException {
        Path file = dir.resolve("mailboxes.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            TabularWriter.xlsx(out, "Sheet1", List.of("Address", "Holder", "Unit code", "Unit", "Status", "Quota (MB)"),
                    Stream.of(List.of("dovanquang.snv@vinhphuc.gov.vn", "Đỗ Văn Quang", DemoUsers.SNV_CODE,
                            "Sở Nội vụ", "Suspended", 1024)));
        }
        ImportResult r = ADMIN.call(() -> importer.importFile(file, ImportProgress.NONE));
        assertThat(r.errors()).isEmpty();
        assertThat(jdbc.queryForMap("SELECT status, quota_mb FROM mailbox WHERE address = ?",
                "dovanquang.snv@vinhphuc.gov.vn")).containsEntry("status", "SUSPENDED").containsEntry("quota_mb", 1024);
    }

    @Test
    void everyBadRowIsReportedAndNothingIsStored() throws IOException {
        long before = count();
        Path file = write("Địa chỉ thư,Họ và tên,Mã đơn vị,Dung lượng (MB)\n"
                + "hople.snv@vinhphuc.gov.vn,Hợp Lệ,000.00.02.H62,100\n"           // 2 fine on its own
                + "khong hop le@vinhphuc.gov.vn,A,000.00.02.H62,\n"               // 3 malformed
                + "someone@gmail.com,B,000.00.02.H62,\n"                          // 4 wrong domain
                + "c.snv@vinhphuc.gov.vn,C,999.99.99.H62,\n"                      // 5 unknown unit
                + "HopLe.snv@vinhphuc.gov.vn,D,000.00.02.H62,\n"                  // 6 duplicate of row 2
                + "e.snv@vinhphuc.gov.vn,E,000.00.02.H62,1,extra\n"               // 7 too many columns
                + "f.snv@vinhphuc.gov.vn,,,abc\n"                                 // 8 new without unit/holder, bad number
                + "snv@vinhphuc.gov.vn,,,\n", StandardCharsets.UTF_8);            // 9 existing: fine
        ImportResult r = ADMIN.call(() -> importer.importFile(file, ImportProgress.NONE));
        assertThat(r.succeeded()).isFalse();
        assertThat(r.errors()).extracting(RowError::line, RowError::messageKey).contains(
                org.assertj.core.groups.Tuple.tuple(3, "error.mailbox.addressFormat"),
                org.assertj.core.groups.Tuple.tuple(4, "error.mailbox.addressDomain"),
                org.assertj.core.groups.Tuple.tuple(5, "error.mailbox.import.unknownUnit"),
                org.assertj.core.groups.Tuple.tuple(6, "error.mailbox.import.duplicateAddress"),
                org.assertj.core.groups.Tuple.tuple(7, "error.import.tooManyColumns"),
                org.assertj.core.groups.Tuple.tuple(8, "error.mailbox.import.number"));
        assertThat(r.errors()).noneMatch(e -> e.line() == 2 || e.line() == 9);
        assertThat(count()).as("nothing stored").isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mailbox WHERE address = 'hople.snv@vinhphuc.gov.vn'",
                Integer.class)).isZero();
    }

    @Test
    void newRowsNeedUnitAndHolder() throws IOException {
        Path file = write("Địa chỉ thư;Chức vụ\nmoi.snv@vinhphuc.gov.vn;Chuyên viên\n", StandardCharsets.UTF_8);
        ImportResult r = ADMIN.call(() -> importer.importFile(file, ImportProgress.NONE));
        assertThat(r.errors()).extracting(RowError::messageKey)
                .containsExactlyInAnyOrder("error.mailbox.import.newNeedsUnit", "error.mailbox.import.newNeedsHolder");
    }

    @Test
    void aRecentlyClosedAddressCannotBeReopenedByImport() throws IOException {
        MailboxRow row = ADMIN.call(() -> mailboxes.page(new MailboxFilter(null, null, null, MailboxStatus.ACTIVE,
                false), MailboxSort.ADDRESS, false, 3, 1).getFirst());
        ADMIN.run(() -> mailboxes.close(row.id(), row.version(), "Nghỉ hưu"));
        Path file = write("Địa chỉ thư;Trạng thái\n" + row.address() + ";Đang hoạt động\n", StandardCharsets.UTF_8);
        ImportResult r = ADMIN.call(() -> importer.importFile(file, ImportProgress.NONE));
        assertThat(r.errors()).singleElement().extracting(RowError::messageKey)
                .isEqualTo("error.mailbox.addressQuarantined");
    }

    @Test
    void fileLevelProblemsHaveTheirOwnMessages() throws IOException {
        assertFile(write("", StandardCharsets.UTF_8), "error.import.empty");
        // a file saved as "ANSI" (Windows-1252) by an old spreadsheet: é is not valid UTF-8
        Path ansi = dir.resolve("ansi.csv");
        Files.write(ansi, ("Địa chỉ thư;Họ và tên\n").getBytes(StandardCharsets.UTF_8));
        Files.write(ansi, "andre@vinhphuc.gov.vn;André Hà\n".getBytes(Charset.forName("windows-1252")),
                java.nio.file.StandardOpenOption.APPEND);
        assertFile(ansi, "error.import.encoding");
        assertFile(write("Địa chỉ thư;Cột lạ\na@vinhphuc.gov.vn;x\n", StandardCharsets.UTF_8),
                "error.import.unknownColumns");
        assertFile(write("Họ và tên\nA\n", StandardCharsets.UTF_8), "error.import.missingColumns");
        Path big = dir.resolve("big.csv");
        try (var out = Files.newBufferedWriter(big)) {
            out.write("Địa chỉ thư;Họ và tên\n");
            String line = "nguyenvanan.snv@vinhphuc.gov.vn;Nguyễn Văn An " + "x".repeat(60) + "\n";
            for (long written = 0; written <= MailboxImportService.MAX_BYTES; written += line.length()) out.write(line);
        }
        assertFile(big, "error.import.tooLarge");
    }

    @Test
    void aFileThatIsNoTableOrADamagedOneGetsASentenceNotTheLibrarysWords() throws IOException {
        Path fakeXlsx = dir.resolve("mailboxes.xlsx");
        Files.write(fakeXlsx, "PK\u0003\u0004 renamed, not a workbook".getBytes(StandardCharsets.ISO_8859_1));
        assertFile(fakeXlsx, "error.import.damagedXlsx");
        Path pdf = dir.resolve("mailboxes.pdf");
        Files.write(pdf, "%PDF-1.4\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
        assertFile(pdf, "error.import.notTable");
        assertFile(write("tranthimai.snv@vinhphuc.gov.vn;Trần Thị Mai\n", StandardCharsets.UTF_8),
                "error.import.noHeader");
        assertFile(write("Địa chỉ thư;Họ và tên\n", StandardCharsets.UTF_8), "error.import.noRows");
        assertFile(write("Địa chỉ thư;Họ và tên\na@vinhphuc.gov.vn;\"Trần\nb@vinhphuc.gov.vn;x\n",
                StandardCharsets.UTF_8), "error.import.malformedCsv");
    }

    private void assertFile(Path file, String key) {
        assertThatThrownBy(() -> ADMIN.call(() -> importer.importFile(file, ImportProgress.NONE)))
                .isInstanceOf(BusinessException.class).hasMessage(key);
    }

    private Path write(String content, Charset charset) throws IOException {
        Path file = Files.createTempFile(dir, "import", ".csv");
        Files.writeString(file, content, charset);
        return file;
    }

    private long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM mailbox", Long.class);
    }

    private String holder(String address) {
        return jdbc.queryForObject("SELECT holder_name FROM mailbox WHERE address = ? AND status <> 'CLOSED'",
                String.class, address);
    }
}
