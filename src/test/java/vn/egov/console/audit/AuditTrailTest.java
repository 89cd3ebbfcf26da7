package vn.egov.console.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.egov.console.DemoUsers.ADMIN;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.egov.console.DemoUsers;
import vn.egov.console.IntegrationTest;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.tabular.ExportFormat;
import vn.egov.console.base.time.ProvinceTime;
import vn.egov.console.mailbox.ImportProgress;
import vn.egov.console.mailbox.MailboxImportService;
import vn.egov.console.organization.UnitDraft;
import vn.egov.console.organization.UnitService;
import vn.egov.console.organization.UnitSummary;

/** What the trail records for a change, that it goes with the change's transaction, and what ADMIN reads back. */
@IntegrationTest
@Transactional
class AuditTrailTest {

    @Autowired
    UnitService units;
    @Autowired
    AuditService audit;
    @Autowired
    MailboxImportService mailboxImport;
    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aChangeRecordsWhoFromWhereAndTheFieldsBeforeAndAfter() {
        UnitSummary snv = snv();
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("10.20.30.40");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        ADMIN.run(() -> units.update(snv.id(), snv.version(), new UnitDraft(snv.code(), snv.name(), snv.tier(),
                snv.kind(), snv.parentId(), snv.headcount() + 7, snv.hasItOfficer())));

        AuditRow entry = latest(record(snv.id(), "organization"));
        assertThat(entry.actor()).isEqualTo("admin");
        assertThat(entry.client()).isEqualTo("10.20.30.40");
        assertThat(entry.entityType()).isEqualTo("unit");
        assertThat(entry.label()).isEqualTo(snv.name());
        assertThat(entry.action()).isEqualTo(AuditAction.UPDATED);
        assertThat(entry.changes()).as("only the field that changed").containsExactly(new FieldChange("headcount",
                String.valueOf(snv.headcount()), String.valueOf(snv.headcount() + 7)));
        assertThat(entry.at().atZone(ProvinceTime.ZONE).toLocalDate()).isEqualTo(LocalDate.now(ProvinceTime.ZONE));
    }

    @Test
    void anUpdateThatChangesNothingWritesNoEntry() {
        UnitSummary snv = snv();
        long before = ADMIN.call(() -> audit.count(record(snv.id(), "organization")));
        ADMIN.run(() -> units.update(snv.id(), snv.version(), UnitDraft.of(snv)));
        assertThat(ADMIN.call(() -> audit.count(record(snv.id(), "organization")))).isEqualTo(before);
    }

    @Test
    void aChangeThatRollsBackLeavesNoEntry() {
        UnitSummary snv = snv();
        TransactionTemplate own = new TransactionTemplate(transactions);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        assertThatThrownBy(() -> ADMIN.run(() -> own.executeWithoutResult(status -> {
            units.update(snv.id(), snv.version(), new UnitDraft(snv.code(), snv.name() + " (tạm)", snv.tier(),
                    snv.kind(), snv.parentId(), snv.headcount(), snv.hasItOfficer()));
            throw new IllegalStateException("the change fails after it was recorded");
        }))).hasMessageContaining("fails");
        assertThat(ADMIN.call(() -> audit.search(record(snv.id(), "organization"), 0, 50)))
                .noneMatch(e -> String.valueOf(e.changesText()).contains("(tạm)"));
        assertThat(ADMIN.call(() -> units.get(snv.id())).name()).isEqualTo(snv.name());
    }

    @Test
    void aRefusedChangeLeavesNoEntry() {
        UnitSummary snv = snv();
        long before = ADMIN.call(() -> audit.count(record(snv.id(), "organization")));
        assertThatThrownBy(() -> ADMIN.run(() -> units.update(snv.id(), snv.version(), new UnitDraft(snv.code(),
                " ", snv.tier(), snv.kind(), snv.parentId(), snv.headcount(), snv.hasItOfficer()))))
                .isInstanceOf(BusinessException.class);
        assertThat(ADMIN.call(() -> audit.count(record(snv.id(), "organization")))).isEqualTo(before);
    }

    @Autowired
    AuditTrail trail;

