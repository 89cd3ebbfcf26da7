package vn.egov.console.security.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The key that protects second-factor secrets and recovery codes, kept in a file outside the database (decision
 * record 0111): a copy of the database or of a backup alone gives neither the authenticator secrets nor a way to test
 * guesses of recovery codes. Made on first start (mode 0600) unless it exists; every node of a cluster needs the
 * same file, and a restore on another machine needs it too.
 */
@Component
public class SecondFactorKey {

    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final SecretKeySpec aesKey;
    private final SecretKeySpec hmacKey;

    SecondFactorKey(@Value("${app.security.totp.key-file:data/second-factor.key}") Path file) {
        this.file = file;
        byte[] key = readOrCreate(file);
        this.aesKey = new SecretKeySpec(key, "AES");
        // a separate key for hashing, derived so that one file still suffices
        this.hmacKey = new SecretKeySpec(hmac(new SecretKeySpec(key, "HmacSHA256"), "recovery-codes"), "HmacSHA256");
    }

    /** AES-256-GCM with a fresh nonce; the result is base64 of nonce + ciphertext + tag. */
    public String encrypt(byte[] secret) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, aesKey, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(secret);
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What an operator must hear at start when the key file is not the one the database's secrets were sealed with
     * (a start from another working directory makes a new file): every ADMIN sign-in would fail. Empty when the
     * sealed secret opens, or when there is none yet.
     */
    public java.util.Optional<String> mismatch(java.util.Optional<String> anySealedSecret) {
        if (anySealedSecret.isEmpty()) return java.util.Optional.empty();
        try {
            decrypt(anySealedSecret.get());
            return java.util.Optional.empty();
        } catch (IllegalStateException e) {
            return java.util.Optional.of("The second-factor key file " + file.toAbsolutePath() + " does not open the"
                    + " authenticator secrets stored in the database, so no ADMIN can complete a sign-in. Point"
                    + " app.security.totp.key-file at the file this database was set up with (every node and every"
                    + " restore needs the same file; decision record 0111).");
        }
    }

    /** Fails loudly when the key file is not the one the secret was sealed with. */
    public byte[] decrypt(String sealed) {
        try {
            byte[] all = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, aesKey, new GCMParameterSpec(128, all, 0, NONCE_BYTES));
            return cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("second-factor secret does not open with this key file", e);
        }
    }

    /** Keyed hash of a recovery code, hex. */
    public String hash(String code) {
        return HexFormat.of().formatHex(hmac(hmacKey, code));
    }

    private static byte[] hmac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] read(Path file) throws IOException {
        byte[] key = Base64.getDecoder().decode(Files.readString(file).strip());
        if (key.length != KEY_BYTES) throw new IllegalStateException(file + " does not hold a 256-bit key");
        return key;
    }

    private static byte[] readOrCreate(Path file) {
        try {
            if (Files.exists(file)) return read(file);
            byte[] key = new byte[KEY_BYTES];
            RANDOM.nextBytes(key);
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) Files.createDirectories(dir);
            Path fresh = Files.createTempFile(dir, ".second-factor", ".tmp");
            try {
                try {
                    Files.setPosixFilePermissions(fresh, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // Windows: the file inherits the folder's ACL, which the operator secures
                }
                Files.writeString(fresh, Base64.getEncoder().encodeToString(key) + "\n");
                // two nodes starting together on one folder: the first link wins, the other reads that key
                Files.createLink(file, fresh);
                return key;
            } catch (java.nio.file.FileAlreadyExistsException otherNodeWasFirst) {
                return read(file);
            } finally {
                Files.deleteIfExists(fresh);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the second-factor key " + file, e);
        }
    }
}
