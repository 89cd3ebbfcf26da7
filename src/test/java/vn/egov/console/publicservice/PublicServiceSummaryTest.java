package vn.egov.console.publicservice;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.console.DemoUsers.ADMIN;
import static vn.egov.console.DemoUsers.HEAD_VINH_YEN;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.DemoUsers;
import vn.egov.console.IntegrationTest;
import vn.egov.console.apitoken.ApiScope;
import vn.egov.console.apitoken.ApiTokenService;
import vn.egov.console.organization.Tier;
import vn.egov.console.organization.UnitService;
import vn.egov.console.publicservice.internal.FiguresStore;

/**
 * The summaries an import, a push and a manual entry add their changes to must equal the summaries grouped again from
 * every row: new rows, changed rows, unchanged rows and rows of a month the demo already filled (decision 0044).
 * Rolled back like the other tests of this feature, the rebuild included.
 */
@IntegrationTest
@Transactional
class PublicServiceSummaryTest {

    static final YearMonth NEW_MONTH = YearMonth.of(2016, 1);

    @Autowired
    PublicServiceService service;
    @Autowired
    PublicServicePushService push;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    UnitService units;
    @Autowired
    FiguresStore figures;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyKindOfWriteLeavesTheSummariesAsARebuildWouldMakeThem() {
        String birth = jdbc.queryForObject("SELECT code FROM ps_procedure WHERE tier = 'COMMUNE' "
                + "AND name = 'Đăng ký khai sinh'", String.class);
        String other = jdbc.queryForObject("""
                SELECT code FROM ps_procedure WHERE tier = 'COMMUNE' AND available_from <= '2016-01-01'
                    AND field <> (SELECT field FROM ps_procedure WHERE code = ?) ORDER BY code LIMIT 1""",
                String.class, birth);
        long vinhYen = ADMIN.call(() -> units.findByCode(DemoUsers.VINH_YEN_CODE).orElseThrow().id());
        String ward = DemoUsers.NGO_QUYEN_CODE;
        String secondWard = ADMIN.call(() -> units.listActive()).stream()
                .filter(u -> u.tier() == Tier.COMMUNE && Long.valueOf(vinhYen).equals(u.parentId())
                        && !u.code().equals(ward))
                .findFirst().orElseThrow().code();
        // a month the demo filled: its rows are replaced, so the deltas start from figures not written by this test
        YearMonth demoMonth = YearMonth.from(jdbc.queryForObject("""
                SELECT MAX(m.month) FROM ps_monthly m JOIN ps_procedure p ON p.id = m.procedure_id
                JOIN unit u ON u.id = m.unit_id WHERE p.code = ? AND u.code = ? AND m.received > 0""",
                LocalDate.class, birth, ward));
        Map<String, Object> demoRow = stored(birth, ward, demoMonth);

        var first = ADMIN.call(() -> service.importFigures(csv(
                row(birth, ward, NEW_MONTH, "20;5;18;17;1;10;4;2")
                        + row(other, ward, NEW_MONTH, "7;1;7;7;0;0;0;0")
                        + row(birth, secondWard, NEW_MONTH, "9;9;9;8;1;9;9;9")
                        + row(birth, ward, demoMonth, "3;0;1;1;0;0;0;0"))));
        assertThat(first.errors()).isEmpty();
        assertThat(first.created()).isEqualTo(3);
        assertThat(first.updated()).isEqualTo(1);
        assertThat(stored(birth, ward, demoMonth).get("version")).isEqualTo((Long) demoRow.get("version") + 1);

        var second = ADMIN.call(() -> service.importFigures(csv(
                row(birth, ward, NEW_MONTH, "20;5;18;17;1;10;4;2")              // unchanged
                        + row(other, ward, NEW_MONTH, "8;2;6;6;0;1;0;0")        // changed, received up
                        + row(birth, secondWard, NEW_MONTH, "4;1;9;3;6;0;2;1")  // changed, most figures down
                        + row(other, secondWard, NEW_MONTH.plusMonths(1), "5;5;5;5;0;5;5;5")))); // new
        assertThat(second.errors()).isEmpty();
        assertThat(second.created()).isEqualTo(1);
        assertThat(second.updated()).isEqualTo(3);
        assertThat(stored(birth, ward, NEW_MONTH).get("version")).as("unchanged, untouched").isEqualTo(0L);

        String secret = ADMIN.call(() -> tokens.create(ApiScope.PUBLICSERVICE, vinhYen, "Một cửa").secret());
        int pushed = push.push(secret, () -> List.of(
                new MonthEntry(birth, ward, NEW_MONTH, new Figures(30, 10, 20, 20, 0, 0, 0, 0)),
                new MonthEntry(other, ward, NEW_MONTH.plusMonths(2), new Figures(2, 0, 2, 2, 0, 0, 0, 0))));
        assertThat(pushed).isEqualTo(2);

        MonthlyRow edited = HEAD_VINH_YEN.call(() -> service.month(procedureId(other), unitId(secondWard),
                NEW_MONTH.plusMonths(1)).orElseThrow());
        HEAD_VINH_YEN.run(() -> service.saveMonth(new MonthEntry(other, secondWard, NEW_MONTH.plusMonths(1),
                new Figures(1, 0, 1, 1, 0, 0, 0, 0)), edited.version()));
        HEAD_VINH_YEN.run(() -> service.saveMonth(new MonthEntry(birth, secondWard, NEW_MONTH.plusMonths(3),
                new Figures(6, 3, 6, 6, 0, 0, 0, 0)), null));

        List<Map<String, Object>> unitFieldBefore = unitFieldMonths();
        List<Map<String, Object>> procedureBefore = procedureMonths();
        Totals wardMonth = ADMIN.call(() -> service.totals(Period.month(NEW_MONTH), Scope.unit(unitId(ward))));
        assertThat(wardMonth.received()).as("pushed 30 for birth, imported 8 for the other").isEqualTo(38);
        assertThat(wardMonth.rows()).isEqualTo(2);
        figures.rebuildSummaries();
        assertThat(unitFieldMonths()).as("ps_unit_field_month").isEqualTo(unitFieldBefore);
        assertThat(procedureMonths()).as("ps_procedure_month").isEqualTo(procedureBefore);
    }

    private long procedureId(String procedureCode) {
        return jdbc.queryForObject("SELECT id FROM ps_procedure WHERE code = ?", Long.class, procedureCode);
    }

    private long unitId(String unitCode) {
        return jdbc.queryForObject("SELECT id FROM unit WHERE code = ?", Long.class, unitCode);
    }

    private List<Map<String, Object>> unitFieldMonths() {
        return jdbc.queryForList("SELECT * FROM ps_unit_field_month ORDER BY unit_id, month, field");
    }

    private List<Map<String, Object>> procedureMonths() {
        return jdbc.queryForList("SELECT * FROM ps_procedure_month ORDER BY procedure_id, month");
    }

    private Map<String, Object> stored(String procedure, String unit, YearMonth month) {
        return jdbc.queryForMap("""
                SELECT m.* FROM ps_monthly m JOIN ps_procedure p ON p.id = m.procedure_id JOIN unit u ON u.id = m.unit_id
                WHERE p.code = ? AND u.code = ? AND m.month = ?""", procedure, unit, month.atDay(1));
    }

    private static String row(String procedure, String unit, YearMonth month, String values) {
        return procedure + ";" + unit + ";" + month + ";" + values + "\n";
    }

    private static ByteArrayInputStream csv(String body) {
        return new ByteArrayInputStream(("\uFEFF" + PublicServiceImportTest.HEADER + body)
                .getBytes(StandardCharsets.UTF_8));
    }
}
