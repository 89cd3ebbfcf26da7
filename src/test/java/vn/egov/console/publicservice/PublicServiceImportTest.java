package vn.egov.console.publicservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.egov.console.DemoUsers.ADMIN;
import static vn.egov.console.DemoUsers.HEAD_VINH_YEN;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.DemoUsers;
import vn.egov.console.IntegrationTest;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.tabular.ImportResult;
import vn.egov.console.base.tabular.RowError;
import vn.egov.console.organization.Tier;

/** Figures and catalogue imports: create-or-update by natural key, all or nothing, one clear message per bad row. */
@IntegrationTest
@Transactional
class PublicServiceImportTest {

    static final String HEADER = "Mã thủ tục;Mã đơn vị;Tháng;Tiếp nhận;Tiếp nhận trực tuyến;Đã giải quyết;"
            + "Giải quyết đúng hạn;Trễ hạn;Số hóa;Kết quả điện tử;Thanh toán trực tuyến\n";

    @Autowired
    PublicServiceService service;
    @Autowired
    JdbcTemplate jdbc;
    String birth;
    String lateProcedure;
    String lateFrom;

    @BeforeEach
    void procedures() {
        birth = ADMIN.call(() -> service.catalogue(new PublicServiceService.CatalogueFilter("Đăng ký khai sinh", null,
                Tier.COMMUNE, null, null, false), 0, 5, null, true)).stream()
                .filter(p -> p.name().equals("Đăng ký khai sinh")).findFirst().orElseThrow().code();
        var late = jdbc.queryForMap("SELECT code, available_from FROM ps_procedure WHERE tier = 'COMMUNE' "
                + "AND available_from > '2019-01-01' ORDER BY code LIMIT 1");
        lateProcedure = (String) late.get("code");
        lateFrom = late.get("available_from").toString();
    }

    static ByteArrayInputStream csv(String body) {
        return new ByteArrayInputStream(("\uFEFF" + HEADER + body).getBytes(StandardCharsets.UTF_8));
    }

    String row(String unit, String month, String figures) {
        return birth + ";" + unit + ";" + month + ";" + figures + "\n";
    }

    long version(String month) {
        return jdbc.queryForObject("""
                SELECT m.version FROM ps_monthly m JOIN ps_procedure p ON p.id = m.procedure_id
                JOIN unit u ON u.id = m.unit_id WHERE p.code = ? AND u.code = ? AND m.month = ?""", Long.class,
                birth, DemoUsers.NGO_QUYEN_CODE, month + "-01");
    }

    @Test
    void importCreatesThenUpdatesAndAReImportOfTheSameFileChangesNothing() {
        String file = row(DemoUsers.NGO_QUYEN_CODE, "2016-01", "20;5;18;17;1;10;4;2")
                + row(DemoUsers.NGO_QUYEN_CODE, "02/2016", "15;5;15;15;0;10;4;2");
        ImportResult first = HEAD_VINH_YEN.call(() -> service.importFigures(csv(file)));
        assertThat(first.errors()).isEmpty();
        assertThat(first.created()).isEqualTo(2);
        ImportResult again = HEAD_VINH_YEN.call(() -> service.importFigures(csv(file)));
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isEqualTo(2);
        assertThat(version("2016-01")).as("same figures: the row is untouched").isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ps_monthly WHERE month < '2018-01-01'", Long.class))
                .isEqualTo(2);
        ImportResult changed = HEAD_VINH_YEN.call(() -> service.importFigures(csv(
                row(DemoUsers.NGO_QUYEN_CODE, "2016-01", "22;6;18;17;1;10;4;2"))));
        assertThat(changed.updated()).isEqualTo(1);
        assertThat(version("2016-01")).isEqualTo(1);
        Totals jan = ADMIN.call(() -> service.totals(Period.month(YearMonth.of(2016, 1)), Scope.ALL));
        assertThat(jan.received()).as("summaries follow the import").isEqualTo(22);
    }

