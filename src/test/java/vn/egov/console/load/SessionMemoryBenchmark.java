package vn.egov.console.load;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Retained heap per open session of the production jar, per screen: N users log in and open the screen (the
 * mailbox grid is also scrolled to row 2,000 as a person would, page by page), then the server's live heap after a
 * full GC is compared with the live heap before they came. The sessions stay open while measured, so what is
 * counted is exactly what an idle signed-in user costs the node.
 *
 * <pre>
 * ./mvnw -o package -DskipTests
 * ./mvnw -o -Pbench test -Dtest=SessionMemoryBenchmark [-Dmemory.sessions=40] [-Dload.port=8180 -Dload.dbPort=3418]
 *     [-Dmemory.only=home,mailbox] [-Dmemory.histogram=true]   (some screens only; what grew, by class)
 * </pre>
 * or against a running server: {@code -Dload.baseUrl=http://localhost:8180 -Dload.serverPid=<pid>}.
 */
class SessionMemoryBenchmark {

    private static final String PASSWORD = "VinhPhuc@2026";

    @Test
    void retainedHeapPerSession() throws Exception {
        int sessions = Integer.getInteger("memory.sessions", 40);
        try (ServerUnderTest server = ServerUnderTest.fromSystemProperties()) {
            if (!server.measurable()) throw new IllegalStateException("set -Dload.serverPid for an external server");
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            LatencyRecorder recorder = new LatencyRecorder();
            List<Scenario> scenarios = List.of(
                    new Scenario("signed in, no page open (floor)", "lanhdao", u -> { }),
                    new Scenario("leader's home (lanhdao)", "lanhdao", u -> u.open("")),
                    new Scenario("admin's home (admin)", "admin", u -> u.open("")),
                    new Scenario("document dashboard (lanhdao)", "lanhdao", u -> u.open("docflow")),
                    new Scenario("mailbox grid scrolled to row 2,000 (admin)", "admin", u -> {
                        u.open("mailboxes");
                        scrollLikeAPerson(u, 2_000);
                    }),
                    new Scenario("certificate register (admin)", "admin", u -> u.open("certificates")),
                    new Scenario("portal register (admin)", "admin", u -> u.open("portals")),
                    new Scenario("units (admin)", "admin", u -> u.open("units")),
                    new Scenario("users (admin)", "admin", u -> u.open("users")),
                    new Scenario("document rollout board (admin)", "admin", u -> u.open("docflow/rollout")));
            List<String> only = List.of(System.getProperty("memory.only", "").split(","));
            for (Scenario s : scenarios) {
                if (!only.getFirst().isEmpty() && only.stream().noneMatch(s.name()::contains)) continue;
                for (int i = 0; i < 5; i++) s.open(http, server, recorder); // warm caches and code paths first
                boolean byClass = Boolean.getBoolean("memory.histogram");
                var classesBefore = byClass ? server.liveHeapByClass() : java.util.Map.<String, Long>of();
                long before = server.liveHeapBytes();
                int nodes = 0;
                for (int i = 0; i < sessions; i++) nodes = s.open(http, server, recorder);
                long after = server.liveHeapBytes();
                if (byClass) {
                    var classesAfter = server.liveHeapByClass();
                    classesAfter.entrySet().stream()
                            .sorted(java.util.Comparator.comparingLong(e -> classesBefore.getOrDefault(e.getKey(), 0L)
                                    - e.getValue()))
                            .limit(25).forEach(e -> System.out.printf("MEMORY   %-90s %8.1f KB%n", e.getKey(),
                                    (e.getValue() - classesBefore.getOrDefault(e.getKey(), 0L)) / 1024.0 / sessions));
                }
                System.out.printf("MEMORY %-45s %4d sessions: %7.1f KB per session (live heap %,d → %,d bytes), "
                                + "%d state nodes attached%n", s.name(), sessions,
                        (after - before) / 1024.0 / sessions, before, after, nodes);
            }
            if (!recorder.errors().isEmpty()) throw new AssertionError("errors: " + recorder.errors());
        }
    }

    /** The grid connector asks for the pages the viewport crosses; a person scrolls through them one by one. */
    static void scrollLikeAPerson(UidlUser user, int toRow) {
        int page = user.gridPageSize();
        for (int row = page; row <= toRow; row += page) user.scrollGrid(row - page, 2 * page);
    }

    private record Scenario(String name, String username, Consumer<UidlUser> visit) {
        int open(HttpClient http, ServerUnderTest server, LatencyRecorder recorder) {
            UidlUser user = new UidlUser(http, server.base(), recorder);
            user.login(username, PASSWORD);
            visit.accept(user);
            return user.stateNodes();
        }
    }
}
