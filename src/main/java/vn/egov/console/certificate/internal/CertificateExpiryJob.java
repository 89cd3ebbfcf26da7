package vn.egov.console.certificate.internal;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.egov.console.base.time.ProvinceTime;
import vn.egov.console.certificate.CertificateService;
import vn.egov.console.certificate.ExpiryRun;
import vn.egov.console.security.CurrentUser;

/**
 * The daily expiry check, on ShedLock so that with several nodes it runs once. It also runs a minute after start-up,
 * so a warning due while the console was down goes out at once rather than at the next 06:00; the check is
 * idempotent (each level at most once per certificate), so the extra run never repeats anything.
 */
@Component
public class CertificateExpiryJob {

    private static final Logger log = LoggerFactory.getLogger(CertificateExpiryJob.class);
    private final CertificateService service;
    private final Clock clock;

    CertificateExpiryJob(CertificateService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @Scheduled(cron = "${app.certificates.expiry-cron:0 0 6 * * *}", zone = ProvinceTime.ZONE_ID)
    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "P1D")
    @SchedulerLock(name = "certificate-expiry", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void run() {
        runFor(LocalDate.now(clock.withZone(ProvinceTime.ZONE)));
    }

    /** One run as of {@code today}; tests call this with the dates they need. */
    public ExpiryRun runFor(LocalDate today) {
        ExpiryRun[] result = new ExpiryRun[1];
        CurrentUser.runAsSystem(() -> result[0] = service.checkExpiry(today));
        if (result[0].warned() > 0) {
            log.info("Certificate expiry check {}: {} warned, {} marked expired", today, result[0].warned(),
                    result[0].expired());
        }
        return result[0];
    }
}
