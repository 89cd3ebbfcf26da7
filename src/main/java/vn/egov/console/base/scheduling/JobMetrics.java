package vn.egov.console.base.scheduling;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;

/**
 * What an operator wants to know about scheduled jobs across nodes: how often each job really ran here, how long it
 * took, whether it failed, and how often this node found the job already taken by another node. Runs are measured
 * around the job method inside ShedLock's lock, so a run skipped for the lock is not counted as a run.
 * <p>
 * The tag is {@code task}, not {@code job}: Prometheus puts its own {@code job} label on every scraped series.
 */
final class JobMetrics {

    static final String RUNS = "app.job.runs";
    static final String SKIPPED = "app.job.skipped";

    private final MeterRegistry registry;

    JobMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Runs a job and records its duration with outcome success or failure. */
    Object measure(String task, ThrowingSupplier job) throws Throwable {
        Timer.Sample sample = Timer.start(registry);
        String outcome = "failure";
        try {
            Object result = job.get();
            outcome = "success";
            return result;
        } finally {
            sample.stop(Timer.builder(RUNS).description("Scheduled job runs on this node (lock taken)")
                    .tag("task", task).tag("outcome", outcome).register(registry));
        }
    }

    void skipped(String task) {
        Counter.builder(SKIPPED).description("Scheduled job runs left to another node (lock held elsewhere)")
                .tag("task", task).register(registry).increment();
    }

    @FunctionalInterface
    interface ThrowingSupplier {
        Object get() throws Throwable;
    }

    /** Interceptor for methods annotated with {@link SchedulerLock}; ordered inside ShedLock's own advice. */
    MethodInterceptor interceptor() {
        return (MethodInvocation invocation) -> {
            SchedulerLock lock = invocation.getMethod().getAnnotation(SchedulerLock.class);
            String task = lock != null ? lock.name() : invocation.getMethod().getName();
            return measure(task, invocation::proceed);
        };
    }

    /** A lock provider that counts the runs this node did not get the lock for. */
    LockProvider counting(LockProvider delegate) {
        return new LockProvider() {
            @Override
            public Optional<SimpleLock> lock(LockConfiguration configuration) {
                Optional<SimpleLock> lock = delegate.lock(configuration);
                if (lock.isEmpty()) skipped(configuration.getName());
                return lock;
            }
        };
    }
}
