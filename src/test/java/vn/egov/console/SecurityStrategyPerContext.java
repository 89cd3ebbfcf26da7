package vn.egov.console;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * The test JVM holds two Spring contexts (the mock-web one of {@link IntegrationTest} and the real-port one of
 * {@link WebIntegrationTest}). Each context's Vaadin starter installs its own SecurityContextHolderStrategy into the
 * static {@link SecurityContextHolder} when it starts, and each context's method security keeps using its own. So
 * whichever context started last "owned" the static holder, and every test on the other context that signs in with
 * {@link DemoUsers} was seen as anonymous: the suite passed or failed depending on the order the classes ran in.
 * Before every test this points the static holder back at the strategy of the context the test runs on.
 */
public class SecurityStrategyPerContext implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestClass(TestContext testContext) {
        align(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        align(testContext);
    }

    private static void align(TestContext testContext) {
        if (!testContext.hasApplicationContext()) return; // contexts load on demand; nothing to align yet
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifUnique(SecurityContextHolder::setContextHolderStrategy);
    }

    /** Before spring-security-test's @WithUserDetails listener (order 10000) puts the user into the holder. */
    @Override
    public int getOrder() {
        return 100;
    }
}
