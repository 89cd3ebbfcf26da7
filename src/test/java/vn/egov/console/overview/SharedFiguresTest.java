package vn.egov.console.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import vn.egov.console.MovableClock;

class SharedFiguresTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-03T03:00:00Z"));
    private final AtomicReference<String> scope = new AtomicReference<>("LEADER/null");
    private final AtomicInteger computed = new AtomicInteger();

    private Integer compute() {
        return computed.incrementAndGet();
    }

    @Test
    void visitsOfTheSameScopeShareOneComputationUntilItIsOlderThanTheReuseTime() {
        SharedFigures shared = new SharedFigures(scope::get, clock, Duration.ofSeconds(30));

        assertThat(shared.get("portal", this::compute)).isEqualTo(1);
        clock.move(Duration.ofSeconds(29));
        assertThat(shared.get("portal", this::compute)).as("29 s later: reused").isEqualTo(1);
        clock.move(Duration.ofSeconds(1));
        assertThat(shared.get("portal", this::compute)).as("30 s after it was computed: computed again").isEqualTo(2);
        assertThat(computed).hasValue(2);
    }

    @Test
    void anotherScopeOrAnotherTileNeverSeesTheseFigures() {
        SharedFigures shared = new SharedFigures(scope::get, clock, Duration.ofSeconds(30));
        assertThat(shared.get("portal", this::compute)).isEqualTo(1);

        scope.set("UNIT_HEAD/42");
        assertThat(shared.get("portal", this::compute)).as("a unit head's scope").isEqualTo(2);
        scope.set("UNIT_HEAD/43");
        assertThat(shared.get("portal", this::compute)).as("the head of another unit").isEqualTo(3);
        assertThat(shared.get("mailbox", this::compute)).as("another tile").isEqualTo(4);

        scope.set("LEADER/null");
        assertThat(shared.get("portal", this::compute)).as("the leader's again: still reused").isEqualTo(1);
    }

    @Test
    void aReuseTimeOfZeroComputesOnEveryVisit() {
        SharedFigures shared = new SharedFigures(scope::get, clock, Duration.ZERO);
        shared.get("portal", this::compute);
        shared.get("portal", this::compute);
        assertThat(computed).hasValue(2);
    }
}
