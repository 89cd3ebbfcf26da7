package vn.egov.console.base.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A console killed hard (kill -9, out of memory, power to the JVM cut) cannot stop its MariaDB, which keeps running
 * and holds the data files: the next start would fail or wait minutes for the InnoDB lock. Its pid file tells which
 * server it was; if that server's parent is no longer a JVM, nobody owns it and it is shut down cleanly (open
 * transactions of the dead console were rolled back when its connections dropped). A server owned by a running
 * console is left alone, and the start then fails with the usual message.
 */
final class LeftoverServer {

    private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);

    private LeftoverServer() {
    }

    static void stopIfOrphaned(Path pidFile) {
        Optional<ProcessHandle> server = serverOf(pidFile);
        if (server.isEmpty()) return;
        boolean owned = server.get().parent().flatMap(parent -> parent.info().command())
                .map(command -> command.endsWith("/java") || command.endsWith("java.exe")).orElse(false);
        if (owned) return;
        log.warn("Stopping the embedded MariaDB (pid {}) that a console killed earlier left running",
                server.get().pid());
        server.get().destroy(); // SIGTERM: InnoDB shuts down cleanly
        try {
            server.get().onExit().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            server.get().destroyForcibly();
            server.get().onExit().join();
        }
    }

    private static Optional<ProcessHandle> serverOf(Path pidFile) {
        if (!Files.exists(pidFile)) return Optional.empty();
        try {
            long pid = Long.parseLong(Files.readString(pidFile).strip());
            // the pid may have been reused since: only a MariaDB server counts
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.endsWith("mariadbd") || c.endsWith("mysqld"))
                            .orElse(false));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
