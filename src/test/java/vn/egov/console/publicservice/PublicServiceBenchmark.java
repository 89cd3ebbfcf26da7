package vn.egov.console.publicservice;

import static vn.egov.console.DemoUsers.ADMIN;
import static vn.egov.console.DemoUsers.HEAD_VINH_YEN;
import static vn.egov.console.DemoUsers.LEADER;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.egov.console.DemoUsers;
import vn.egov.console.IntegrationTest;
import vn.egov.console.base.tabular.ImportResult;
import vn.egov.console.organization.Tier;
import vn.egov.console.organization.UnitService;
import vn.egov.console.organization.UnitSummary;
import vn.egov.console.publicservice.internal.FiguresStore;

/**
 * National-scale volume: 147 extra commune procedures at each of the 136 communes (≈20,000 procedure × unit pairs)
 * with 96 months each (2018–2025, ≈1.9 million rows on top of the demo), then the figures users wait for.
 * Run: ./mvnw -Pbench test -Dtest=PublicServiceBenchmark
 */
@IntegrationTest
class PublicServiceBenchmark {

    static final int PROCEDURES = 147;
    @Autowired
    PublicServiceService service;
    @Autowired
    FiguresStore figures;
    @Autowired
    UnitService units;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;

    @Test
    void measure() {
        List<UnitSummary> communes = ADMIN.call(() -> units.listActive()).stream()
                .filter(u -> u.tier() == Tier.COMMUNE).toList();
        long start = System.nanoTime();
        List<Long> ids = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (int p = 0; p < PROCEDURES; p++) {
            String code = String.format("B.%06d", p);
            codes.add(code);
            jdbc.update("""
                    INSERT INTO ps_procedure (code, name, field, tier, unit_id, online_mode, mode_since, statutory_days,
                        online_payment, available_from, version, updated_at, updated_by)
                    VALUES (?, ?, ?, 'COMMUNE', NULL, 'FULL', '2019-01-01', 5, TRUE, '2015-01-01', 0, ?, 'bench')""",
                    code, "Thủ tục đo tải " + p, "Lĩnh vực đo tải " + (p % 12), now);
            ids.add(jdbc.queryForObject("SELECT id FROM ps_procedure WHERE code = ?", Long.class, code));
        }
        Random r = new Random(1);
        List<Object[]> batch = new ArrayList<>();
        long rows = 0;
        int[] types = {Types.BIGINT, Types.BIGINT, Types.DATE, Types.INTEGER, Types.INTEGER, Types.INTEGER,
                Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.TIMESTAMP};
        String insert = """
                INSERT INTO ps_monthly (procedure_id, unit_id, month, received, received_online, resolved,
                    resolved_on_time, late, digitised, e_results, paid_online, source, version, updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DEMO', 0, ?, 'bench')""";
        for (long id : ids) {
            for (UnitSummary u : communes) {
                for (YearMonth m = YearMonth.of(2018, 1); m.isBefore(YearMonth.of(2026, 1)); m = m.plusMonths(1)) {
                    int received = r.nextInt(20);
                    int online = received / 2;
                    int resolved = received;
                    int onTime = Math.max(0, resolved - r.nextInt(2));
                    batch.add(new Object[] {id, u.id(), Date.valueOf(m.atDay(1)), received, online, resolved, onTime,
                            resolved - onTime, received / 3, resolved / 4, online / 5, now});
                }
            }
            if (batch.size() >= 50_000) {
                rows += batch.size();
                jdbc.batchUpdate(insert, batch, types);
                batch.clear();
            }
        }
        rows += batch.size();
        jdbc.batchUpdate(insert, batch, types);
        tx.executeWithoutResult(s -> figures.rebuildSummaries());
        System.out.printf("loaded %d extra rows (%d pairs) in %.1f s; ps_monthly now %d rows%n", rows,
                ids.size() * communes.size(), (System.nanoTime() - start) / 1e9,
                jdbc.queryForObject("SELECT COUNT(*) FROM ps_monthly", Long.class));

        long vinhYen = ADMIN.call(() -> units.findByCode(DemoUsers.VINH_YEN_CODE).orElseThrow().id());
        long ward = ADMIN.call(() -> units.findByCode(DemoUsers.NGO_QUYEN_CODE).orElseThrow().id());
        Period year = Period.year(2025);
        time("province dashboard, one year", () -> LEADER.call(() -> service.dashboard(year, Scope.ALL, 50)));
        time("province totals + trend, one year", () -> LEADER.call(() -> service.trend(year, Scope.ALL)));
        // the dashboard's other parts, to see where its time goes
        time("  its count of procedures offered online and unused", () -> LEADER.call(
                () -> service.countUnusedOnline(year, Scope.ALL)));
        time("  its list of the first 50 of them", () -> LEADER.call(() -> service.unusedOnline(year, Scope.ALL, 50)));
        time("  its scorecard (totals, online counts, complaints)", () -> LEADER.call(
                () -> service.scorecard(year, Scope.ALL)));
        jdbc.queryForList("""
                EXPLAIN SELECT m.month k, SUM(received) FROM ps_unit_field_month m
                WHERE m.month >= '2025-01-01' AND m.month <= '2025-12-01' GROUP BY m.month""")
                .forEach(row -> System.out.println("trend plan: " + row));
        time("unit drill-down (fields, one field's procedures, one procedure's months)", () -> LEADER.call(() -> {
            service.byField(year, Scope.unit(ward));
            service.byProcedure(year, Scope.unit(ward).withField("Lĩnh vực đo tải 3"));
            return service.trend(year, Scope.unit(ward).withProcedure(ids.get(3)));
        }));
        time("district head dashboard (scoped)", () -> HEAD_VINH_YEN.call(() -> service.dashboard(year, Scope.ALL, 50)));
        time("ranking, communes, one year", () -> LEADER.call(() -> service.ranking(year, Tier.COMMUNE)));
        time("ranking, districts, one year", () -> LEADER.call(() -> service.ranking(year, Tier.DISTRICT)));

        StringBuilder csv = new StringBuilder("Mã thủ tục;Mã đơn vị;Tháng;Tiếp nhận;Tiếp nhận trực tuyến;Đã giải quyết;"
                + "Giải quyết đúng hạn;Trễ hạn;Số hóa;Kết quả điện tử;Thanh toán trực tuyến\n");
        for (String code : codes) {
            for (UnitSummary u : communes) csv.append(code).append(';').append(u.code()).append(";2026-01;10;5;9;9;0;3;2;1\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] changed = csv.toString().replace(";2026-01;10;5;", ";2026-01;11;5;").getBytes(StandardCharsets.UTF_8);
        for (String what : List.of("import one month, new rows", "import one month, same file again",
                "import one month, every row changed")) {
            byte[] content = what.endsWith("changed") ? changed : file;
            long t0 = System.nanoTime();
            ImportResult result = ADMIN.call(() -> service.importFigures(new ByteArrayInputStream(content)));
            System.out.printf("%-72s %8.1f ms (%d rows, %d errors)%n", what, (System.nanoTime() - t0) / 1e6,
                    result.rows(), result.errors().size());
        }
        Map<String, Object> check = jdbc.queryForMap("SELECT COUNT(*) n, SUM(received) r FROM ps_monthly "
                + "WHERE month = '2026-01-01' AND updated_by <> 'demo'");
        Map<String, Object> summary = jdbc.queryForMap("SELECT SUM(rows_count) n, SUM(received) r "
                + "FROM ps_unit_field_month WHERE month = '2026-01-01'");
        System.out.println("imported month: " + check + ", its summary: " + summary);
    }

    private static void time(String what, Supplier<?> work) {
        for (int i = 0; i < 3; i++) work.get();
        int n = 10;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) work.get();
        System.out.printf("%-72s %8.1f ms%n", what, (System.nanoTime() - start) / 1e6 / n);
    }
}
