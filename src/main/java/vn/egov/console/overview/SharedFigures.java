package vn.egov.console.overview;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.egov.console.security.Actor;
import vn.egov.console.security.CurrentUser;

/**
 * The figures of the home screen's tiles, computed once and reused on this node for a short time by everyone who sees
 * the same scope (same role and unit): the home is the most visited screen, and each visit recomputed six features'
 * province-wide aggregates (docs/benchmarks.md, load test). A tile may be up to {@code app.overview.figures-reuse}
 * (30 s) behind the database; the feature's own screens always read afresh. The figures must be immutable, since
 * sessions share them. The key is the tile's name and the caller's scope; a tile whose figures depend on more (the
 * language of its markup, what was published) puts that into the name.
 */
@Component
public class SharedFigures {

    private static final int SWEEP_ABOVE = 1_000;

    private record Computed(Instant at, Object figures) {
    }

    private final Supplier<String> scope;
    private final Clock clock;
    private final Duration reuse;
    private final Map<String, Computed> known = new ConcurrentHashMap<>();

    @Autowired
    SharedFigures(CurrentUser currentUser, Clock clock,
                  @Value("${app.overview.figures-reuse:30s}") Duration reuse) {
        this(() -> scopeOf(currentUser.require()), clock, reuse);
    }

    SharedFigures(Supplier<String> scope, Clock clock, Duration reuse) {
        this.scope = scope;
        this.clock = clock;
        this.reuse = reuse;
    }

    /** The tile's figures for the caller's scope: reused while younger than the reuse time, else computed now. */
    @SuppressWarnings("unchecked")
    public <T> T get(String tile, Supplier<T> compute) {
        if (reuse.isZero()) return compute.get();
        String key = tile + "@" + scope.get();
        Instant now = clock.instant();
        Computed c = known.get(key);
        if (c != null && c.at().plus(reuse).isAfter(now)) return (T) c.figures();
        T fresh = compute.get();
        if (known.size() > SWEEP_ABOVE) known.values().removeIf(old -> !old.at().plus(reuse).isAfter(now));
        known.put(key, new Computed(now, fresh));
        return fresh;
    }

    private static String scopeOf(Actor actor) {
        return actor.role() + "/" + actor.unitId();
    }
}
