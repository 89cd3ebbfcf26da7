package vn.egov.console.base.backup;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;
import vn.egov.console.base.db.EmbeddedMariaDb;
import vn.egov.console.base.db.EmbeddedMariaDbProperties;

/**
 * {@code java -jar egov-console.jar --backup=DIR} and {@code --restore=FILE}: the operator's two commands. They read
 * the same configuration as the console (application.yml, ./config/, profiles, command-line settings), so they
 * reach the same database with the same account, and start nothing else: no web server, no migrations.
 * <p>
 * With the embedded database: if the console is running, the backup talks to its server; if not, the command
 * starts the server on the data directory for the time it needs it. A restore needs an empty database: a new data
 * directory ({@code --app.embedded-db.data-dir=...}) or an empty external database.
 */
public final class BackupCommandLine {

    private BackupCommandLine() {
    }

    public static boolean wants(String[] args) {
        return Arrays.stream(args).anyMatch(a -> a.startsWith("--backup=") || a.startsWith("--restore="));
    }

    /** Runs the command and returns the process exit code. */
    public static int run(String[] args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ConfigurationOnly.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false).run(args)) {
            Environment env = context.getEnvironment();
            var embedded = Binder.get(env).bindOrCreate("app.embedded-db", EmbeddedMariaDbProperties.class);
            String backupDir = env.getProperty("backup");
            String restoreFile = env.getProperty("restore");
            if (StringUtils.hasText(env.getProperty("spring.datasource.url"))) {
                return execute(DatabaseTarget.external(env, embedded), backupDir, restoreFile);
            }
            if (listening(embedded.port())) {
                return execute(DatabaseTarget.embedded(embedded, embedded.port()), backupDir, restoreFile);
            }
            EmbeddedMariaDb server = EmbeddedMariaDb.acquire(embedded);
            try {
                return execute(DatabaseTarget.embedded(embedded, server.port()), backupDir, restoreFile);
            } finally {
                server.release();
            }
        } catch (Exception e) {
            System.err.println("FAILED: " + e.getMessage());
            return 1;
        }
    }

    private static int execute(DatabaseTarget target, String backupDir, String restoreFile) throws Exception {
        if (StringUtils.hasText(backupDir)) {
            long started = System.nanoTime();
            Path file = MariaDbBackup.backup(target, Path.of(backupDir), Clock.systemDefaultZone());
            System.out.printf("Backup of %s written to %s (%,d bytes, %d ms)%n", target, file.toAbsolutePath(),
                    Files.size(file), (System.nanoTime() - started) / 1_000_000);
            return 0;
        }
        long started = System.nanoTime();
        MariaDbBackup.restore(target, Path.of(restoreFile));
        var counts = TableCounts.of(target);
        System.out.printf("Restored %s into %s: %d tables, %,d rows (%d ms)%n", restoreFile, target, counts.size(),
                counts.values().stream().mapToLong(TableCounts.Table::rows).sum(),
                (System.nanoTime() - started) / 1_000_000);
        counts.forEach((table, c) -> System.out.printf("  %-40s %,12d rows  checksum %d%n", table, c.rows(),
                c.checksum()));
        return 0;
    }

    private static boolean listening(int port) {
        if (port <= 0) return false;
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Nothing but the configuration: the command must not start the console. */
    @Configuration(proxyBeanMethods = false)
    static class ConfigurationOnly {
    }
}
