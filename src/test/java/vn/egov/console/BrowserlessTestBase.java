package vn.egov.console;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.base.i18n.Formats;

/**
 * Views driven as a user would, without a browser, on the real services and database. Each test runs in a
 * transaction that is rolled back, so what a test types into forms never leaks into other tests. Sign in with
 * {@code @WithUserDetails("admin")} (the demo accounts of {@link DemoUsers}).
 */
@IntegrationTest
@Transactional
public abstract class BrowserlessTestBase extends SpringBrowserlessTest {

    @BeforeEach
    void speakVietnamese() {
        UI.getCurrent().setLocale(Formats.VIETNAMESE);
    }
}
