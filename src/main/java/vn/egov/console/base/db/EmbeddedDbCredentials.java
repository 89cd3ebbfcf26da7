package vn.egov.console.base.db;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The accounts of the embedded MariaDB, kept in {@code <app.embedded-db.data-dir>/credentials.properties} (mode
 * 0600, readable only by the user the console runs as). Made on the first start with random passwords and never
 * changed after; the server's accounts are brought in line with it on every start.
 *
 * <pre>
 * user=egov                  # the console's own account: all rights on its database, nothing else
 * password=...               # over TCP from 127.0.0.1 (and the unix socket)
 * root.password=...          # root: only through the unix socket, never over TCP
 * </pre>
 *
 * Tools that work on the embedded database (backup, restore) read it with {@link #read(Path)}.
 *
 * @param user         the application's database user
 * @param password     its password
 * @param rootPassword root's password (root accepts only unix-socket connections)
 */
public record EmbeddedDbCredentials(String user, String password, String rootPassword) {

    public static final String FILE_NAME = "credentials.properties";
    static final String APP_USER = "egov";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Where the credentials of the embedded server with this data directory ({@code app.embedded-db.data-dir}) live. */
    public static Path file(Path dataDir) {
        return dataDir.resolve(FILE_NAME);
    }

    /** Reads the credentials of an embedded server that has started at least once. */
    public static EmbeddedDbCredentials read(Path dataDir) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file(dataDir), StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file(dataDir), e);
        }
        return new EmbeddedDbCredentials(p.getProperty("user"), p.getProperty("password"),
                p.getProperty("root.password"));
    }

    /** The credentials of this data directory; new random ones (written with mode 0600) on its first start. */
    static EmbeddedDbCredentials readOrCreate(Path dataDir) {
        if (Files.exists(file(dataDir))) return read(dataDir);
        var created = new EmbeddedDbCredentials(APP_USER, randomPassword(), randomPassword());
        created.write(dataDir);
        return created;
    }

    private void write(Path dataDir) {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
        p.setProperty("root.password", rootPassword);
        try {
            Files.createDirectories(dataDir);
            // created 0600 before the secret goes in, then moved into place: never readable by others, never half
            Path tmp = Files.createTempFile(dataDir, "credentials", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(out, "Accounts of the embedded MariaDB (root: unix socket only). Keep this file private.");
            }
            Files.move(tmp, file(dataDir), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file(dataDir), e);
        }
    }

    /** URL-safe Base64 of 24 random bytes: 192 bits, and nothing that needs quoting in SQL or a shell. */
    private static String randomPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "EmbeddedDbCredentials[user=" + user + ", passwords hidden]";
    }
}
