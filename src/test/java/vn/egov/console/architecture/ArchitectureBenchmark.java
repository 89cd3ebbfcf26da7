package vn.egov.console.architecture;

import static vn.egov.console.DemoUsers.ADMIN;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.IntegrationTest;
import vn.egov.console.architecture.internal.RoadmapReminderJob;
import vn.egov.console.architecture.ui.TimelineSpecs;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.ui.chart.GanttRenderer;
import vn.egov.console.base.ui.chart.GanttSpec;
import vn.egov.console.organization.UnitService;

/**
 * Figures for docs/benchmarks.md: a version of 1,000 tasks (100 groups of 9 sub-tasks, 500 dependencies) with 10,000
 * progress reports — the roadmap read, the timeline SVG, the overdue query and the reminder job.
 * Run alone: ./mvnw -Pbench test -Dtest=ArchitectureBenchmark (rolls back).
 */
@IntegrationTest
@Transactional
class ArchitectureBenchmark {

    @Autowired
    ArchitectureService service;
    @Autowired
    UnitService units;
    @Autowired
    RoadmapReminderJob job;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void thousandTasks() {
        Assumptions.assumeTrue(System.getProperty("test", "").contains("Benchmark"),
                "run with ./mvnw -Pbench test -Dtest=ArchitectureBenchmark");
        Roadmaps fx = new Roadmaps(service, units);
        ArchitectureVersion v = fx.draft(2024, 2030);
        LocalDate today = service.today();
        List<Long> leads = ADMIN.call(() -> units.listActive()).stream().map(u -> u.id()).limit(60).toList();
        List<ArchComponent> components = ADMIN.call(() -> service.components());
        long t0 = System.nanoTime();
        List<Long> ids = fill(v.id(), today, leads, components);
        System.out.printf("BENCH fill 1,000 tasks, 500 dependencies, 10,000 reports: %d ms%n", ms(t0));
        fx.approve(v, Map.of());

        RoadmapFilter all = RoadmapFilter.of(v.id());
        time("roadmap tree (1,000 tasks, whole version = first page of the tree grid)",
                () -> ADMIN.call(() -> service.tasks(all)).size());
        time("roadmap as a unit head (scope filter)",
                () -> vn.egov.console.DemoUsers.HEAD_SNV.call(() -> service.tasks(all)).size());
        RoadmapFilter overdue = new RoadmapFilter(v.id(), null, null, null, true, false);
        time("overdue query (service, with roll-up)", () -> ADMIN.call(() -> service.tasks(overdue)).size());
        time("overdue/due-soon candidates (SQL, indexed)", () -> jdbc.queryForObject("""
                SELECT COUNT(*) FROM arch_task t JOIN arch_version v ON v.id = t.version_id
                WHERE v.status = 'APPROVED' AND t.status IN ('NOT_STARTED','IN_PROGRESS','PAUSED')
                AND t.planned_end <= ?""", Integer.class, Date.valueOf(today.plusDays(30))));
        List<TaskRow> rows = ADMIN.call(() -> service.tasks(all));
        List<TaskLink> links = ADMIN.call(() -> service.links(v.id()));
        String[] svg = new String[1];
        time("timeline SVG build (spec + render, data already read)", () -> {
            GanttSpec spec = TimelineSpecs.spec(components, rows, links, Set.of(), GanttSpec.Scale.QUARTER, today,
                    Formats.VIETNAMESE);
            svg[0] = GanttRenderer.render(spec, Formats.VIETNAMESE);
            return svg[0].length();
        });
        System.out.printf("BENCH timeline SVG size: %,d bytes (%d rows, %d links)%n",
                svg[0].getBytes(java.nio.charset.StandardCharsets.UTF_8).length, rows.size() + components.size(),
                links.size());
        time("task detail with 10 reports", () -> ADMIN.call(() -> service.detail(ids.get(500))).reports().size());

        long t1 = System.nanoTime();
        ReminderRun run = job.runFor(today);
        System.out.printf("BENCH reminder job, first run over 1,000 open tasks: %d ms (%d reminded, %d overdue)%n",
                ms(t1), run.reminded(), run.overdue());
        long t2 = System.nanoTime();
        ReminderRun again = job.runFor(today);
        System.out.printf("BENCH reminder job, same day again: %d ms (%d reminded)%n", ms(t2), again.reminded());
    }

