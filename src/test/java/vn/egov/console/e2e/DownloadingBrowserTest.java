package vn.egov.console.e2e;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.egov.console.DemoUsers;

/** A Chromium per test with a download folder of its own, against the test server; quit after each test. */
abstract class DownloadingBrowserTest {

    @LocalServerPort
    int port;
    @TempDir
    Path downloads;
    WebDriver browser;

    @BeforeEach
    void startBrowser() {
        browser = Chromium.start(downloads);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) browser.quit();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void signIn(DemoUsers user) {
        Chromium.login(browser, url(""), user.username, DemoUsers.PASSWORD);
    }

    Path awaitDownload(String extension) throws InterruptedException {
        return Chromium.awaitDownload(downloads, extension);
    }
}
