package vn.egov.console.architecture.internal;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.egov.console.architecture.ArchitectureService;
import vn.egov.console.architecture.ReminderRun;
import vn.egov.console.base.time.ProvinceTime;
import vn.egov.console.security.CurrentUser;

/**
 * The daily roadmap deadline reminders, on ShedLock so that several nodes run it once. It also runs a minute after
 * start-up so a reminder due while the console was down goes out at once; sent thresholds are marked, so the extra
 * run repeats nothing.
 */
@Component
public class RoadmapReminderJob {

    private static final Logger log = LoggerFactory.getLogger(RoadmapReminderJob.class);
    private final ArchitectureService service;
    private final Clock clock;

    RoadmapReminderJob(ArchitectureService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @Scheduled(cron = "${app.architecture.reminder-cron:0 30 6 * * *}", zone = ProvinceTime.ZONE_ID)
    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "P1D")
    @SchedulerLock(name = "roadmap-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void run() {
        runFor(LocalDate.now(clock.withZone(ProvinceTime.ZONE)));
    }

    /** One run as of {@code today}; tests call this with the dates they need. */
    public ReminderRun runFor(LocalDate today) {
        ReminderRun[] result = new ReminderRun[1];
        CurrentUser.runAsSystem(() -> result[0] = service.remindDeadlines(today));
        if (result[0].reminded() > 0) {
            log.info("Roadmap reminders {}: {} tasks reminded, {} overdue", today, result[0].reminded(),
                    result[0].overdue());
        }
        return result[0];
    }
}