    private List<Long> fill(long versionId, LocalDate today, List<Long> leads, List<ArchComponent> components) {
        Timestamp now = Timestamp.from(Instant.now());
        List<Long> ids = new ArrayList<>();
        for (int g = 0; g < 100; g++) {
            long comp = components.get(g % components.size()).id();
            long parent = insert(versionId, "G" + g, null, comp, leads.get(g % leads.size()), today.minusYears(1),
                    today.plusDays(200), now, "IN_PROGRESS", 0);
            ids.add(parent);
            for (int k = 0; k < 9; k++) {
                int i = g * 9 + k;
                LocalDate end = today.plusDays(i % 7 == 0 ? -20 - i % 50 : (i % 3 == 0 ? 10 + i % 20 : 60 + i % 400));
                ids.add(insert(versionId, "G" + g + "." + k, parent, comp, leads.get(i % leads.size()),
                        end.minusDays(300), end, now, i % 11 == 0 ? "DONE" : "IN_PROGRESS", i % 100));
            }
        }
        List<Object[]> deps = new ArrayList<>();
        for (int i = 1; i < 1000 && deps.size() < 500; i += 2) {
            if (ids.get(i - 1) != null && i % 10 != 0) deps.add(new Object[] {ids.get(i), ids.get(i - 1)});
        }
        jdbc.batchUpdate("INSERT IGNORE INTO arch_task_dependency (task_id, prerequisite_id) VALUES (?, ?)", deps);
        List<Object[]> reports = new ArrayList<>();
        for (long id : ids) {
            for (int q = 0; q < 10; q++) {
                reports.add(new Object[] {id, (2024 + q / 4) + "-Q" + (q % 4 + 1), "IN_PROGRESS", q * 10, q * 1_000_000L,
                        "bench", now, "ACCEPTED"});
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO arch_progress_report (task_id, period, status, percent_done, disbursed_vnd, reported_by,
                    reported_at, verification) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", reports);
        return ids;
    }

    private long insert(long versionId, String code, Long parent, long component, long lead, LocalDate start,
                        LocalDate end, Timestamp now, String status, int percent) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    INSERT INTO arch_task (version_id, code, title, component_id, parent_id, lead_unit_id, planned_start,
                        planned_end, funding_source, estimate_vnd, status, percent_done, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PROVINCIAL_BUDGET', ?, ?, ?, ?, ?)""", new String[] {"id"});
            ps.setLong(1, versionId);
            ps.setString(2, code);
            ps.setString(3, "Nhiệm vụ thử tải " + code + " – triển khai nền tảng dữ liệu dùng chung");
            ps.setLong(4, component);
            ps.setObject(5, parent);
            ps.setLong(6, lead);
            ps.setDate(7, Date.valueOf(start));
            ps.setDate(8, Date.valueOf(end));
            ps.setLong(9, 500_000_000L);
            ps.setString(10, status);
            ps.setInt(11, "DONE".equals(status) ? 100 : percent);
            ps.setTimestamp(12, now);
            ps.setTimestamp(13, now);
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    private static void time(String what, Supplier<Integer> work) {
        for (int i = 0; i < 3; i++) work.get();
        long total = 0;
        int n = 10;
        int result = 0;
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            result = work.get();
            total += System.nanoTime() - t;
        }
        System.out.printf("BENCH %s: %.1f ms (mean of %d, result %d)%n", what, total / 1e6 / n, n, result);
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
