package vn.egov.console.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.egov.console.DemoUsers.ADMIN;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.DemoUsers;
import vn.egov.console.IntegrationTest;
import vn.egov.console.base.tabular.RowError;
import vn.egov.console.organization.UnitService;

/** Flaw 6 of issue 14 for mailboxes: the form and the import clean text alike, and searches see through NFD. */
@IntegrationTest
@Transactional
class MailboxTextInputTest {

    @Autowired
    MailboxService mailboxes;
    @Autowired
    MailboxImportService importer;
    @Autowired
    UnitService units;
    @TempDir
    Path dir;

    @Test
    void anInvisibleHolderNameIsRefusedInTheFormAndInTheImport() throws IOException {
        ADMIN.run(() -> {
            long snv = units.findByCode(DemoUsers.SNV_CODE).orElseThrow().id();
            assertThatThrownBy(() -> mailboxes.create(new MailboxDraft("vohinh.snv@vinhphuc.gov.vn",
                    HolderKind.PERSON, "\u200B\u00A0", null, snv, 100))).hasMessage("error.text.invisibleOnly");
        });
        Path file = Files.writeString(dir.resolve("m.csv"), "Địa chỉ thư;Họ và tên;Mã đơn vị\n"
                + "vohinh2.snv@vinhphuc.gov.vn;\u200B\u00A0\u200B;" + DemoUsers.SNV_CODE + "\n", StandardCharsets.UTF_8);
        ImportResult r = ADMIN.call(() -> importer.importFile(file, ImportProgress.NONE));
        assertThat(r.errors()).extracting(RowError::column, RowError::messageKey)
                .contains(org.assertj.core.groups.Tuple.tuple("holder_name", "error.text.invisibleOnly"));
        assertThat(r.created()).isZero();
    }

    @Test
    void anNfdHolderImportedIsStoredAsNfcAndFoundByItsNfcSearch() throws IOException {
        String nfc = "Đặng Thị Huyền Trâm";
        Path file = Files.writeString(dir.resolve("n.csv"), "Địa chỉ thư;Họ và tên;Mã đơn vị\n"
                + "\u00A0dangthihuyentram.snv@vinhphuc.gov.vn\u200B;" + Normalizer.normalize(nfc, Normalizer.Form.NFD)
                + ";" + DemoUsers.SNV_CODE + "\n", StandardCharsets.UTF_8);
        ImportResult r = ADMIN.call(() -> importer.importFile(file, ImportProgress.NONE));
        assertThat(r.errors()).isEmpty();
        ADMIN.run(() -> {
            var found = mailboxes.page(new MailboxFilter("Đặng Thị Huyền", null, null, null, false),
                    MailboxSort.HOLDER, false, 0, 10);
            assertThat(found).extracting(MailboxRow::holderName).contains(nfc);
            assertThat(found).extracting(MailboxRow::address).contains("dangthihuyentram.snv@vinhphuc.gov.vn");
            var byNfd = mailboxes.page(new MailboxFilter(Normalizer.normalize("Đặng Thị Huyền", Normalizer.Form.NFD),
                    null, null, null, false), MailboxSort.HOLDER, false, 0, 10);
            assertThat(byNfd).extracting(MailboxRow::holderName).contains(nfc);
        });
    }
}
