package vn.egov.console.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.egov.console.MovableClock;

/** The growing delays that make guessing slow and locking someone else out slow too. */
class LoginThrottleTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T02:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock, 3, 10, Duration.ofSeconds(60), Duration.ofMinutes(15));

    @Test
    void threeFreeFailuresThenDelaysThatDoubleUpToTheMaximum() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.wait("lan", "10.0.0.1")).isEmpty();
            throttle.failed("lan", "10.0.0.1");
        }
        assertThat(throttle.wait("lan", "10.0.0.1")).contains(Duration.ofSeconds(1));
        assertThat(throttle.wait("LAN ", "10.0.0.2")).as("the same name, whatever the case, from elsewhere")
                .contains(Duration.ofSeconds(1));
        long[] expected = {2, 4, 8, 16, 32, 60, 60};
        for (long seconds : expected) {
            clock.move(throttle.wait("lan", "10.0.0.1").orElseThrow());
            assertThat(throttle.wait("lan", "10.0.0.1")).isEmpty();
            throttle.failed("lan", "10.0.0.1");
            assertThat(throttle.wait("lan", "10.0.0.1")).contains(Duration.ofSeconds(seconds));
        }
    }

    @Test
    void guessingAtEveryFrom10NamesOneAddressIsSlowedDownToo() {
        for (int i = 0; i < 10; i++) throttle.failed("user" + i, "203.0.113.9");
        assertThat(throttle.wait("someone.else", "203.0.113.9")).contains(Duration.ofSeconds(1));
        assertThat(throttle.wait("someone.else", "10.0.0.1")).as("other addresses are not affected").isEmpty();
    }

    @Test
    void successClearsTheNameButNotTheAddress() {
        for (int i = 0; i < 10; i++) throttle.failed("lan", "203.0.113.9");
        throttle.succeeded("lan");
        assertThat(throttle.wait("lan", "10.0.0.1")).isEmpty();
        assertThat(throttle.wait("lan", "203.0.113.9")).isPresent();
    }

    @Test
    void aQuietPeriodForgetsEverything() {
        for (int i = 0; i < 12; i++) throttle.failed("lan", "203.0.113.9");
        clock.move(Duration.ofMinutes(16));
        assertThat(throttle.wait("lan", "203.0.113.9")).isEmpty();
        throttle.failed("lan", "203.0.113.9");
        assertThat(throttle.wait("lan", "203.0.113.9")).as("counting starts again from one").isEmpty();
    }

    @Test
    void aFloodOfMadeUpNamesDoesNotGrowMemoryWithoutBound() {
        for (int i = 0; i < LoginThrottle.MAX_ENTRIES + 10; i++) {
            throttle.failed("made.up." + i, null);
            clock.move(Duration.ofMillis(1));
        }
        assertThat(throttle.size()).isLessThanOrEqualTo(LoginThrottle.MAX_ENTRIES);
        throttle.failed("lan", null);
        throttle.failed("lan", null);
        throttle.failed("lan", null);
        assertThat(throttle.wait("lan", null)).as("the newest counters survive pruning").isPresent();
    }
}
