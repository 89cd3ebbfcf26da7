package vn.egov.console.base.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The nightly job keeps the newest backups and leaves other files (and unfinished dumps' names) alone. */
class BackupRetentionTest {

    @TempDir
    Path dir;

    @Test
    void keepsTheNewestAndOnlyTouchesBackups() throws Exception {
        for (String day : new String[] {"20261128", "20261129", "20261130", "20261201", "20261202"}) {
            Files.writeString(dir.resolve("egov-" + day + "-013000.sql.gz"), day);
        }
        Files.writeString(dir.resolve("README.txt"), "not a backup");

        var deleted = MariaDbBackup.prune(dir, 3);

        assertThat(deleted).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("egov-20261128-013000.sql.gz", "egov-20261129-013000.sql.gz");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "egov-20261130-013000.sql.gz", "egov-20261201-013000.sql.gz", "egov-20261202-013000.sql.gz",
                    "README.txt");
        }
    }
}
