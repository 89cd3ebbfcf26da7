package vn.egov.console.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.egov.console.DemoUsers;
import vn.egov.console.IntegrationTest;

/**
 * A city head imports a month of public-service figures through the dialog in a real Chromium: a file with a bad row
 * is refused as a whole with the row's message and a downloadable report; the corrected file is stored.
 */
@IntegrationTest
class PublicServiceImportE2ETest extends DownloadingBrowserTest {

    static final String HEADER = "Mã thủ tục;Mã đơn vị;Tháng;Tiếp nhận;Tiếp nhận trực tuyến;Đã giải quyết;"
            + "Giải quyết đúng hạn;Trễ hạn\n";
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE FROM ps_monthly WHERE month = '2016-09-01'");
        jdbc.update("DELETE FROM ps_unit_field_month WHERE month = '2016-09-01'");
        jdbc.update("DELETE FROM ps_procedure_month WHERE month = '2016-09-01'");
    }

    @Test
    void aBadFileIsRefusedWithItsRowErrorsAndTheCorrectedFileIsStored() throws Exception {
        String birth = jdbc.queryForObject("SELECT code FROM ps_procedure WHERE name = 'Đăng ký khai sinh'", String.class);
        Path bad = downloads.resolve("bad.csv");
        Files.writeString(bad, "\uFEFF" + HEADER + birth + ";" + DemoUsers.NGO_QUYEN_CODE + ";2016-09;10;4;9;9;0\n"
                + birth + ";" + DemoUsers.NGO_QUYEN_CODE + ";2016-10;10;12;9;9;0\n", StandardCharsets.UTF_8);
        Path good = downloads.resolve("good.csv");
        Files.writeString(good, "\uFEFF" + HEADER + birth + ";" + DemoUsers.NGO_QUYEN_CODE + ";2016-09;10;4;9;9;0\n",
                StandardCharsets.UTF_8);

        signIn(DemoUsers.HEAD_VINH_YEN);
        browser.get(url("/public-services"));
        var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("ps-import"))).click();
        upload(wait, bad);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ps-error-report")));
        String result = browser.findElement(By.id("ps-import-result")).getText();
        assertThat(result).contains("Chưa nhập gì: có 1 lỗi").contains("Dòng 3")
                .contains("Hồ sơ trực tuyến (12) không được nhiều hơn hồ sơ tiếp nhận (10).");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ps_monthly WHERE month = '2016-09-01'", Long.class))
                .as("the good row of the bad file was not stored").isZero();

        upload(wait, good);
        wait.until(d -> d.findElement(By.id("ps-import-result")).getText().contains("Đã nhập"));
        assertThat(browser.findElement(By.id("ps-import-result")).getText()).contains("1 dòng mới");
        assertThat(jdbc.queryForObject("SELECT SUM(received_online) FROM ps_monthly WHERE month = '2016-09-01'",
                Long.class)).isEqualTo(4);
    }

    private void upload(WebDriverWait wait, Path file) {
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ps-upload")));
        // a second file replaces the first in the upload's list (max one file)
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].files = [];", upload);
        WebElement input = upload.findElements(By.cssSelector("input[type=file]")).stream().findFirst()
                .orElseGet(() -> upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")));
        input.sendKeys(file.toString());
    }
}
