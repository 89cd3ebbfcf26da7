package vn.egov.console.portal;

import static vn.egov.console.DemoUsers.ADMIN;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.IntegrationTest;

/**
 * 30 days of checks at the default 5-minute interval for every demo portal (34 × 8,640 ≈ 294,000 rows), then the
 * reads that run over them: the public status page (every portal's 24 h and 30 d uptime), one portal's uptime
 * tiles, and a page of its check history. Run: ./mvnw -Pbench test -Dtest=PortalStatusBenchmark
 */
@IntegrationTest
@Transactional
class PortalStatusBenchmark {

    @Autowired
    PortalService portals;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void thirtyDaysOfChecks() {
        ADMIN.run(() -> {
            Instant now = Instant.now();
            List<Portal> all = portals.list();
            long start = System.nanoTime();
            List<Object[]> batch = new ArrayList<>();
            int rows = 0;
            for (Portal p : all) {
                for (int i = 0; i < 30 * 288; i++) {
                    boolean down = (i + p.id()) % 97 == 0;
                    batch.add(new Object[] {p.id(), Timestamp.from(now.minusSeconds(300L * i)), down ? "DOWN" : "UP",
                            down ? null : 200, 80 + i % 200});
                    if (batch.size() == 5000) rows += flush(batch);
                }
            }
            rows += flush(batch);
            System.out.printf("inserted %,d checks for %d portals in %d ms%n", rows, all.size(), ms(start));

            portals.setStatusPagePublished(true);
            time("status page, cold (all portals, 24 h + 30 d uptime)", 5, () -> {
                portals.setStatusPagePublished(true); // empties the one-minute cache
                return portals.publicStatus().orElseThrow().size();
            });
            time("status page, cached", 100, () -> portals.publicStatus().orElseThrow().size());
            long id = all.getFirst().id();
            time("one portal's uptime (24 h / 7 d / 30 d)", 20, () -> portals.uptime(id, now).month().checks());
            time("check history, first page of 50 + count", 20,
                    () -> portals.checks(id, 0, 50).size() + portals.countChecks(id));
            time("check history, page at offset 8,000", 20, () -> portals.checks(id, 8_000, 50).size());
            time("compliance board", 20, () -> portals.complianceBoard().units().size());
        });
    }

    private int flush(List<Object[]> batch) {
        jdbc.batchUpdate("INSERT INTO portal_check (portal_id, checked_at, outcome, status_code, response_ms) "
                + "VALUES (?, ?, ?, ?, ?)", batch);
        int n = batch.size();
        batch.clear();
        return n;
    }

    private static void time(String what, int runs, Supplier<Object> work) {
        work.get(); // warm-up
        long start = System.nanoTime();
        Object last = null;
        for (int i = 0; i < runs; i++) last = work.get();
        System.out.printf("%-55s %8.1f ms per call (%d runs, result %s)%n", what,
                (System.nanoTime() - start) / 1e6 / runs, runs, last);
    }

    private static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
