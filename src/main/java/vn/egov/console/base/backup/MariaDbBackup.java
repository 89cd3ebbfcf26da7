package vn.egov.console.base.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Online backup and restore with MariaDB's own client programs. The backup is one consistent snapshot taken while
 * the console keeps running ({@code mariadb-dump --single-transaction}: InnoDB's repeatable read, no table locks),
 * routines and triggers included, compressed. It holds the tables only, no CREATE DATABASE, so it restores into a
 * database of any name. A restore goes only into an empty database, never over live data.
 * <p>
 * The password reaches the client programs through a private options file (mode 0600, deleted afterwards), never
 * on the command line where {@code ps} would show it.
 */
public final class MariaDbBackup {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    static final String SUFFIX = ".sql.gz";

    private MariaDbBackup() {
    }

    /** Writes {@code <database>-<yyyyMMdd-HHmmss>.sql.gz} into {@code dir} and returns it. */
    public static Path backup(DatabaseTarget target, Path dir, Clock clock) throws IOException {
        Files.createDirectories(dir);
        String name = target.database() + "-" + LocalDateTime.now(clock).format(STAMP);
        Path file = dir.resolve(name + SUFFIX);
        Path partial = dir.resolve(name + SUFFIX + ".part");
        Path options = optionsFile(target);
        try {
            Process dump = new ProcessBuilder(target.program("mariadb-dump"),
                    "--defaults-extra-file=" + options,
                    "--single-transaction", "--routines", "--triggers", "--hex-blob", "--quick",
                    "--default-character-set=utf8mb4", "--no-tablespaces", target.database())
                    .redirectError(ProcessBuilder.Redirect.PIPE).start();
            dump.getOutputStream().close();
            var errors = drain(dump.getErrorStream());
            try (InputStream in = dump.getInputStream();
                 OutputStream out = new GZIPOutputStream(Files.newOutputStream(partial), 64 * 1024)) {
                in.transferTo(out);
            }
            int exit = waitFor(dump);
            if (exit != 0) {
                Files.deleteIfExists(partial);
                throw new IOException("mariadb-dump of " + target + " failed (exit " + exit + "): " + errors.text());
            }
            // a file named *.sql.gz is always complete: a dump cut short stays *.part and is never restored
            Files.move(partial, file);
            return file;
        } finally {
            Files.deleteIfExists(options);
        }
    }

    /** Loads a backup into the target database, which must exist or be creatable and hold no tables. */
    public static void restore(DatabaseTarget target, Path file) throws IOException, SQLException {
        if (!Files.isRegularFile(file)) throw new IOException("No backup file " + file);
        List<String> existing = tables(target);
        if (!existing.isEmpty()) {
            throw new IllegalStateException("Database " + target + " is not empty (" + existing.size()
                    + " tables, e.g. " + existing.getFirst() + "): restore only into an empty database or data "
                    + "directory, never over live data.");
        }
        Path options = optionsFile(target);
        try {
            Process load = new ProcessBuilder(target.program("mariadb"), "--defaults-extra-file=" + options,
                    "--default-character-set=utf8mb4", "--binary-mode", target.database())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            var errors = drain(load.getErrorStream());
            try (InputStream in = file.toString().endsWith(".gz")
                    ? new GZIPInputStream(Files.newInputStream(file), 64 * 1024) : Files.newInputStream(file);
                 OutputStream out = load.getOutputStream()) {
                in.transferTo(out);
            }
            int exit = waitFor(load);
            if (exit != 0) throw new IOException("Restore into " + target + " failed (exit " + exit + "): "
                    + errors.text());
        } finally {
            Files.deleteIfExists(options);
        }
    }

    /** Deletes all but the newest {@code keep} backups in {@code dir}; returns what it deleted. */
    public static List<Path> prune(Path dir, int keep) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        List<Path> backups;
        try (Stream<Path> files = Files.list(dir)) {
            backups = files.filter(p -> p.getFileName().toString().endsWith(SUFFIX))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        }
        List<Path> deleted = new ArrayList<>();
        for (Path old : backups.subList(Math.min(Math.max(keep, 1), backups.size()), backups.size())) {
            Files.deleteIfExists(old);
            deleted.add(old);
        }
        return deleted;
    }

    static List<String> tables(DatabaseTarget target) throws SQLException {
        try (Connection c = DriverManager.getConnection(target.jdbcUrl(), target.username(), target.password());
             var st = c.prepareStatement("SELECT table_name FROM information_schema.tables WHERE table_schema = ? "
                     + "ORDER BY table_name")) {
            st.setString(1, target.database());
            List<String> names = new ArrayList<>();
            try (var rs = st.executeQuery()) {
                while (rs.next()) names.add(rs.getString(1));
            }
            return names;
        }
    }

    private static Path optionsFile(DatabaseTarget target) throws IOException {
        Path file = Files.createTempFile("egov-db-", ".cnf",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, "[client]\nhost=" + target.host() + "\nport=" + target.port() + "\nuser="
                + target.username() + "\npassword=\"" + target.password().replace("\\", "\\\\").replace("\"", "\\\"")
                + "\"\nprotocol=tcp\n" + (target.isLoopback() ? "skip-ssl\n" : ""), StandardCharsets.UTF_8);
        return file;
    }

    private record Drained(Thread thread, StringBuilder buffer) {
        String text() throws IOException {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            String s = buffer.toString().strip();
            return s.length() > 2000 ? s.substring(0, 2000) : s;
        }
    }

    private static Drained drain(InputStream stream) {
        var buffer = new StringBuilder();
        Thread t = Thread.ofVirtual().start(() -> {
            try (stream) {
                buffer.append(new String(stream.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException ignored) {
                // the exit code tells whether it worked
            }
        });
        return new Drained(t, buffer);
    }

    private static int waitFor(Process p) throws IOException {
        try {
            return p.waitFor();
        } catch (InterruptedException e) {
            p.destroy();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
