package vn.egov.console.base.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.egov.console.IntegrationTest;
import vn.egov.console.base.db.EmbeddedMariaDb;
import vn.egov.console.base.db.EmbeddedMariaDbProperties;

/**
 * The operator's promise: a backup of the running console restores, into a server that has never seen the data,
 * to the same rows — compared table by table by row count and CHECKSUM TABLE — and a restore never goes over data.
 */
@IntegrationTest
class BackupRestoreTest {

    @Autowired
    EmbeddedMariaDb server;
    @Autowired
    EmbeddedMariaDbProperties properties;

    @Test
    void theDemoProvinceSurvivesBackupAndRestoreIntoAFreshServer() throws Exception {
        DatabaseTarget source = DatabaseTarget.embedded(properties, server.port());
        Path dir = Path.of("target", "backup-test");
        Clock clock = Clock.fixed(Instant.parse("2026-12-03T18:30:00Z"), ZoneOffset.UTC);

        Path backup = MariaDbBackup.backup(source, dir, clock);
        assertThat(backup.getFileName().toString()).isEqualTo("egov-20261203-183000.sql.gz");
        Map<String, TableCounts.Table> before = TableCounts.of(source);

        EmbeddedMariaDb fresh = EmbeddedMariaDb.startStandalone(Path.of("target", "restore-test-mariadb"), 0);
        try {
            // the fresh server's own (empty) database, through its own account: the console's user may not create others
            DatabaseTarget target = new DatabaseTarget("127.0.0.1", fresh.port(), "egov",
                    fresh.credentials().user(), fresh.credentials().password(), source.binDir());
            MariaDbBackup.restore(target, backup);

            Map<String, TableCounts.Table> after = TableCounts.of(target);
            assertThat(after).isEqualTo(before);
            assertThat(before.get("mailbox").rows()).as("the demo province's mailboxes").isEqualTo(8_329);
            assertThat(before).containsKeys("unit", "app_user", "certificate", "shedlock");

            assertThatThrownBy(() -> MariaDbBackup.restore(target, backup))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("is not empty");
            assertThat(TableCounts.of(target)).as("a refused restore changes nothing").isEqualTo(before);
        } finally {
            fresh.stop();
            Files.deleteIfExists(backup);
        }
    }
}
