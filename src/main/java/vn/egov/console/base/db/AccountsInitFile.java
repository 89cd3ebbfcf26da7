package vn.egov.console.base.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The SQL that mariadbd runs with {@code --init-file} before it accepts connections, with every right and grants in
 * force. It brings any data directory — a new one, or one made by earlier versions that ran the server with
 * {@code --skip-grant-tables} — to the same accounts: no anonymous users, no shared {@code test} database, root only
 * through the unix socket, and the console's user with its password and rights on its own database alone. Every
 * statement is idempotent, so it runs on every start (the file exists only while the server starts).
 */
final class AccountsInitFile {

    private AccountsInitFile() {
    }

    static String sql(EmbeddedDbCredentials credentials, String database) {
        String user = literal(credentials.user());
        String password = literal(credentials.password());
        return """
                DELETE FROM mysql.global_priv WHERE User = '' OR (User = 'root' AND Host <> 'localhost');
                DELETE FROM mysql.db WHERE Db = 'test' OR Db = 'test\\\\_%%';
                FLUSH PRIVILEGES;
                DROP DATABASE IF EXISTS test;
                ALTER USER 'root'@'localhost' IDENTIFIED VIA unix_socket OR mysql_native_password USING PASSWORD(%s);
                CREATE DATABASE IF NOT EXISTS `%s` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
                CREATE USER IF NOT EXISTS %s@'127.0.0.1' IDENTIFIED BY %s;
                ALTER USER %s@'127.0.0.1' IDENTIFIED BY %s;
                GRANT ALL PRIVILEGES ON `%s`.* TO %s@'127.0.0.1';
                CREATE USER IF NOT EXISTS %s@'localhost' IDENTIFIED BY %s;
                ALTER USER %s@'localhost' IDENTIFIED BY %s;
                GRANT ALL PRIVILEGES ON `%s`.* TO %s@'localhost';
                """.formatted(literal(credentials.rootPassword()), identifier(database),
                user, password, user, password, identifier(database), user,
                user, password, user, password, identifier(database), user);
    }

    /** Writes the file readable by the owner only; the caller deletes it once the server is up. */
    static Path write(Path dir, EmbeddedDbCredentials credentials, String database) {
        try {
            Path file = Files.createTempFile(dir, "accounts", ".sql",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, sql(credentials, database), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String literal(String s) {
        if (!s.matches("[A-Za-z0-9_.@-]+")) throw new IllegalArgumentException("Unsafe account value in credentials");
        return "'" + s + "'";
    }

    private static String identifier(String s) {
        if (!s.matches("[A-Za-z0-9_]+")) throw new IllegalArgumentException("Unsafe database name: " + s);
        return s;
    }
}
