package vn.egov.console.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key file outside the database: made once, private, shared by every start (and node) that points at it. */
class SecondFactorKeyTest {

    @TempDir
    Path dir;

    @Test
    void theFirstStartMakesAPrivateKeyFileAndLaterStartsReadTheSameKey() throws Exception {
        Path file = dir.resolve("keys/second-factor.key");
        var first = new SecondFactorKey(file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var left = Files.list(file.getParent())) {
            assertThat(left).as("no temporary file left behind").containsExactly(file);
        }
        byte[] secret = Totp.newSecret();
        String sealed = first.encrypt(secret);
        assertThat(sealed).doesNotContain(Totp.base32(secret));
        assertThat(first.encrypt(secret)).as("a fresh nonce each time").isNotEqualTo(sealed);

        var again = new SecondFactorKey(file);
        assertThat(again.decrypt(sealed)).isEqualTo(secret);
        assertThat(again.hash("abcde-fghjk")).isEqualTo(first.hash("abcde-fghjk")).hasSize(64);
    }

    @Test
    void anotherKeyFileOpensNothing() {
        String sealed = new SecondFactorKey(dir.resolve("a.key")).encrypt(Totp.newSecret());
        var other = new SecondFactorKey(dir.resolve("b.key"));
        assertThatThrownBy(() -> other.decrypt(sealed)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("key file");
    }

    @Test
    void aKeyFileThatDoesNotFitTheDatabaseIsNamedForTheOperator() {
        String sealed = new SecondFactorKey(dir.resolve("a.key")).encrypt(Totp.newSecret());
        assertThat(new SecondFactorKey(dir.resolve("a.key")).mismatch(java.util.Optional.of(sealed))).isEmpty();
        assertThat(new SecondFactorKey(dir.resolve("b.key")).mismatch(java.util.Optional.empty()))
                .as("nobody enrolled yet").isEmpty();
        assertThat(new SecondFactorKey(dir.resolve("b.key")).mismatch(java.util.Optional.of(sealed))).get()
                .asString().contains(dir.resolve("b.key").toString()).contains("app.security.totp.key-file");
    }
}
