package vn.egov.console.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing down without handing anyone a way to lock others out. Failed logins are counted per
 * username (known or not, so the behaviour says nothing about which accounts exist) and per client address; after a
 * few free failures, the next attempt on that username or from that address is refused unchecked until a delay has
 * passed, a delay that doubles with each further failure up to a maximum. A refused attempt does not count as a
 * failure, so hammering does not bring the account's lockout nearer — only attempts the throttle let through do.
 * Counters are forgotten after a quiet period. Kept in this node's memory: with N nodes a guesser gets N times the
 * rate, which the cluster-wide lockout (in MariaDB) still bounds.
 */
@Component
public class LoginThrottle {

    static final int MAX_ENTRIES = 100_000;
    private static final Duration FIRST_DELAY = Duration.ofSeconds(1);

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int freePerUser;
    private final int freePerAddress;
    private final Duration maxDelay;
    private final Duration forgetAfter;

    public LoginThrottle(Clock clock,
                         @Value("${app.security.throttle.free-attempts-per-user:3}") int freePerUser,
                         @Value("${app.security.throttle.free-attempts-per-address:10}") int freePerAddress,
                         @Value("${app.security.throttle.max-delay:60s}") Duration maxDelay,
                         @Value("${app.security.throttle.forget-after:15m}") Duration forgetAfter) {
        this.clock = clock;
        this.freePerUser = freePerUser;
        this.freePerAddress = freePerAddress;
        this.maxDelay = maxDelay;
        this.forgetAfter = forgetAfter;
    }

    /** How long this attempt must still wait, if the username or the address is being throttled. */
    public Optional<Duration> wait(String username, String address) {
        Instant now = clock.instant();
        Duration wait = max(remaining(userKey(username), freePerUser, now), remaining(addressKey(address), freePerAddress, now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        count(userKey(username), now);
        if (address != null) count(addressKey(address), now);
        if (failures.size() > MAX_ENTRIES) prune(now);
    }

    /** A successful login clears its username, not its address: one good account must not unlock spraying. */
    public void succeeded(String username) {
        failures.remove(userKey(username));
    }

    /** An administrator unlocked the account. */
    public void forget(String username) {
        failures.remove(userKey(username));
    }

    Duration delayAfter(int count, int free) {
        if (count < free) return Duration.ZERO;
        int doublings = Math.min(count - free, 30);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    private Duration remaining(String key, int free, Instant now) {
        if (key == null) return Duration.ZERO;
        Failures f = failures.get(key);
        if (f == null || f.forgotten(now)) return Duration.ZERO;
        Instant allowed = f.last.plus(delayAfter(f.count, free));
        return now.isBefore(allowed) ? Duration.between(now, allowed) : Duration.ZERO;
    }

    private void count(String key, Instant now) {
        failures.compute(key, (k, f) -> f == null || f.forgotten(now) ? new Failures(1, now) : new Failures(f.count + 1, now));
    }

    /** Expired counters first; if a flood of made-up usernames still overfills the map, the oldest half goes. */
    private void prune(Instant now) {
        failures.values().removeIf(f -> f.forgotten(now));
        if (failures.size() > MAX_ENTRIES) {
            Instant median = failures.values().stream().map(f -> f.last).sorted().skip(failures.size() / 2L)
                    .findFirst().orElse(now);
            failures.values().removeIf(f -> f.last.isBefore(median));
            if (failures.size() > MAX_ENTRIES) failures.clear(); // all in the same instant: nothing to prefer
        }
    }

    int size() {
        return failures.size();
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String userKey(String username) {
        return "u:" + AppUserDetailsService.normalise(username);
    }

    private static String addressKey(String address) {
        return address == null ? null : "a:" + address;
    }

    private final class Failures {
        final int count;
        final Instant last;

        Failures(int count, Instant last) {
            this.count = count;
            this.last = last;
        }

        boolean forgotten(Instant now) {
            return last.plus(forgetAfter).isBefore(now);
        }
    }
}
