package vn.egov.console.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.egov.console.Application;
import vn.egov.console.base.db.EmbeddedMariaDb;

/**
 * With spring.datasource.url set, the console uses that server and never starts its own. The "external" server here
 * is a second, separate MariaDB process on its own port and data directory.
 */
class ExternalDatabaseTest {

    static EmbeddedMariaDb external;
    static final Path EMBEDDED_DIR = Path.of("target", "must-not-be-created");

    @BeforeAll
    static void startExternalServer() {
        external = EmbeddedMariaDb.startStandalone(Path.of("target", "external-mariadb"), 0);
    }

    @AfterAll
    static void stopExternalServer() {
        external.stop();
    }

    @Test
    void datasourceUrlSwitchesTheEmbeddedDatabaseOff() throws Exception {
        // the "external" server's own account, with rights on its database (egov) only
        String url = external.jdbcUrl("egov");
        var account = external.credentials();
        // a second application in this JVM replaces the JVM-wide security-context strategy; give it back afterwards
        var strategy = SecurityContextHolder.getContextHolderStrategy();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .profiles("test")
                .properties("spring.datasource.url=" + url, "spring.datasource.username=" + account.user(),
                        "spring.datasource.password=" + account.password(), "app.embedded-db.data-dir=" + EMBEDDED_DIR, "server.port=0")
                .run()) {
            assertThat(context.getBeansOfType(EmbeddedMariaDb.class)).isEmpty();
            assertThat(Files.exists(EMBEDDED_DIR)).isFalse();
            try (var connection = context.getBean(DataSource.class).getConnection()) {
                assertThat(connection.getMetaData().getURL()).contains(":" + external.port() + "/egov");
            }
        } finally {
            SecurityContextHolder.setContextHolderStrategy(strategy);
        }
        // Liquibase created the schema and the demo province was loaded on the external server itself
        try (var connection = DriverManager.getConnection(url, account.user(), account.password());
             var rs = connection.createStatement().executeQuery("SELECT COUNT(*) FROM unit")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(177);
        }
    }
}
