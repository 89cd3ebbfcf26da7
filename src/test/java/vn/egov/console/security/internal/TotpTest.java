package vn.egov.console.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The algorithm against RFC 6238, and what an authenticator app and a user typing do with it. */
class TotpTest {

    /** RFC 6238 appendix B, the HMAC-SHA1 rows; its seed is the ASCII text "12345678901234567890". */
    private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({"59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
            "2000000000, 69279037", "20000000000, 65353130"})
    void matchesTheTestVectorsOfRfc6238(long unixSeconds, String expected) {
        long step = Totp.step(Instant.ofEpochSecond(unixSeconds));
        assertThat(Totp.code(RFC_SEED, step, 8)).isEqualTo(expected);
        // an app shows the last six digits of the same value
        assertThat(Totp.code(RFC_SEED, step)).isEqualTo(expected.substring(2));
    }

    @Test
    void acceptsOneStepEitherSideAndNothingFurther() {
        Instant now = Instant.ofEpochSecond(1_800_000_015L);
        long step = Totp.step(now);
        for (long s : new long[]{step - 1, step, step + 1}) {
            assertThat(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, s), now)).hasValue(s);
        }
        assertThat(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, step - 2), now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, step + 2), now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SEED, "12345", now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SEED, null, now)).isEmpty();
    }

    @Test
    void base32RoundTripsAndReadsWhatPeopleType() {
        byte[] secret = Totp.newSecret();
        String text = Totp.base32(secret);
        assertThat(text).hasSize(32).matches("[A-Z2-7]+");
        assertThat(Totp.fromBase32(text)).isEqualTo(secret);
        String typed = text.toLowerCase().replaceAll("(.{4})", "$1 ");
        assertThat(Totp.fromBase32(typed)).isEqualTo(secret);
        // RFC 4648 test vector
        assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
    }
}
