package vn.egov.console.load;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Many people using the console at once, without a browser each: every simulated user logs in, opens the home screen,
 * the document-exchange dashboard and the mailbox register, scrolls the mailbox grid page by page as a person reads,
 * and goes round again, with think time between steps. Users arrive evenly over the ramp-up; only requests after the
 * ramp-up count for the round-trip figures; every failure counts.
 *
 * <pre>
 * ./mvnw -o package -DskipTests
 * ./mvnw -o -Pbench test -Dtest=LoadTestBenchmark -Dload.users=300 -Dload.durationSeconds=300
 * </pre>
 * Other settings: {@code load.rampUpSeconds} (60), {@code load.thinkSeconds} (mean think time between screens, 8),
 * {@code load.scrollThinkSeconds} (between grid pages, 2), and those of {@link ServerUnderTest} (a running server:
 * {@code load.baseUrl}, {@code load.serverPid}).
 */
class LoadTestBenchmark {

    // The ADMIN is left out of the mix: its sign-in takes an authenticator code the console accepts once per account
    // and 30-second step, so sixty simulated DIC staff would need sixty accounts with their own authenticators. The
    // leader reads the same screens over the whole province (the mailbox grid of all 8,329 mailboxes).
    private static final List<String> ACCOUNTS = List.of("lanhdao", "giamdoc.snv", "canbo.snv", "chutich.vinhyen");

    @Test
    void manyUsersWithoutBrowsers() throws Exception {
        int users = Integer.getInteger("load.users", 300);
        Duration duration = Duration.ofSeconds(Integer.getInteger("load.durationSeconds", 300));
        Duration rampUp = Duration.ofSeconds(Integer.getInteger("load.rampUpSeconds", 60));
        double think = Double.parseDouble(System.getProperty("load.thinkSeconds", "8"));
        double scrollThink = Double.parseDouble(System.getProperty("load.scrollThinkSeconds", "2"));
        try (ServerUnderTest server = ServerUnderTest.fromSystemProperties();
             ExecutorService people = Executors.newVirtualThreadPerTaskExecutor()) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .executor(Executors.newVirtualThreadPerTaskExecutor()).connectTimeout(Duration.ofSeconds(10))
                    .build();
            LatencyRecorder recorder = new LatencyRecorder();
            recorder.recording(false);
            AtomicInteger failures = new AtomicInteger();
            AtomicInteger rounds = new AtomicInteger();
            List<String> failureSamples = new java.util.concurrent.CopyOnWriteArrayList<>();
            long start = System.nanoTime();
            long end = start + rampUp.toNanos() + duration.toNanos();
            for (int i = 0; i < users; i++) {
                long arrival = start + rampUp.toNanos() * i / users;
                String account = ACCOUNTS.get(i % ACCOUNTS.size());
                people.submit(() -> {
                    sleepUntil(arrival);
                    UidlUser user = new UidlUser(http, server.base(), recorder);
                    try {
                        user.login(account, "VinhPhuc@2026");
                        user.open("");
                        while (System.nanoTime() < end) {
                            pause(think);
                            user.navigate("docflow");
                            pause(think);
                            user.navigate("mailboxes");
                            int page = user.gridPageSize();
                            for (int row = page; row <= 10 * page && System.nanoTime() < end; row += page) {
                                pause(scrollThink);
                                if (!user.scrollGrid(row - page, 2 * page)) break; // the end of a unit's list
                            }
                            pause(think);
                            user.navigate("");
                            rounds.incrementAndGet();
                        }
                    } catch (RuntimeException e) {
                        failures.incrementAndGet();
                        if (failureSamples.size() < 10) failureSamples.add(account + ": " + e.getMessage());
                    }
                    return null;
                });
            }
            sleepUntil(start + rampUp.toNanos());
            recorder.recording(true);
            double cpuBefore = server.measurable() ? server.cpuSeconds() : Double.NaN;
            long measureStart = System.nanoTime();
            String heapDuring = null;
            while (System.nanoTime() < end) {
                Thread.sleep(Math.min(10_000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
                if (server.measurable() && heapDuring == null && System.nanoTime() > measureStart + duration.toNanos() / 2) {
                    heapDuring = server.heapInfo();
                }
            }
            recorder.recording(false);
            double seconds = (System.nanoTime() - measureStart) / 1e9;
            double cpu = server.measurable() ? server.cpuSeconds() - cpuBefore : Double.NaN;
            people.shutdown();
            people.awaitTermination(2, TimeUnit.MINUTES);
            long requests = recorder.count();

            System.out.printf("LOAD %d users, ramp-up %s, measured %.0f s, think %.1f s (grid pages %.1f s), %d rounds%n",
                    users, rampUp, seconds, think, scrollThink, rounds.get());
            System.out.printf("LOAD requests %,d (%.1f per second)%n", requests, requests / seconds);
            System.out.printf("LOAD all requests:            %s%n", recorder.summary());
            System.out.printf("LOAD UIDL round trips:        %s%n", recorder.summary("navigate", "grid", "confirm"));
            recorder.byLabel().forEach((label, s) -> System.out.printf("LOAD   %-22s %s%n", label, s));
            System.out.printf("LOAD failed users %d, request errors %d %s%n", failures.get(), recorder.errors().size(),
                    failureSamples);
            if (server.measurable()) {
                System.out.printf("LOAD server CPU %.1f s over %.0f s = %.2f cores, %.2f ms CPU per request%n", cpu,
                        seconds, cpu / seconds, cpu * 1000 / Math.max(1, requests));
                System.out.printf("LOAD server heap at half time: %s%n", heapDuring);
                long live = server.liveHeapBytes();
                System.out.printf("LOAD server live heap after the run with %d sessions open: %.1f MB%n", users,
                        live / 1024.0 / 1024.0);
            }
            System.out.printf("LOAD machine: %s%n", uptime());
        }
    }

    private static void pause(double meanSeconds) {
        // think time varies between half and one and a half of the mean, as people do
        double s = meanSeconds * (0.5 + ThreadLocalRandom.current().nextDouble());
        try {
            Thread.sleep((long) (s * 1000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleepUntil(long nanoTime) {
        long wait = nanoTime - System.nanoTime();
        if (wait <= 0) return;
        try {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String uptime() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip()
                    + " (load average 1/5/15 min, runnable/total, last pid) on "
                    + Runtime.getRuntime().availableProcessors() + " cores";
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
