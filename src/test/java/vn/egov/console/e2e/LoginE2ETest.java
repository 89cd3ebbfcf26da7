package vn.egov.console.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.egov.console.DemoUsers;
import vn.egov.console.IntegrationTest;

/** A real browser signs in and sees the home view of its role, in Vietnamese. */
@IntegrationTest
class LoginE2ETest {

    @LocalServerPort
    int port;
    WebDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) driver.quit();
    }

    @Test
    void administratorSignsInAndSeesTheOperationsOverview() {
        driver = Chromium.start(null);
        Chromium.login(driver, "http://localhost:" + port, DemoUsers.ADMIN.username, DemoUsers.PASSWORD);
        Chromium.awaitHeading(driver, "Tổng quan điều hành");
        assertThat(driver.findElement(By.tagName("vaadin-side-nav")).getText()).contains("Người dùng");
    }

    @Test
    void unitHeadSignsInAndSeesTheirUnit() {
        driver = Chromium.start(null);
        Chromium.login(driver, "http://localhost:" + port, DemoUsers.HEAD_SNV.username, DemoUsers.PASSWORD);
        Chromium.awaitHeading(driver, "Sở Nội vụ");
        assertThat(driver.findElement(By.tagName("vaadin-side-nav")).getText()).doesNotContain("Người dùng");
    }

    /**
     * Every response carries a Content-Security-Policy; the console must still work under it (Vaadin needs inline and
     * evaluated scripts), and the policy must really be in force (a picture from elsewhere is refused).
     */
    @Test
    void theConsoleWorksUnderItsContentSecurityPolicy() {
        driver = Chromium.start(null);
        String base = "http://localhost:" + port;
        Chromium.login(driver, base, DemoUsers.ADMIN.username, DemoUsers.PASSWORD);
        var wait = new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(60));
        for (String[] view : new String[][]{{"units", "Đơn vị"}, {"users", "Người dùng"}, {"audit/logins", "Nhật ký"}}) {
            driver.get(base + "/" + view[0]);
            wait.until(d -> d.findElements(By.cssSelector("vaadin-app-layout h1")).stream()
                    .anyMatch(h -> h.getText().startsWith(view[1])));
        }
        assertThat(cspViolations()).as("nothing of the console itself is refused").isEmpty();

        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "const img = document.createElement('img'); img.src = 'https://example.invalid/pixel.png';"
                        + "document.body.appendChild(img);");
        wait.until(d -> !cspViolations().isEmpty());
    }

    @Test
    void anOfficerOpeningAnotherRolesPageIsToldSoInsideTheConsole() {
        driver = Chromium.start(null);
        String base = "http://localhost:" + port;
        Chromium.login(driver, base, DemoUsers.OFFICER_SNV.username, DemoUsers.PASSWORD);
        driver.get(base + "/users");
        Chromium.awaitHeading(driver, "Không có quyền truy cập");
        assertThat(driver.findElement(By.tagName("vaadin-side-nav")).getText()).doesNotContain("Người dùng");
        driver.get(base + "/nonexistent");
        Chromium.awaitHeading(driver, "Không tìm thấy trang");
        driver.findElement(By.id("error-page-home")).click();
        Chromium.awaitHeading(driver, "Sở Nội vụ");
    }

    private java.util.List<String> cspViolations() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy")).toList();
    }

    @Test
    void wrongPasswordShowsTheVietnameseError() {
        driver = Chromium.start(null);
        driver.get("http://localhost:" + port + "/login");
        var wait = new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(60));
        wait.until(d -> !d.findElements(By.cssSelector("input[name='username']")).isEmpty());
        driver.findElement(By.cssSelector("input[name='username']")).sendKeys("admin");
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys("sai-mat-khau");
        driver.findElement(By.cssSelector("vaadin-button")).click();
        wait.until(d -> d.getCurrentUrl().contains("error"));
        wait.until(d -> d.findElement(By.tagName("vaadin-login-form")).getText()
                .contains("Tên đăng nhập hoặc mật khẩu không đúng"));
    }
}
