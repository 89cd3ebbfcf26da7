package vn.egov.console.base.demo;

import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import vn.egov.console.security.CurrentUser;

@Component
@ConditionalOnBooleanProperty(name = "app.demo.enabled")
class DemoDataRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);
    private final List<DemoDataSeeder> seeders;

    DemoDataRunner(List<DemoDataSeeder> seeders) {
        this.seeders = seeders;
    }

    @Override
    public void run(ApplicationArguments args) {
        CurrentUser.runAsSystem(() -> seeders.stream()
                .sorted(Comparator.comparingInt(DemoDataSeeder::order))
                .forEach(seeder -> {
                    long start = System.nanoTime();
                    seeder.seedIfEmpty();
                    log.info("{} done in {} ms", seeder.getClass().getSimpleName(),
                            (System.nanoTime() - start) / 1_000_000);
                }));
    }
}