    @Test
    void theTrailIsNeverWrittenOutsideTheChangesTransaction() {
        TransactionTemplate none = new TransactionTemplate(transactions);
        none.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
        assertThatThrownBy(() -> ADMIN.run(() -> none.executeWithoutResult(status -> trail.record(
                AuditEntry.of("organization", "unit", 1L, "x", AuditAction.UPDATED).changed("name", "a", "b")))))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void theExportHoldsExactlyTheFilteredRows() throws IOException {
        UnitSummary snv = snv();
        UnitSummary after = ADMIN.call(() -> units.update(snv.id(), snv.version(), new UnitDraft(snv.code(),
                snv.name(), snv.tier(), snv.kind(), snv.parentId(), snv.headcount() + 1, snv.hasItOfficer())));
        ADMIN.run(() -> units.update(snv.id(), after.version(), new UnitDraft(snv.code(), snv.name(), snv.tier(),
                snv.kind(), snv.parentId(), snv.headcount() + 2, snv.hasItOfficer())));
        UnitSummary other = ADMIN.call(() -> units.findByCode(DemoUsers.STP_CODE).orElseThrow());
        ADMIN.run(() -> units.update(other.id(), other.version(), new UnitDraft(other.code(), other.name(),
                other.tier(), other.kind(), other.parentId(), other.headcount() + 1, other.hasItOfficer())));

        AuditFilter filter = new AuditFilter("organization", "admin", LocalDate.now(ProvinceTime.ZONE),
                LocalDate.now(ProvinceTime.ZONE), String.valueOf(snv.id()), "headcount");
        List<CSVRecord> rows = csv(filter);
        assertThat(rows.getFirst().get(0)).as("a header row in the reader's language").isEqualTo("common.when");
        assertThat(rows.subList(1, rows.size())).hasSize((int) (long) ADMIN.call(() -> audit.count(filter)))
                .hasSize(2)
                .allSatisfy(r -> {
                    assertThat(r.get(5)).isEqualTo(String.valueOf(snv.id()));
                    assertThat(r.get(6)).isEqualTo(snv.name());
                })
                .extracting(r -> r.get(8)).containsExactly(
                        "headcount: " + (snv.headcount() + 1) + " → " + (snv.headcount() + 2),
                        "headcount: " + snv.headcount() + " → " + (snv.headcount() + 1));
    }

    @Test
    void aMailboxImportIsOneEntryWithItsCountsAndFileName(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("upload.csv");
        Files.writeString(file, "address,holder_name,unit_code\n"
                + "audit.one@vinhphuc.gov.vn,Kiểm Tra Một," + DemoUsers.SNV_CODE + "\n"
                + "audit.two@vinhphuc.gov.vn,Kiểm Tra Hai," + DemoUsers.SNV_CODE + "\n", StandardCharsets.UTF_8);
        ADMIN.run(() -> mailboxImport.importFile(file, "hop-thu-thang-12.csv", ImportProgress.NONE));
        AuditFilter imports = new AuditFilter("mailbox", null, null, null, "hop-thu-thang-12", null);
        assertThat(ADMIN.call(() -> audit.search(imports, 0, 10))).singleElement().satisfies(e -> {
            assertThat(e.entityType()).isEqualTo("mailboxImport");
            assertThat(e.action()).isEqualTo(AuditAction.IMPORTED);
            assertThat(e.changes()).contains(new FieldChange("rows", null, "2"), new FieldChange("created", null, "2"));
        });
    }

    private List<CSVRecord> csv(AuditFilter filter) throws IOException {
        var out = new ByteArrayOutputStream();
        ADMIN.call(() -> audit.export(filter, ExportFormat.CSV, key -> key, out));
        String text = out.toString(StandardCharsets.UTF_8).replace("\uFEFF", "");
        return CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
    }

    private AuditRow latest(AuditFilter filter) {
        return ADMIN.call(() -> audit.search(filter, 0, 1)).getFirst();
    }

    private static AuditFilter record(long id, String feature) {
        return new AuditFilter(feature, null, null, null, String.valueOf(id), null);
    }

    private UnitSummary snv() {
        return ADMIN.call(() -> units.findByCode(DemoUsers.SNV_CODE).orElseThrow());
    }
}