    @Test
    void everyBadRowGetsItsOwnMessageAndNothingIsStored() {
        String file = row(DemoUsers.NGO_QUYEN_CODE, "2016-03", "20;5;18;17;1;10;4;2")         // 2 good
                + "9.999999;" + DemoUsers.NGO_QUYEN_CODE + ";2012-03;1;0;1;1;0;0;0;0\n"        // 3 unknown procedure
                + row("999.99.99.H62", "2016-03", "1;0;1;1;0;0;0;0")                          // 4 unknown unit
                + row(DemoUsers.VINH_YEN_CODE, "2016-03", "1;0;1;1;0;0;0;0")                  // 5 city, commune procedure
                + row(DemoUsers.NGO_QUYEN_CODE, "2016-04", "10;11;5;5;0;0;0;0")               // 6 online > received
                + row(DemoUsers.NGO_QUYEN_CODE, "2016-05", "10;1;5;6;0;0;0;0")                // 7 on time > resolved
                + row(DemoUsers.NGO_QUYEN_CODE, "2016-06", "-1;0;0;0;0;0;0;0")                // 8 negative
                + row(DemoUsers.NGO_QUYEN_CODE, YearMonth.now().plusMonths(1).toString(), "1;0;1;1;0;0;0;0") // 9
                + lateProcedure + ";" + DemoUsers.NGO_QUYEN_CODE + ";2015-01;1;0;1;1;0;0;0;0\n" // 10 before it existed
                + row(DemoUsers.NGO_QUYEN_CODE, "2016-03", "20;5;18;17;1;10;4;2")             // 11 duplicate of 2
                + row(DemoUsers.NGO_QUYEN_CODE, "2016-07", "=SUM(A1:A3);0;1;1;0;0;0;0")       // 12 formula
                + row(DemoUsers.NGO_QUYEN_CODE, "2016-13", "1;0;1;1;0;0;0;0")                 // 13 bad month
                + row(DemoUsers.NGO_QUYEN_CODE, "2016-08", "1;0;5;1;0;0;0;0");                // 14 late too few
        ImportResult r = HEAD_VINH_YEN.call(() -> service.importFigures(csv(file)));
        assertThat(r.created()).isZero();
        assertThat(r.errors()).extracting(RowError::line).containsExactly(3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
        assertThat(r.errors()).extracting(RowError::messageKey).containsExactly("error.ps.procedureUnknown",
                "error.ps.unitUnknown", "error.ps.wrongTier", "error.ps.onlineOverReceived",
                "error.ps.onTimeOverResolved", "error.ps.negative", "error.ps.futureMonth", "error.ps.beforeProcedure",
                "error.ps.duplicate", "error.ps.formulaCell", "error.ps.monthFormat", "error.ps.lateTooFew");
        assertThat(r.errors().get(7).arguments()).contains(lateProcedure);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ps_monthly WHERE month < '2018-01-01'", Long.class))
                .as("the good row was not stored either").isZero();
    }

    @Test
    void aFileInAnotherEncodingIsRefusedAsAWhole() {
        byte[] latin1 = (HEADER + row(DemoUsers.NGO_QUYEN_CODE, "2016-03", "1;0;1;1;0;0;0;0") + "Hà Nội")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> HEAD_VINH_YEN.run(() -> service.importFigures(new ByteArrayInputStream(latin1))))
                .isInstanceOf(BusinessException.class).hasMessage("error.import.encoding");
    }

