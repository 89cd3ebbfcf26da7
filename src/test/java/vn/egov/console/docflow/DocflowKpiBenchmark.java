package vn.egov.console.docflow;

import static vn.egov.console.DemoUsers.HEAD_VINH_YEN;
import static vn.egov.console.DemoUsers.LEADER;

import java.time.YearMonth;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.egov.console.IntegrationTest;
import vn.egov.console.base.i18n.Formats;

/**
 * How long the dashboard's and the report's queries take on the demo history (every unit in use since 2017, about
 * 11,000 unit-months). Run: ./mvnw -Pbench test -Dtest=DocflowKpiBenchmark
 */
@IntegrationTest
class DocflowKpiBenchmark {

    @Autowired
    DocflowService docflow;
    @Autowired
    DocflowReportService reports;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void measure() {
        long rows = jdbc.queryForObject("SELECT COUNT(*) FROM docflow_monthly", Long.class);
        System.out.printf("docflow_monthly rows: %d%n", rows);
        Period all = new Period(YearMonth.of(2017, 1), YearMonth.now());
        time("province totals, one year", () -> LEADER.call(() -> docflow.totals(Period.year(2019), null)));
        time("province trend 2017-now by month", () -> LEADER.call(() -> docflow.trend(all,
                Granularity.MONTH, null)));
        time("unit ranking, one year", () -> LEADER.call(() -> docflow.ranking(Period.year(2019))));
        time("district head trend (scoped)", () -> HEAD_VINH_YEN.call(() -> docflow.trend(all,
                Granularity.QUARTER, null)));
        time("rollout board, whole province", () -> LEADER.call(() -> docflow.rolloutBoard(null, null)));
        time("report PDF, one year", () -> LEADER.call(() -> reports.pdf(Period.year(2019), Formats.VIETNAMESE)));
        time("report xlsx, one year", () -> LEADER.call(() -> reports.xlsx(Period.year(2019), Formats.VIETNAMESE)));
    }

    private static void time(String what, Supplier<?> work) {
        for (int i = 0; i < 3; i++) work.get(); // warm-up
        int n = 10;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) work.get();
        System.out.printf("%-36s %8.1f ms%n", what, (System.nanoTime() - start) / 1e6 / n);
    }
}
