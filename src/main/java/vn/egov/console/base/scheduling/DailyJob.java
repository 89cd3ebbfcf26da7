package vn.egov.console.base.scheduling;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.egov.console.base.time.ProvinceTime;
import vn.egov.console.security.CurrentUser;

/**
 * The body every daily job shares: one run as the console itself for the province's date, logged when it did
 * something. A subclass declares its schedule and ShedLock lock on its own {@code run()} (annotations carry
 * per-job values and cannot be inherited with them), usually a daily cron plus a run a minute after start-up, so
 * what fell due while the console was down goes out at once; {@link #work} must be idempotent for that (each
 * threshold marked once), so the extra run repeats nothing.
 * <p>
 * Methods are not final: the job is proxied for its lock and metrics, and a final method would run on the proxy.
 */
public abstract class DailyJob<R> {

    private final Logger log = LoggerFactory.getLogger(getClass());
    private final Clock clock;

    protected DailyJob(Clock clock) {
        this.clock = clock;
    }

    /** The run for today in the province; the subclass's scheduled method calls it. */
    protected R runToday() {
        return runFor(LocalDate.now(clock.withZone(ProvinceTime.ZONE)));
    }

    /** One run as of {@code today}; tests call this with the dates they need. */
    public R runFor(LocalDate today) {
        AtomicReference<R> result = new AtomicReference<>();
        CurrentUser.runAsSystem(() -> result.set(work(today)));
        describe(today, result.get()).ifPresent(log::info);
        return result.get();
    }

    /** What one day's run does, with the console's rights. */
    protected abstract R work(LocalDate today);

    /** A log line for a run that did something; empty for a run that found nothing to do. */
    protected abstract Optional<String> describe(LocalDate today, R run);
}
