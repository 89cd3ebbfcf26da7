package vn.egov.console.load;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import vn.egov.console.DemoUsers;
import vn.egov.console.TestTotp;

/**
 * Retained heap per open session of the production jar, per screen: N users log in and open the screen (the
 * mailbox grid is also scrolled to row 2,000 as a person would, page by page), then the server's live heap after a
 * full GC is compared with the live heap before they came, once just after opening and once after every tab sent the
 * heartbeat a browser sends every 5 minutes (an idle UI then drops the copy of its last response, LastResponseRelease). The sessions stay open while measured, so what is
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
                    new Scenario("admin's home (admin, a tab)", "admin", u -> u.open("")),
                    new Scenario("document dashboard (lanhdao)", "lanhdao", u -> u.open("docflow")),
                    new Scenario("mailbox grid scrolled to row 2,000 (admin, a tab)", "admin", u -> {
                        u.open("mailboxes");
                        scrollLikeAPerson(u, 2_000);
                    }),
                    new Scenario("certificate register (admin)", "admin", u -> u.open("certificates")),
                    new Scenario("portal register (admin)", "admin", u -> u.open("portals")),
                    new Scenario("units (admin)", "admin", u -> u.open("units")),
                    new Scenario("users (admin)", "admin", u -> u.open("users")),
                    new Scenario("document rollout board (admin)", "admin", u -> u.open("docflow/rollout")),
                    new Scenario("public-service dashboard (lanhdao)", "lanhdao", u -> u.open("public-services")),
                    new Scenario("public-service catalogue (admin)", "admin",
                            u -> u.open("public-services/catalogue")),
                    new Scenario("roadmap (admin)", "admin", u -> u.open("architecture")),
                    new Scenario("mailbox requests (admin)", "admin", u -> u.open("mailboxes/requests")));
            List<String> only = List.of(System.getProperty("memory.only", "").split(","));
            for (Scenario s : scenarios) {
                if (!only.getFirst().isEmpty() && only.stream().noneMatch(s.name()::contains)) continue;
                for (int i = 0; i < 5; i++) s.open(http, server, recorder); // warm caches and code paths first
                boolean byClass = Boolean.getBoolean("memory.histogram");
                var classesBefore = byClass ? server.liveHeapByClass() : java.util.Map.<String, Long>of();
                long before = server.liveHeapBytes();
                int nodes = 0;
                UidlUser last = null;
                List<UidlUser> open = new ArrayList<>();
                for (int i = 0; i < sessions; i++) {
                    last = s.user(http, server, recorder);
                    open.add(last);
                    nodes = last.stateNodes();
                }
                if (byClass) System.out.println("MEMORY   state nodes by tag: " + last.tagCensus());
                long after = server.liveHeapBytes();
                if (byClass) {
                    var classesAfter = server.liveHeapByClass();
                    classesAfter.entrySet().stream()
                            .sorted(java.util.Comparator.comparingLong(e -> classesBefore.getOrDefault(e.getKey(), 0L)
                                    - e.getValue()))
                            .limit(25).forEach(e -> System.out.printf("MEMORY   %-90s %8.1f KB%n", e.getKey(),
                                    (e.getValue() - classesBefore.getOrDefault(e.getKey(), 0L)) / 1024.0 / sessions));
                }
                // every open tab sends a heartbeat every 5 minutes; after it the UI lets go of its last response
                open.forEach(UidlUser::heartbeat);
                long idle = server.liveHeapBytes();
                System.out.printf("MEMORY %-45s %4d sessions: %7.1f KB per session just opened, %7.1f KB after the "
                                + "first heartbeat (live heap %,d → %,d → %,d bytes), %d state nodes attached%n",
                        s.name(), sessions, (after - before) / 1024.0 / sessions, (idle - before) / 1024.0 / sessions,
                        before, after, idle, nodes);
            }
            if (!recorder.errors().isEmpty()) throw new AssertionError("errors: " + recorder.errors());
        }
    }

    /** The grid connector asks for the pages the viewport crosses; a person scrolls through them one by one. */
    static void scrollLikeAPerson(UidlUser user, int toRow) {
        int page = user.gridPageSize();
        for (int row = page; row <= toRow && user.scrollGrid(row - page, 2 * page); row += page) {
            // one page further each time, as far as the list goes
        }
    }

    private record Scenario(String name, String username, Consumer<UidlUser> visit) {
        int open(HttpClient http, ServerUnderTest server, LatencyRecorder recorder) {
            return user(http, server, recorder).stateNodes();
        }

        /**
         * A new session that opens the screen; for the ADMIN, whose sign-in takes an authenticator code that the
         * console accepts once per 30-second step, a new tab of one signed-in session instead (so these rows count
         * the UI without the session's own floor, the first row).
         */
        UidlUser user(HttpClient http, ServerUnderTest server, LatencyRecorder recorder) {
            UidlUser user;
            if (DemoUsers.ADMIN.username.equals(username)) {
                user = adminSession(http, server, recorder).newTab();
            } else {
                user = new UidlUser(http, server.base(), recorder);
                user.login(username, PASSWORD);
            }
            visit.accept(user);
            return user;
        }
    }

    private static UidlUser admin;

    private static synchronized UidlUser adminSession(HttpClient http, ServerUnderTest server,
            LatencyRecorder recorder) {
        if (admin == null) {
            UidlUser user = new UidlUser(http, server.base(), recorder);
            try {
                user.login(DemoUsers.ADMIN.username, PASSWORD, () -> TestTotp.nextCode(DemoUsers.ADMIN_TOTP_SECRET));
            } catch (RuntimeException usedByAnEarlierRun) { // the server remembers the last step across runs
                user = new UidlUser(http, server.base(), recorder);
                user.login(DemoUsers.ADMIN.username, PASSWORD, () -> TestTotp.nextCode(DemoUsers.ADMIN_TOTP_SECRET));
            }
            admin = user;
        }
        return admin;
    }
}
