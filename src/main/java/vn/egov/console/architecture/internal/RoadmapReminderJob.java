package vn.egov.console.architecture.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.egov.console.architecture.ArchitectureService;
import vn.egov.console.architecture.ReminderRun;
import vn.egov.console.base.scheduling.DailyJob;
import vn.egov.console.base.time.ProvinceTime;

/**
 * The daily roadmap deadline reminders at 06:30, once across nodes, and a minute after start-up; sent thresholds are
 * marked, so no reminder goes out twice.
 */
@Component
public class RoadmapReminderJob extends DailyJob<ReminderRun> {

    private final ArchitectureService service;

    RoadmapReminderJob(ArchitectureService service, Clock clock) {
        super(clock);
        this.service = service;
    }

    @Scheduled(cron = "${app.architecture.reminder-cron:0 30 6 * * *}", zone = ProvinceTime.ZONE_ID)
    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "P1D")
    @SchedulerLock(name = "roadmap-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void run() {
        runToday();
    }

    @Override
    protected ReminderRun work(LocalDate today) {
        return service.remindDeadlines(today);
    }

    @Override
    protected Optional<String> describe(LocalDate today, ReminderRun run) {
        if (run.reminded() == 0) return Optional.empty();
        return Optional.of("Roadmap reminders %s: %d tasks reminded, %d overdue"
                .formatted(today, run.reminded(), run.overdue()));
    }
}
