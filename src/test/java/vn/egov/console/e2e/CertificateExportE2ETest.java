package vn.egov.console.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.egov.console.DemoUsers;
import vn.egov.console.IntegrationTest;

/**
 * Leadership follows a figure of the certificate summary (district agencies handed over) to the register and
 * downloads it in Chromium: the file holds exactly the rows of that figure, not the whole register.
 */
@IntegrationTest
class CertificateExportE2ETest extends DownloadingBrowserTest {

    @Test
    void leadershipDownloadsTheFilteredRegister() throws Exception {
        var wait = new WebDriverWait(browser, Duration.ofSeconds(90));
        signIn(DemoUsers.LEADER);

        browser.get(url("/certificates?tier=DISTRICT&kind=AGENCY&figure=HANDED_OVER"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("certificates-grid")));
        wait.until(d -> d.getPageSource().contains("177 chứng thư"));

        browser.findElement(By.id("export-csv")).click();
        String text = Files.readString(awaitDownload(".csv"), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFMã định danh,");
        List<String> rows = text.lines().skip(1).toList();
        assertThat(rows).hasSize(177).allMatch(r -> r.contains(",Cấp huyện,\"Cơ quan, tổ chức\","));
    }
}
