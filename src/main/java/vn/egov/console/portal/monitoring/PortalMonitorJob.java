package vn.egov.console.portal.monitoring;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.egov.console.base.time.ProvinceTime;
import vn.egov.console.portal.PortalService;
import vn.egov.console.portal.ProbeFailure;
import vn.egov.console.portal.ProbeResult;
import vn.egov.console.portal.ProbeTarget;
import vn.egov.console.security.CurrentUser;

/**
 * The monitor. Every tick it claims the portals whose check is due (each portal has its own interval), probes them on
 * a small fixed pool of its own threads, and stores each result. UI requests never wait for a probe: "check now"
 * only moves a portal to the front of the queue. ShedLock makes one node in the cluster run each tick.
 */
@Component
public class PortalMonitorJob {

    private static final Logger log = LoggerFactory.getLogger(PortalMonitorJob.class);
    static final Duration RETENTION = Duration.ofDays(90);

    private final PortalService service;
    private final PortalProber prober;
    private final Clock clock;
    private final int concurrency;
    private final int batch;
    private final Duration perProbe;
    private final ExecutorService pool;

    PortalMonitorJob(PortalService service, PortalProber prober, Clock clock,
                     @Value("${app.portal.monitor.concurrency:4}") int concurrency,
                     @Value("${app.portal.monitor.batch:200}") int batch,
                     @Value("${app.portal.probe.total-timeout:PT15S}") Duration totalTimeout) {
        this.service = service;
        this.prober = prober;
        this.clock = clock;
        this.concurrency = Math.max(1, concurrency);
        this.batch = Math.max(1, batch);
        this.perProbe = totalTimeout.plusSeconds(5);
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(this.concurrency, r -> {
            Thread t = new Thread(r, "portal-probe-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Scheduled(fixedDelayString = "${app.portal.monitor.tick:PT30S}", initialDelayString = "PT20S")
    @SchedulerLock(name = "portal-monitor", lockAtMostFor = "PT10M")
    public void run() {
        CurrentUser.runAsSystem(() -> dispatch(clock.instant()));
    }

    @Scheduled(cron = "${app.portal.alerts.cron:0 0 7 * * *}", zone = ProvinceTime.ZONE_ID)
    @SchedulerLock(name = "portal-compliance-alerts", lockAtMostFor = "PT30M")
    public void daily() {
        CurrentUser.runAsSystem(() -> {
            Instant now = clock.instant();
            int told = service.raiseComplianceAlerts(now);
            int pruned = service.pruneChecks(now.minus(RETENTION));
            log.info("Portal compliance: {} notifications, {} old checks pruned", told, pruned);
        });
    }

    /** Probes every portal due at {@code now}; returns how many were checked. The caller must be ADMIN/system. */
    public int dispatch(Instant now) {
        List<ProbeTarget> due = service.claimDue(now, batch);
        if (due.isEmpty()) return 0;
        List<Future<ProbeResult>> futures = new ArrayList<>(due.size());
        for (ProbeTarget target : due) futures.add(pool.submit(() -> prober.probe(target)));
        long rounds = (due.size() + concurrency - 1) / concurrency;
        long deadline = System.nanoTime() + perProbe.multipliedBy(rounds).toNanos();
        for (int i = 0; i < due.size(); i++) {
            ProbeResult result = await(futures.get(i), deadline);
            try {
                service.recordCheck(due.get(i).portalId(), result, now);
            } catch (RuntimeException e) {
                // a portal deleted meanwhile, or a database hiccup: the others still get recorded
                log.warn("Could not record the check of portal {}: {}", due.get(i).portalId(), e.toString());
            }
        }
        return due.size();
    }

    private static ProbeResult await(Future<ProbeResult> future, long deadlineNanos) {
        try {
            return future.get(Math.max(1, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return ProbeResult.down(ProbeFailure.TIMEOUT, "The probe did not finish in time", null, null, null);
        } catch (ExecutionException e) {
            return ProbeResult.down(ProbeFailure.NETWORK, String.valueOf(e.getCause()), null, null, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ProbeResult.down(ProbeFailure.NETWORK, "Interrupted", null, null, null);
        }
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
