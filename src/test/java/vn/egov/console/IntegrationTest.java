package vn.egov.console;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test against the whole application, on a real HTTP port, on the embedded MariaDB with the demo province loaded.
 * All classes with this annotation share one Spring context and one database server per test JVM. Keep it that way
 * (no per-class properties or mock beans): every extra context costs start-up time, and Vaadin installs a JVM-wide
 * security-context strategy per context ({@link SecurityStrategyPerContext} points it back before each class).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public @interface IntegrationTest {
}
