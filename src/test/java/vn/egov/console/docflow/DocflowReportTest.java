package vn.egov.console.docflow;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.console.DemoUsers.ADMIN;
import static vn.egov.console.DemoUsers.HEAD_SNV;
import static vn.egov.console.DemoUsers.LEADER;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import vn.egov.console.DemoUsers;
import vn.egov.console.IntegrationTest;
import vn.egov.console.base.i18n.Formats;

@IntegrationTest
class DocflowReportTest {

    @Autowired
    DocflowReportService reports;
    @Autowired
    DocflowService docflow;

    @Test
    void theReportsFiguresAreTheKpis() {
        Period p = Period.year(2019);
        ReportData r = LEADER.call(() -> reports.build(p, Formats.VIETNAMESE));
        assertThat(r.totals()).isEqualTo(LEADER.call(() -> docflow.totals(p, null)));
        assertThat(r.previous()).isEqualTo(LEADER.call(() -> docflow.totals(Period.year(2018), null)));
        assertThat(r.units()).isEqualTo(LEADER.call(() -> docflow.ranking(p)));
        assertThat(r.units().stream().map(UnitKpi::totals).reduce(ExchangeTotals.EMPTY, ExchangeTotals::plus))
                .isEqualTo(r.totals());
        assertThat(r.scopeName()).isEqualTo("Toàn tỉnh");
        assertThat(r.lagging()).extracting(ReportData.Lagging::unitName).contains("Ban Dân tộc", "Sở Ngoại vụ");
        assertThat(r.lagging()).allMatch(l -> !l.reasons().isEmpty());
    }

    @Test
    void aUnitHeadsReportCoversTheirUnitOnly() {
        ReportData r = HEAD_SNV.call(() -> reports.build(Period.year(2019), Formats.VIETNAMESE));
        assertThat(r.scopeName()).isEqualTo("Sở Nội vụ");
        assertThat(r.units()).extracting(UnitKpi::unitCode).containsExactly(DemoUsers.SNV_CODE);
        assertThat(r.totals()).isEqualTo(r.units().getFirst().totals());
    }

    @Test
    void thePdfIsInVietnameseWithTheSameFigures() throws Exception {
        Period p = Period.year(2019);
        byte[] pdf = LEADER.call(() -> reports.pdf(p, Formats.VIETNAMESE));
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        ReportData r = LEADER.call(() -> reports.build(p, Formats.VIETNAMESE));
        PdfReader reader = new PdfReader(pdf);
        String page1 = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(page1).contains("BÁO CÁO TÌNH HÌNH SỬ DỤNG VĂN BẢN ĐIỆN TỬ").contains("Chỉ thị số 15/CT-TTg")
                .contains("01/2019 – 12/2019")
                .contains(Formats.number(r.totals().sentElectronic(), Formats.VIETNAMESE))
                .contains(Formats.percent(r.totals().signedShare(), Formats.VIETNAMESE));
        reader.close();
    }

    @Test
    void theWorkbookHasSummaryUnitsAndLaggingSheets() throws Exception {
        Period p = Period.year(2019);
        byte[] xlsx = ADMIN.call(() -> reports.xlsx(p, Formats.VIETNAMESE));
        ReportData r = ADMIN.call(() -> reports.build(p, Formats.VIETNAMESE));
        try (var wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheets = wb.getSheets().toList();
            assertThat(sheets).extracting(s -> s.getName()).containsExactly("Tổng hợp", "Theo đơn vị", "Đơn vị chậm");
            List<Row> summary = sheets.get(0).read();
            Row electronic = summary.stream().filter(row -> "Văn bản đi điện tử".equals(row.getCellText(0)))
                    .findFirst().orElseThrow();
            assertThat(electronic.getCellAsNumber(1).orElseThrow().longValue()).isEqualTo(r.totals().sentElectronic());
            assertThat(sheets.get(1).read()).hasSize(r.units().size() + 1);
            assertThat(sheets.get(2).read()).hasSize(r.lagging().size() + 1);
        }
    }
}
