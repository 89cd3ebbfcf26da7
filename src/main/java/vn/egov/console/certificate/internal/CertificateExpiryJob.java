package vn.egov.console.certificate.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.egov.console.base.scheduling.DailyJob;
import vn.egov.console.base.time.ProvinceTime;
import vn.egov.console.certificate.CertificateService;
import vn.egov.console.certificate.ExpiryRun;

/**
 * The daily expiry check at 06:00, once across nodes, and a minute after start-up; each warning level goes out at
 * most once per certificate.
 */
@Component
public class CertificateExpiryJob extends DailyJob<ExpiryRun> {

    private final CertificateService service;

    CertificateExpiryJob(CertificateService service, Clock clock) {
        super(clock);
        this.service = service;
    }

    @Scheduled(cron = "${app.certificates.expiry-cron:0 0 6 * * *}", zone = ProvinceTime.ZONE_ID)
    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "P1D")
    @SchedulerLock(name = "certificate-expiry", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void run() {
        runToday();
    }

    @Override
    protected ExpiryRun work(LocalDate today) {
        return service.checkExpiry(today);
    }

    @Override
    protected Optional<String> describe(LocalDate today, ExpiryRun run) {
        if (run.warned() == 0) return Optional.empty();
        return Optional.of("Certificate expiry check %s: %d warned, %d marked expired"
                .formatted(today, run.warned(), run.expired()));
    }
}
