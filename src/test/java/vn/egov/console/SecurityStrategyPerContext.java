package vn.egov.console;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * The test JVM holds two application contexts (mock web environment and real port). Vaadin gives each its own
 * security-context strategy, with its own thread-local, and installs the newest one globally; code that sets the
 * context through {@link SecurityContextHolder} ({@link DemoUsers}, {@code @WithUserDetails}) then writes where the
 * other context's services never look. Before each test class, this points the global holder back at the strategy
 * of the context the test runs against.
 */
public class SecurityStrategyPerContext implements TestExecutionListener, org.springframework.core.Ordered {

    @Override
    public void prepareTestInstance(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    @Override
    public int getOrder() {
        return 0;
    }
}
