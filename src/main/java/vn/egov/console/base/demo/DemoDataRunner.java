package vn.egov.console.base.demo;

import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import vn.egov.console.security.CurrentUser;

/**
 * Loads the demo province while the context starts, in a lifecycle phase before the web server's: nobody can log in
 * to a half-loaded province, and a start that is killed while loading leaves no port open that looks healthy. Each
 * seeder is one transaction, so a kill loses only the feature being loaded, and the next start loads it again
 * (see docs/decisions/0031-demo-before-serving.md).
 */
@Component
@ConditionalOnBooleanProperty(name = "app.demo.enabled")
class DemoDataRunner implements SmartLifecycle {

    /** Spring Boot starts the web server at {@code Integer.MAX_VALUE - 2048}; lower phases start earlier. */
    static final int PHASE = Integer.MAX_VALUE - 4096;

    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);
    private final List<DemoDataSeeder> seeders;
    private volatile boolean running;

    DemoDataRunner(List<DemoDataSeeder> seeders) {
        this.seeders = seeders;
    }

    @Override
    public void start() {
        long begin = System.nanoTime();
        log.info("Demo data: checking the demo province");
        CurrentUser.runAsSystem(() -> seeders.stream()
                .sorted(Comparator.comparingInt(DemoDataSeeder::order))
                .forEach(seeder -> {
                    long start = System.nanoTime();
                    seeder.seedIfEmpty();
                    log.info("Demo data: {} done in {} ms", ClassUtils.getUserClass(seeder).getSimpleName(),
                            (System.nanoTime() - start) / 1_000_000);
                }));
        log.info("Demo data: demo province ready ({} ms)", (System.nanoTime() - begin) / 1_000_000);
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
