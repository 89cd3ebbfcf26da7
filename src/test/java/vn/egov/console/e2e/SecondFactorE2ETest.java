package vn.egov.console.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.egov.console.DemoUsers;
import vn.egov.console.IntegrationTest;
import vn.egov.console.TestTotp;
import vn.egov.console.security.NewUser;
import vn.egov.console.security.Role;
import vn.egov.console.security.UserAdminService;
import vn.egov.console.security.UserSummary;

/**
 * A new administrator in a real browser: the first sign-in sets up the authenticator app (QR code, key, one code),
 * shows the recovery codes, and no other page opens before that; the next sign-ins need a code, or a recovery code.
 */
@IntegrationTest
class SecondFactorE2ETest {

    private static final String PASSWORD = "Mat-khau-2026";

    @LocalServerPort
    int port;
    @Autowired
    UserAdminService users;
    WebDriver driver;

    UserSummary created;

    @AfterEach
    void quitAndRetireTheAdministrator() {
        if (driver != null) driver.quit();
        // the context and its database are shared: an extra enabled ADMIN would receive other tests' alerts
        if (created != null) DemoUsers.ADMIN.run(() -> users.setEnabled(created.id(), false));
    }

    @Test
    void aNewAdministratorEnrolsOnFirstSignInThenSignsInWithACodeOrARecoveryCode() {
        String username = "totp-e2e-" + UUID.randomUUID().toString().substring(0, 6);
        created = DemoUsers.ADMIN.call(() -> users.create(new NewUser(username, "Quản trị Mới", null, Role.ADMIN, null,
                PASSWORD)));
        String base = "http://localhost:" + port;
        driver = Chromium.start(null);
        var wait = new WebDriverWait(driver, Duration.ofSeconds(60));

        Chromium.submitPassword(driver, base, username, PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("second-factor-secret")));
        driver.get(base + "/users");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("second-factor-secret")));
        assertThat(driver.findElements(By.tagName("vaadin-app-layout"))).as("no view before the second factor").isEmpty();
        assertThat(driver.findElement(By.id("second-factor-qr")).getAttribute("src")).startsWith("data:image/svg+xml");

        String secret = driver.findElement(By.id("second-factor-secret")).getText().replace(" ", "");
        Chromium.enterSecondFactorCode(driver, TestTotp.nextCode(secret));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("recovery-codes")));
        var codes = driver.findElements(By.cssSelector("#recovery-codes li"));
        assertThat(codes).hasSize(10);
        String recoveryCode = codes.getFirst().getText();
        driver.findElement(By.id("second-factor-continue")).click();
        Chromium.awaitHeading(driver, "Tổng quan điều hành");

        // a new browser session: password, then a code from the app
        driver.manage().deleteAllCookies();
        Chromium.login(driver, base, username, PASSWORD, secret);
        assertThat(driver.findElement(By.tagName("vaadin-side-nav")).getText()).contains("Người dùng");

        // without the phone: a recovery code, once
        driver.manage().deleteAllCookies();
        Chromium.submitPassword(driver, base, username, PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("second-factor-code")));
        assertThat(driver.findElements(By.id("second-factor-secret"))).as("the key is never shown again").isEmpty();
        Chromium.enterSecondFactorCode(driver, recoveryCode);
        wait.until(d -> d.findElement(By.id("recovery-code-used")).getText().contains("9"));
        driver.findElement(By.id("second-factor-continue")).click();
        Chromium.awaitHeading(driver, "Tổng quan điều hành");
    }
}
