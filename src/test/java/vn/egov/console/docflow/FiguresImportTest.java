package vn.egov.console.docflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.egov.console.DemoUsers.ADMIN;
import static vn.egov.console.DemoUsers.HEAD_SNV;
import static vn.egov.console.DemoUsers.LEADER;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.DemoUsers;
import vn.egov.console.IntegrationTest;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.tabular.ImportResult;
import vn.egov.console.base.tabular.RowError;
import vn.egov.console.base.tabular.TabularWriter;
import vn.egov.console.docflow.internal.FiguresImport;
import vn.egov.console.organization.UnitService;

@IntegrationTest
@Transactional
class FiguresImportTest {

    static final String HEADER = "Mã đơn vị;Tháng;Tổng văn bản đi;VB đi điện tử;VB đến điện tử;VB đi ký số;"
            + "VB đi kèm bản giấy;VB gửi Trung ương;VB gửi Trung ương có ký số\n";

    @Autowired
    DocflowService service;
    @Autowired
    UnitService units;

    static ByteArrayInputStream csv(String body) {
        return new ByteArrayInputStream(("\uFEFF" + HEADER + body).getBytes(StandardCharsets.UTF_8));
    }

    long id(String code) {
        return ADMIN.call(() -> units.findByCode(code).orElseThrow().id());
    }

    @Test
    void importCreatesThenUpdatesByUnitAndMonth() {
        String rows = DemoUsers.SNV_CODE + ";2012-01;100;90;200;80;10;5;1\n"
                + DemoUsers.STP_CODE + ";02/2012;50;50;70;50;0;0;0\n";
        ImportResult first = ADMIN.call(() -> service.importFigures(csv(rows)));
        assertThat(first.errors()).isEmpty();
        assertThat(first.created()).isEqualTo(2);
        assertThat(first.updated()).isZero();

        ImportResult again = ADMIN.call(() -> service.importFigures(csv(
                DemoUsers.SNV_CODE + ";2012-01;100;95;200;95;0;5;5\n")));
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isEqualTo(1);
        MonthlyRow row = ADMIN.call(() -> service.figuresOf(id(DemoUsers.SNV_CODE), YearMonth.of(2012, 1))).orElseThrow();
        assertThat(row.figures().sentSigned()).isEqualTo(95);
        assertThat(row.source()).isEqualTo(FigureSource.IMPORT);
        assertThat(ADMIN.call(() -> service.countFigures(id(DemoUsers.SNV_CODE), 2012))).isEqualTo(1);
    }

    @Test
    void oneBadRowAndNothingIsStoredWithEveryErrorReportedByRow() {
        String rows = DemoUsers.SNV_CODE + ";2012-03;100;90;200;80;10;0;0\n"     // line 2: fine
                + DemoUsers.STP_CODE + ";2012-03;100;90;200;95;10;0;0\n"          // line 3: signed > sent
                + "KHONG.CO;2012-03;1;1;1;1;0;0;0\n"                               // line 4: unknown unit
                + DemoUsers.SNV_CODE + ";2099-01;1;1;1;1;0;0;0\n"                  // line 5: future
                + DemoUsers.SNV_CODE + ";tháng ba;-1;x;1;1;0;0;0\n"                // line 6: several
                + DemoUsers.SNV_CODE + ";03/2012;100;90;200;80;10;0;0\n";          // line 7: twice the same month
        ImportResult r = ADMIN.call(() -> service.importFigures(csv(rows)));
        assertThat(r.rejected()).isTrue();
        assertThat(r.errors()).extracting(RowError::line, RowError::messageKey).contains(
                org.assertj.core.groups.Tuple.tuple(3, "error.docflow.signedAboveSent"),
                org.assertj.core.groups.Tuple.tuple(4, "error.docflow.import.unitUnknown"),
                org.assertj.core.groups.Tuple.tuple(5, "error.docflow.futureMonth"),
                org.assertj.core.groups.Tuple.tuple(6, "error.docflow.import.monthFormat"),
                org.assertj.core.groups.Tuple.tuple(6, "error.docflow.import.numberFormat"),
                org.assertj.core.groups.Tuple.tuple(7, "error.docflow.import.duplicate"));
        assertThat(r.errors()).noneMatch(e -> e.line() == 2);
        assertThat(ADMIN.call(() -> service.figuresOf(id(DemoUsers.SNV_CODE), YearMonth.of(2012, 3)))).isEmpty();
    }

    @Test
    void unitUsersCannotImportForOtherUnits() {
        ImportResult r = HEAD_SNV.call(() -> service.importFigures(csv(
                DemoUsers.STP_CODE + ";2012-04;10;10;10;10;0;0;0\n")));
        assertThat(r.errors()).extracting(RowError::messageKey).containsExactly("error.docflow.import.unitUnknown");
        ImportResult own = HEAD_SNV.call(() -> service.importFigures(csv(
                DemoUsers.SNV_CODE + ";2012-04;10;10;10;10;0;0;0\n")));
        assertThat(own.created()).isEqualTo(1);
        assertThatThrownBy(() -> LEADER.run(() -> service.importFigures(csv(""))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void xlsxIsReadToo() throws Exception {
        var out = new ByteArrayOutputStream();
        TabularWriter.xlsx(out, "Số liệu", List.of("unit_code", "month", "sent_total", "sent_electronic",
                        "received_electronic", "sent_signed", "sent_paper_parallel"),
                Stream.of(List.of(DemoUsers.SNV_CODE, "2012-06", 40, 30, 60, 20, 3)));
        ImportResult r = ADMIN.call(() -> service.importFigures(new ByteArrayInputStream(out.toByteArray())));
        assertThat(r.errors()).isEmpty();
        assertThat(r.created()).isEqualTo(1);
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefusedAsAWhole() {
        var file = new ByteArrayInputStream("unit_code;month\nX;2012-01\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> ADMIN.run(() -> service.importFigures(file))).isInstanceOf(BusinessException.class)
                .hasFieldOrPropertyWithValue("messageKey", "error.import.missingColumns");
    }

    @Test
    void everyFileProblemIsATranslatedSentence() {
        assertFileRefused("PK\u0003\u0004 not a workbook".getBytes(StandardCharsets.ISO_8859_1),
                "error.import.damagedXlsx");
        assertFileRefused(new byte[0], "error.import.empty");
        assertFileRefused(("Mã đơn vị;Tháng\n" + DemoUsers.SNV_CODE + ";Tháng 3\n")
                .getBytes(java.nio.charset.Charset.forName("windows-1258")), "error.import.encoding");
        assertFileRefused((DemoUsers.SNV_CODE + ";2012-01;100;90;200;80;10;5;1\n").getBytes(StandardCharsets.UTF_8),
                "error.import.noHeader");
        assertFileRefused(HEADER.getBytes(StandardCharsets.UTF_8), "error.import.noRows");
        assertFileRefused(HEADER.replace("\n", ";Ghi chú\n").getBytes(StandardCharsets.UTF_8),
                "error.import.unknownColumns");
        StringBuilder many = new StringBuilder(HEADER);
        String row = DemoUsers.SNV_CODE + ";2012-01;1;1;1;1;0;0;0\n";
        many.append(row.repeat(FiguresImport.MAX_ROWS + 1));
        assertFileRefused(many.toString().getBytes(StandardCharsets.UTF_8), "error.import.tooManyRows");
    }

    private void assertFileRefused(byte[] content, String key) {
        assertThatThrownBy(() -> ADMIN.run(() -> service.importFigures(new ByteArrayInputStream(content))))
                .isInstanceOf(BusinessException.class).hasFieldOrPropertyWithValue("messageKey", key);
    }
}
