package vn.egov.console.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.egov.console.IntegrationTest;
import vn.egov.console.DemoUsers;

/**
 * Leadership opens the Directive 15 report in a real Chromium, picks 2019 and downloads the PDF; the file on disk is
 * a PDF in Vietnamese for that period.
 */
@IntegrationTest
class DocflowReportE2ETest extends DownloadingBrowserTest {

    @Test
    void leadershipDownloadsTheReportAsPdf() throws Exception {
        signIn(DemoUsers.LEADER);
        browser.get(url("/docflow/report"));
        var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-pdf")));
        var select = browser.findElement(By.id("report-period"));
        select.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-select-item[value]")));
        browser.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(i -> i.getText().strip().equals("Năm 2019")).findFirst()
                .ifPresent(item -> ((org.openqa.selenium.JavascriptExecutor) browser)
                        .executeScript("arguments[0].scrollIntoView(); arguments[0].click();", item));
        wait.until(d -> d.findElement(By.id("report-period")).getText().contains("2019")
                || "2019".equals(d.findElement(By.id("report-period")).getAttribute("value")));
        browser.findElement(By.id("report-pdf")).click();

        Path pdf = awaitDownload(".pdf");
        assertThat(pdf.getFileName().toString()).isEqualTo("bao-cao-van-ban-dien-tu_2019-01_2019-12.pdf");
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(bytes);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        assertThat(text).contains("BÁO CÁO TÌNH HÌNH SỬ DỤNG VĂN BẢN ĐIỆN TỬ").contains("01/2019 – 12/2019")
                .contains("Toàn tỉnh");
    }
}
