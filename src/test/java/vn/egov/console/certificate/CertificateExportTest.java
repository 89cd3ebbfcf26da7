package vn.egov.console.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.egov.console.DemoUsers.HEAD_SNV;
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
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.DemoUsers;
import vn.egov.console.IntegrationTest;
import vn.egov.console.base.i18n.Messages;
import vn.egov.console.base.tabular.ExportFormat;
import vn.egov.console.organization.UnitService;

/** The register's export: the caller's scope, the register's filter and order, Vietnamese labels, no formulas. */
@IntegrationTest
@Transactional
class CertificateExportTest {

    @Autowired
    CertificateExportService exports;
    @Autowired
    CertificateService certificates;
    @Autowired
    UnitService units;
    @Autowired
    Messages messages;

    @Test
    void leadershipExportsTheWholeProvinceWithVietnameseHeaders() {
        List<CSVRecord> rows = LEADER.call(() -> csv(CertificateFilter.all(), Sort.unsorted()));
        long total = LEADER.call(() -> certificates.count(CertificateFilter.all()));
        assertThat(rows).hasSize((int) total + 1);
        assertThat(rows.getFirst().get(0)).isEqualTo("Mã định danh");
        assertThat(rows.getFirst().get(4)).isEqualTo("Thuê bao (người / cơ quan sử dụng)");
        assertThat(rows.stream().skip(1).map(r -> r.get(2)).distinct())
                .containsExactlyInAnyOrder("Cấp tỉnh", "Cấp huyện", "Cấp xã");
    }

    @Test
    void aUnitExportsOnlyItsOwnCertificatesAndNeverAnotherUnits() {
        long stp = LEADER.call(() -> units.findByCode(DemoUsers.STP_CODE).orElseThrow().id());
        List<CSVRecord> rows = HEAD_SNV.call(() -> csv(CertificateFilter.all(), Sort.unsorted()));
        assertThat(rows).hasSizeGreaterThan(1);
        assertThat(rows.stream().skip(1).map(r -> r.get(0))).containsOnly(DemoUsers.SNV_CODE);

        HEAD_SNV.run(() -> assertThatThrownBy(() -> exports.export(CertificateFilter.all().withUnit(stp),
                Sort.unsorted(), ExportFormat.CSV, this::vi, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void theExportFollowsTheRegistersFilterAndOrder() {
        var filter = new CertificateFilter(null, CertificateKind.AGENCY, CertificateStatus.HANDED_OVER, null, null,
                null, null);
        Sort byHolderDescending = Sort.by(Sort.Order.desc("holderName"));
        List<String> onScreen = LEADER.call(() -> certificates.search(filter, PageRequest.of(0, 1_000,
                byHolderDescending))).stream().map(CertificateRow::holderName).toList();
        List<CSVRecord> rows = LEADER.call(() -> csv(filter, byHolderDescending));
        assertThat(rows.stream().skip(1).map(r -> r.get(4)).toList()).isEqualTo(onScreen);
    }

    @Test
    void aHolderNameThatLooksLikeAFormulaIsExportedAsText() {
        long snv = LEADER.call(() -> units.findByCode(DemoUsers.SNV_CODE).orElseThrow().id());
        OFFICER_SNV.call(() -> certificates.requestNew(new NewCertificateRequest(snv, CertificateKind.PERSONAL,
                "=HYPERLINK(\"http://x.test\",\"Bấm vào\")", null)));
        var requested = new CertificateFilter(null, null, CertificateStatus.REQUESTED, snv, null, null, null);
        List<CSVRecord> rows = HEAD_SNV.call(() -> csv(requested, Sort.unsorted()));
        assertThat(rows.stream().skip(1).map(r -> r.get(4)))
                .contains("'=HYPERLINK(\"http://x.test\",\"Bấm vào\")")
                .noneMatch(holder -> holder.startsWith("="));
    }

    @Test
    void theExcelFileHasOneSheetWithDatesAsDates() throws IOException {
        var out = new ByteArrayOutputStream();
        long written = LEADER.call(() -> {
            try {
                return exports.export(CertificateFilter.all(), Sort.unsorted(), ExportFormat.XLSX, this::vi, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getFirstSheet();
            assertThat(sheet.getName()).isEqualTo("Chứng thư số chuyên dùng");
            List<Row> rows = sheet.read();
            assertThat(rows).hasSize((int) written + 1);
            Row handedOver = rows.stream().skip(1).filter(r -> "Đã bàn giao".equals(r.getCellText(5))).findFirst()
                    .orElseThrow();
            assertThat(handedOver.getCellAsDate(9)).as("valid to is a date cell").isPresent();
        }
    }

    private List<CSVRecord> csv(CertificateFilter filter, Sort sort) {
        var out = new ByteArrayOutputStream();
        try {
            exports.export(filter, sort, ExportFormat.CSV, this::vi, out);
            String text = out.toString(StandardCharsets.UTF_8);
            assertThat(text).startsWith("\uFEFF");
            return CSVFormat.DEFAULT.parse(new StringReader(text.substring(1))).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String vi(String key) {
        return messages.get("vi", key);
    }
}
