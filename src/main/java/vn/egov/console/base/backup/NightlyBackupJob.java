package vn.egov.console.base.backup;

import java.nio.file.Path;
import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import vn.egov.console.base.db.EmbeddedMariaDb;
import vn.egov.console.base.db.EmbeddedMariaDbProperties;

/**
 * The optional nightly backup ({@code app.backup.enabled=true}): one node takes it (ShedLock), into
 * {@code app.backup.dir}, keeping the newest {@code app.backup.keep} files. Off by default, because where backups
 * go (another disk, another machine) is the operator's decision.
 */
@Component
@ConditionalOnBooleanProperty(name = "app.backup.enabled")
class NightlyBackupJob {

    private static final Logger log = LoggerFactory.getLogger(NightlyBackupJob.class);

    private final Environment env;
    private final ObjectProvider<EmbeddedMariaDb> embeddedServer;
    private final Clock clock;

    NightlyBackupJob(Environment env, ObjectProvider<EmbeddedMariaDb> embeddedServer, Clock clock) {
        this.env = env;
        this.embeddedServer = embeddedServer;
        this.clock = clock;
    }

    @Scheduled(cron = "${app.backup.cron:0 30 1 * * *}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "nightly-backup", lockAtMostFor = "PT2H", lockAtLeastFor = "PT5M")
    public void run() throws Exception {
        Path dir = Path.of(env.getProperty("app.backup.dir", "backups"));
        int keep = env.getProperty("app.backup.keep", Integer.class, 14);
        Path file = MariaDbBackup.backup(target(), dir, clock);
        var pruned = MariaDbBackup.prune(dir, keep);
        log.info("Nightly backup written to {}; {} older backups removed (keeping {})", file, pruned.size(), keep);
    }

    private DatabaseTarget target() {
        var embedded = org.springframework.boot.context.properties.bind.Binder.get(env)
                .bindOrCreate("app.embedded-db", EmbeddedMariaDbProperties.class);
        if (StringUtils.hasText(env.getProperty("spring.datasource.url"))) {
            return DatabaseTarget.external(env, embedded);
        }
        return DatabaseTarget.embedded(embedded, embeddedServer.getObject().port());
    }
}
