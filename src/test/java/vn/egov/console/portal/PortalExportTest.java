package vn.egov.console.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.console.DemoUsers.ADMIN;
import static vn.egov.console.DemoUsers.HEAD_SNV;
import static vn.egov.console.DemoUsers.HEAD_VINH_YEN;
import static vn.egov.console.DemoUsers.LEADER;
import static vn.egov.console.DemoUsers.OFFICER_SNV;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.DemoUsers;
import vn.egov.console.IntegrationTest;
import vn.egov.console.base.i18n.Messages;
import vn.egov.console.base.tabular.ExportFormat;

/** The portal register's export: scoped to the caller, the register's filter, Vietnamese labels, no formulas. */
@IntegrationTest
@Transactional
class PortalExportTest {

    @Autowired
    PortalExportService exports;
    @Autowired
    PortalService portals;
    @Autowired
    Messages messages;

    @Test
    void everyRoleExportsExactlyThePortalsItMayRead() {
        for (DemoUsers user : DemoUsers.values()) {
            List<String> readable = user.call(() -> portals.list().stream().map(Portal::url).toList());
            List<CSVRecord> rows = user.call(() -> csv(PortalFilter.NONE));
            assertThat(rows.stream().skip(1).map(r -> r.get(2)).toList()).as("export of %s", user)
                    .containsExactlyInAnyOrderElementsOf(readable);
        }
        assertThat(LEADER.call(() -> csv(PortalFilter.NONE))).hasSizeGreaterThanOrEqualTo(34 + 1);
        assertThat(HEAD_SNV.call(() -> csv(PortalFilter.NONE))).hasSize(2);
        assertThat(OFFICER_SNV.call(() -> csv(PortalFilter.NONE)).get(1).get(0)).isEqualTo("Sở Nội vụ");
        assertThat(HEAD_VINH_YEN.call(() -> csv(PortalFilter.NONE)).get(1).get(0)).contains("Vĩnh Yên");
    }

    @Test
    void theExportHoldsTheRowsTheFilterShowsWithTheirIssues() {
        List<Portal> stale = LEADER.call(() -> portals.list().stream()
                .filter(p -> portals.issues(p).contains(ComplianceIssue.CONTENT_STALE)).toList());
        assertThat(stale).as("the demo province has portals with stale content").isNotEmpty();
        List<CSVRecord> rows = LEADER.call(() -> csv(new PortalFilter(null, ComplianceIssue.CONTENT_STALE)));
        assertThat(rows.getFirst().get(1)).isEqualTo("Tên cổng/trang");
        assertThat(rows.stream().skip(1).map(r -> r.get(2)).toList())
                .containsExactlyInAnyOrderElementsOf(stale.stream().map(Portal::url).toList());
        assertThat(rows.stream().skip(1).map(r -> r.get(rows.getFirst().size() - 1)))
                .allMatch(issues -> issues.contains("Chậm cập nhật nội dung"));

        List<CSVRecord> byText = LEADER.call(() -> csv(new PortalFilter("tu phap", null)));
        assertThat(byText.stream().skip(1).map(r -> r.get(0))).containsOnly("Sở Tư pháp");
    }

    @Test
    void aNameThatLooksLikeAFormulaIsExportedAsText() {
        Portal snv = HEAD_SNV.call(() -> portals.list().getFirst());
        ADMIN.run(() -> {
            PortalDraft draft = snv.toDraft();
            portals.update(snv.id(), snv.version(), new PortalDraft(draft.unitId(), "@SUM(1+1)*cmd", draft.url(),
                    draft.hosting(), "-2+3", draft.editor(), draft.postingMinPosts(), draft.postingPeriod(),
                    draft.lastContentUpdate(), draft.securityLevel(), draft.securityDecisionNo(),
                    draft.securityDecisionDate(), draft.lastAssessmentDate(), draft.lastAssessmentResult(),
                    draft.openFindings(), draft.backupPlan(), draft.lastRestoreTestDate(),
                    draft.lastRestoreTestResult()));
        });
        CSVRecord row = HEAD_SNV.call(() -> csv(PortalFilter.NONE)).get(1);
        assertThat(row.get(1)).isEqualTo("'@SUM(1+1)*cmd");
        assertThat(row.get(7)).isEqualTo("'-2+3");
    }

    @Test
    void theExcelFileHasOneRowPerPortal() throws IOException {
        var out = new ByteArrayOutputStream();
        long written = LEADER.call(() -> write(PortalFilter.NONE, ExportFormat.XLSX, out));
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getFirstSheet();
            assertThat(sheet.getName()).isEqualTo("Cổng thông tin điện tử");
            assertThat(sheet.read()).hasSize((int) written + 1);
        }
        assertThat(written).isEqualTo((long) LEADER.call(() -> portals.list().size()));
    }

    private List<CSVRecord> csv(PortalFilter filter) {
        var out = new ByteArrayOutputStream();
        write(filter, ExportFormat.CSV, out);
        try {
            return CSVFormat.DEFAULT.parse(new StringReader(out.toString(StandardCharsets.UTF_8).substring(1)))
                    .getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long write(PortalFilter filter, ExportFormat format, ByteArrayOutputStream out) {
        try {
            return exports.export(filter, format, key -> messages.get("vi", key), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
