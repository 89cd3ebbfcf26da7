package vn.egov.console.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The production jar the load figures are about: started by the benchmark ({@code target/*.jar}, system properties
 * {@code load.jar}, {@code load.port}, {@code load.dbPort}, {@code load.serverXmx}, {@code load.dataDir}, {@code load.serverLog})
 * or already running
 * ({@code load.baseUrl} and, for heap and CPU figures, {@code load.serverPid}). Heap and CPU are read from outside
 * the server with the JDK's own tools, so the server carries no measuring code.
 */
final class ServerUnderTest implements AutoCloseable {

    private static final Pattern HISTOGRAM_TOTAL = Pattern.compile("(?m)^Total\\s+(\\d+)\\s+(\\d+)");
    private static final Pattern HISTOGRAM_ROW = Pattern.compile("(?m)^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
    private final URI base;
    private final long pid;
    private final Process process;

    private ServerUnderTest(URI base, long pid, Process process) {
        this.base = base;
        this.pid = pid;
        this.process = process;
    }

    static ServerUnderTest fromSystemProperties() throws IOException, InterruptedException {
        String url = System.getProperty("load.baseUrl");
        if (url != null && !url.isBlank()) {
            URI base = URI.create(url.endsWith("/") ? url : url + "/");
            long pid = Long.parseLong(System.getProperty("load.serverPid", "-1"));
            waitForLogin(base, Duration.ofMinutes(5));
            return new ServerUnderTest(base, pid, null);
        }
        Path jar = Path.of(System.getProperty("load.jar", "target/egov-console-0.1.0-SNAPSHOT.jar"));
        if (!Files.exists(jar)) throw new IllegalStateException(jar + " missing: build it with ./mvnw -o package -DskipTests");
        String port = System.getProperty("load.port", "8180");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + System.getProperty("load.serverXmx", "1g"), "-jar", jar.toString(),
                "--server.port=" + port, "--app.embedded-db.port=" + System.getProperty("load.dbPort", "3418")));
        String dataDir = System.getProperty("load.dataDir");
        if (dataDir != null) command.add("--app.embedded-db.data-dir=" + dataDir);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Path.of(System.getProperty("load.serverLog", "target/load-server.log")).toFile())
                .start();
        URI base = URI.create("http://localhost:" + port + "/");
        long started = System.nanoTime();
        try {
            // a busy 2-core machine has been seen to take over 6 minutes
            waitForLogin(base, Duration.ofMinutes(Integer.getInteger("load.startMinutes", 10)));
        } catch (IllegalStateException | InterruptedException e) {
            process.destroy();
            throw e;
        }
        System.out.printf("LOAD server %s started in %.1f s (pid %d)%n", jar, (System.nanoTime() - started) / 1e9,
                process.pid());
        return new ServerUnderTest(base, process.pid(), process);
    }

    URI base() {
        return base;
    }

    boolean measurable() {
        return pid > 0;
    }

    /** Live bytes on the server's heap: {@code jcmd GC.class_histogram} runs a full GC first and counts what is left. */
    long liveHeapBytes() throws IOException, InterruptedException {
        Matcher total = HISTOGRAM_TOTAL.matcher(jcmd("GC.class_histogram"));
        if (!total.find()) throw new IllegalStateException("no histogram total from jcmd");
        return Long.parseLong(total.group(2));
    }

    /** Live bytes per class after a full GC, for finding what a session holds. */
    java.util.Map<String, Long> liveHeapByClass() throws IOException, InterruptedException {
        java.util.Map<String, Long> bytes = new java.util.HashMap<>();
        Matcher row = HISTOGRAM_ROW.matcher(jcmd("GC.class_histogram"));
        while (row.find()) bytes.put(row.group(3), Long.parseLong(row.group(2)));
        return bytes;
    }

    /** Heap use as the JVM reports it now (young garbage included), for a figure during the load. */
    String heapInfo() throws IOException, InterruptedException {
        return jcmd("GC.heap_info").lines().filter(l -> l.contains("used")).findFirst().orElse("?").strip();
    }

    /** User + system CPU time the server process has used, in seconds (from /proc). */
    double cpuSeconds() throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0; // utime, stime in clock ticks of 1/100 s
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(2, TimeUnit.MINUTES);
        return out;
    }

    private static void waitForLogin(URI base, Duration patience) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long until = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < until) {
            try {
                var response = http.send(HttpRequest.newBuilder(base.resolve("login")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) return;
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(base + "login did not answer within " + patience);
    }

    @Override
    public void close() throws InterruptedException {
        if (process == null) return;
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) process.destroyForcibly();
    }
}
