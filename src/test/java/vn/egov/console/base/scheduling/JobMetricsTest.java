package vn.egov.console.base.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.Test;

/** The figures an operator reads to see that each job ran once per schedule across nodes, and whether it failed. */
class JobMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final JobMetrics metrics = new JobMetrics(registry);

    @Test
    void countsRunsByOutcome() throws Throwable {
        metrics.measure("certificate-expiry", () -> "done");
        metrics.measure("certificate-expiry", () -> "done");
        assertThatThrownBy(() -> metrics.measure("certificate-expiry", () -> {
            throw new IllegalStateException("SMTP down");
        })).hasMessage("SMTP down");

        assertThat(runs("certificate-expiry", "success")).isEqualTo(2);
        assertThat(runs("certificate-expiry", "failure")).isEqualTo(1);
    }

    @Test
    void countsRunsLeftToAnotherNode() {
        LockProvider heldElsewhere = configuration -> Optional.empty();
        LockProvider counted = metrics.counting(heldElsewhere);
        var configuration = new LockConfiguration(Instant.now(), "email-outbox", Duration.ofMinutes(5), Duration.ZERO);

        assertThat(counted.lock(configuration)).isEmpty();
        assertThat(counted.lock(configuration)).isEmpty();

        assertThat(registry.get(JobMetrics.SKIPPED).tag("task", "email-outbox").counter().count()).isEqualTo(2);
    }

    private long runs(String task, String outcome) {
        return registry.get(JobMetrics.RUNS).tag("task", task).tag("outcome", outcome).timer().count();
    }
}