    @Test
    void anExcelFormulaCellIsRefusedNotTrustedForItsCachedValue() throws Exception {
        var out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "test", "1.0")) {
            var ws = wb.newWorksheet("Sheet1");
            String[] header = HEADER.strip().split(";");
            for (int c = 0; c < header.length; c++) ws.value(0, c, header[c]);
            Object[] values = {birth, DemoUsers.NGO_QUYEN_CODE, "2016-03", 10, 2, 10, 10, 0, 0, 0, 0};
            for (int c = 0; c < values.length; c++) {
                if (values[c] instanceof Integer i) ws.value(1, c, i);
                else ws.value(1, c, (String) values[c]);
            }
            ws.formula(1, 3, "SUM(E2:F2)");
        }
        ImportResult r = HEAD_VINH_YEN.call(() -> service.importFigures(new ByteArrayInputStream(out.toByteArray())));
        assertThat(r.errors()).extracting(RowError::messageKey).containsExactly("error.ps.formulaCell");
        assertThat(r.errors().getFirst().column()).isEqualTo("received");
    }

    @Test
    void catalogueImportCreatesAndUpdatesByCodeAllOrNothing() {
        String header = "Mã thủ tục;Tên thủ tục;Lĩnh vực;Cấp thực hiện;Mã đơn vị;Mức độ trực tuyến;Thời hạn giải quyết;"
                + "Thanh toán trực tuyến;Mức độ theo năm\n";
        String file = header + "9.000001;Cấp giấy phép thử nghiệm;Thử nghiệm;Cấp tỉnh;" + DemoUsers.SNV_CODE
                + ";Toàn trình;10;có;2019:3, 2020:4\n"
                + birth + ";Đăng ký khai sinh;Hộ tịch;Cấp xã;;Toàn trình;3;không;\n";
        ImportResult first = ADMIN.call(() -> service.importCatalogue(new ByteArrayInputStream(
                file.getBytes(StandardCharsets.UTF_8))));
        assertThat(first.errors()).isEmpty();
        assertThat(first.created()).isEqualTo(1);
        assertThat(first.updated()).isEqualTo(1);
        Procedure created = ADMIN.call(() -> service.catalogue(new PublicServiceService.CatalogueFilter("9.000001",
                null, null, null, null, false), 0, 1, null, true)).getFirst();
        assertThat(created.levels()).containsEntry(2019, 3).containsEntry(2020, 4);
        assertThat(created.onlineIn(2019)).isTrue();
        assertThat(created.onlineMode()).isEqualTo(OnlineMode.FULL);

        String bad = header + "9.000002;Thủ tục;Thử nghiệm;Cấp tỉnh;;Toàn trình;10;có;\n"      // no responsible unit
                + "9.000003;Thủ tục;Thử nghiệm;Cấp xã;" + DemoUsers.SNV_CODE + ";Một phần;5;;\n" // unit on commune tier
                + "9.000004;Thủ tục;Thử nghiệm;Cấp tỉnh;" + DemoUsers.SNV_CODE + ";Hay;5;;\n"   // unknown mode
                + "9.000005;Thủ tục;Thử nghiệm;Cấp tỉnh;" + DemoUsers.SNV_CODE + ";Một phần;500;;\n"
                + "9.000001;Lại;Thử nghiệm;Cấp tỉnh;" + DemoUsers.SNV_CODE + ";Một phần;5;;2019:7\n"
                + "9.000006;Thủ tục;Thử nghiệm;Cấp tỉnh;" + DemoUsers.SNV_CODE + ";Một phần;5;;\n"
                + "9.000006;Thủ tục;Thử nghiệm;Cấp tỉnh;" + DemoUsers.SNV_CODE + ";Một phần;5;;\n";
        ImportResult r = ADMIN.call(() -> service.importCatalogue(new ByteArrayInputStream(
                bad.getBytes(StandardCharsets.UTF_8))));
        assertThat(r.errors()).extracting(RowError::messageKey).containsExactly("error.ps.responsibleRequired",
                "error.ps.unitOnlyForProvince", "error.ps.modeFormat", "error.ps.daysFormat", "error.ps.levelsFormat",
                "error.ps.duplicateProcedure");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ps_procedure WHERE code = '9.000006'", Long.class)).isZero();
    }
}
