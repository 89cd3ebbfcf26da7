package vn.egov.console;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.egov.console.security.internal.Totp;

/**
 * Codes of an authenticator app, for tests that sign in through the second factor. The console refuses a time step
 * it has already seen, so each call hands out a step no earlier call of this JVM used for that secret: the current
 * one, else the next (which the console accepts as clock drift), else it waits for the clock to get there.
 */
public final class TestTotp {

    private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();

    private TestTotp() {
    }

    public static synchronized String nextCode(String base32Secret) {
        long step = Math.max(Totp.step(Instant.now()), LAST_STEP.getOrDefault(base32Secret, Long.MIN_VALUE) + 1);
        while (step > Totp.step(Instant.now()) + 1) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        LAST_STEP.put(base32Secret, step);
        return Totp.code(Totp.fromBase32(base32Secret), step);
    }

    /** A step taken outside this helper (a test that typed a code itself), so it is not handed out again. */
    public static synchronized void used(String base32Secret, long step) {
        LAST_STEP.merge(base32Secret, step, Math::max);
    }
}
