package vn.egov.console.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.egov.console.DemoUsers;
import vn.egov.console.TestTotp;

/**
 * Debian's Chromium and ChromeDriver (packages chromium, chromium-driver; .ci/run installs them). Never downloads a
 * browser. Without them installed the end-to-end tests are skipped locally; CI always has them.
 */
public final class Chromium {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    public static WebDriver start(Path downloads) {
        Assumptions.assumeTrue(Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER),
                "Chromium/ChromeDriver not installed: apt-get install chromium chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1366,900", "--lang=vi-VN");
        // the browser's console, so a test can see what the Content-Security-Policy refused
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        if (downloads != null) {
            options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        if (downloads != null) {
            // headless Chromium ignores the download preference unless told through DevTools as well
            chrome.executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        }
        return chrome;
    }

    /**
     * Signs in through the real login form and waits until the home view is there; the demo admin also passes the
     * second factor with a code from the demo secret.
     */
    public static void login(WebDriver driver, String baseUrl, String username, String password) {
        login(driver, baseUrl, username, password,
                DemoUsers.ADMIN.username.equals(username) ? DemoUsers.ADMIN_TOTP_SECRET : null);
    }

    /** As above, for an account whose authenticator secret the test knows (null: no second factor expected). */
    public static void login(WebDriver driver, String baseUrl, String username, String password, String totpSecret) {
        submitPassword(driver, baseUrl, username, password);
        var wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        if (totpSecret != null) {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("second-factor-code")));
            enterSecondFactorCode(driver, TestTotp.nextCode(totpSecret));
        }
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-app-layout h1")));
    }

    /**
     * Waits (up to a minute) until the view's heading reads {@code text}. The router replaces the heading as it
     * renders each view, so a heading read during the swap is stale: that read is retried, not a failure.
     */
    public static void awaitHeading(WebDriver driver, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.cssSelector("vaadin-app-layout h1")).getText().equals(text));
    }

    /** Types the code into the second-factor page and confirms it. */
    public static void enterSecondFactorCode(WebDriver driver, String code) {
        driver.findElement(By.cssSelector("#second-factor-code input")).sendKeys(code);
        driver.findElement(By.id("second-factor-submit")).click();
    }

    /** The login form only: waits until the browser has left the login page. */
    public static void submitPassword(WebDriver driver, String baseUrl, String username, String password) {
        driver.get(baseUrl + "/login");
        var wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")));
        driver.findElement(By.cssSelector("input[name='username']")).sendKeys(username);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-button[slot='submit'], vaadin-button")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** Waits (up to a minute) for a finished download with that extension in the browser's download folder. */
    public static Path awaitDownload(Path downloads, String extension) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            try (Stream<Path> files = Files.list(downloads)) {
                Optional<Path> done = files.filter(f -> f.toString().endsWith(extension)).findFirst();
                if (done.isPresent() && done.get().toFile().length() > 0) return done.get();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Thread.sleep(200);
        }
        String[] present = downloads.toFile().list();
        throw new AssertionError("no " + extension + " download in " + downloads + ": "
                + Arrays.toString(present == null ? new String[0] : present));
    }
}
