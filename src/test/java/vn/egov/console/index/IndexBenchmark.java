package vn.egov.console.index;

import static vn.egov.console.DemoUsers.ADMIN;
import static vn.egov.console.DemoUsers.LEADER;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.IntegrationTest;
import vn.egov.console.docflow.ExchangeTotals;
import vn.egov.console.index.internal.DemoFrameworks;
import vn.egov.console.mailbox.CoverageRow;
import vn.egov.console.organization.Tier;
import vn.egov.console.organization.UnitKind;
import vn.egov.console.organization.UnitStatus;
import vn.egov.console.organization.UnitSummary;
import vn.egov.console.organization.UnitService;
import vn.egov.console.publicservice.Totals;

/**
 * Figures for docs/benchmarks.md: opening a year for the demo province's units (facts read through six services,
 * scored, frozen, written), scoring 3,000 synthetic units, the ranking and the leadership scorecard.
 * Run alone: ./mvnw -Pbench test -Dtest=IndexBenchmark (rolls back).
 */
@IntegrationTest
@Transactional
class IndexBenchmark {

    @Autowired
    IndexService service;
    @Autowired
    UnitService units;

    @Test
    void yearsRankingsAndScorecard() {
        Assumptions.assumeTrue(System.getProperty("test", "").contains("Benchmark"),
                "run with ./mvnw -Pbench test -Dtest=IndexBenchmark");
        Framework dti = ADMIN.call(() -> service.frameworks().stream()
                .filter(f -> f.code().equals(DemoFrameworks.dti2022().code())).findFirst().orElseThrow());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        long t0 = System.nanoTime();
        Assessment open = ADMIN.call(() -> service.openYear(dti.id(), today.getYear(), today));
        int n = ADMIN.call(() -> service.assessedUnits(open.id())).size();
        System.out.printf("BENCH open a year for %d units (facts via services, score, freeze, write): %d ms%n", n,
                ms(t0));

        Map<Long, Category> categories = new HashMap<>();
        Map<Long, UnitFacts> facts = new HashMap<>();
        for (long id = 1; id <= 3000; id++) {
            UnitSummary u = new UnitSummary(id, "S" + id, "Đơn vị " + id, Tier.COMMUNE, UnitKind.COMMUNE_COMMITTEE,
                    null, 20 + (int) (id % 30), id % 3 != 0, UnitStatus.ACTIVE, null, null, 0);
            categories.put(id, Category.COMMUNE);
            facts.put(id, new UnitFacts(u, 2025, LocalDate.of(2025, 12, 31), List.of(),
                    new ExchangeTotals(1000 + id, 800, 900, 300, 400, 600 + id % 200, 100, 50, id % 50, 12), null,
                    new CoverageRow(id, "S" + id, "x", Tier.COMMUNE, 30, 20 + id % 10, true, 25, 0, id % 7, 0),
                    List.of(), List.of(), new Totals(500, 100 + id % 300, 480, 450, 30, 0, 0, 0, 12), null,
                    List.of()));
        }
        for (int round = 0; round < 2; round++) {
            long t1 = System.nanoTime();
            var values = Computation.open(dti, categories, facts);
            Map<Long, Map<Long, Double>> byUnit = new HashMap<>();
            values.forEach(v -> byUnit.computeIfAbsent(v.unitId(), k -> new HashMap<>()).put(v.nodeId(), v.points()));
            List<Double> totals = new ArrayList<>();
            byUnit.forEach((u, p) -> totals.add(Computation.total(dti, Computation.rollUp(dti, p))));
            totals.sort(null);
            System.out.printf("BENCH score 3,000 synthetic units (%d values, roll-up, totals, sort), round %d: %d ms%n",
                    values.size(), round + 1, ms(t1));
        }

        time("ranking 2025 departments (service, as LEADER)", () -> LEADER.call(() ->
                service.ranking(2025, Category.DEPARTMENT)));
        time("ranking 2025 communes (service, as LEADER)", () -> LEADER.call(() ->
                service.ranking(2025, Category.COMMUNE)));
        time("scorecard over 5 years (service, as LEADER)", () -> LEADER.call(() -> service.scorecard(5)));
    }

    static void time(String what, Supplier<?> call) {
        call.get();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            call.get();
            best = Math.min(best, System.nanoTime() - t);
        }
        System.out.printf("BENCH %s: best of 5 %d ms%n", what, best / 1_000_000);
    }

    static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
