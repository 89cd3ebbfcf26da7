package vn.egov.console.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.egov.console.IntegrationTest;
import vn.egov.console.DemoUsers;

/**
 * Leadership opens the Directive 15 report in a real Chromium, picks 2019 and downloads the PDF; the file on disk is
 * a PDF in Vietnamese for that period.
 */
@IntegrationTest
class DocflowReportE2ETest {

    @LocalServerPort
    int port;
    @TempDir
    Path downloads;
    WebDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) driver.quit();
    }

    @Test
    void leadershipDownloadsTheReportAsPdf() throws Exception {
        driver = Chromium.start(downloads);
        String base = "http://localhost:" + port;
        Chromium.login(driver, base, DemoUsers.LEADER.username, DemoUsers.PASSWORD);
        driver.get(base + "/docflow/report");
        var wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-pdf")));
        var select = driver.findElement(By.id("report-period"));
        select.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-select-item[value]")));
        driver.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(i -> i.getText().strip().equals("Năm 2019")).findFirst()
                .ifPresent(item -> ((org.openqa.selenium.JavascriptExecutor) driver)
                        .executeScript("arguments[0].scrollIntoView(); arguments[0].click();", item));
        wait.until(d -> d.findElement(By.id("report-period")).getText().contains("2019")
                || "2019".equals(d.findElement(By.id("report-period")).getAttribute("value")));
        driver.findElement(By.id("report-pdf")).click();

        Path pdf = waitForDownload(Duration.ofSeconds(60));
        assertThat(pdf.getFileName().toString()).isEqualTo("bao-cao-van-ban-dien-tu_2019-01_2019-12.pdf");
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(bytes);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        assertThat(text).contains("BÁO CÁO TÌNH HÌNH SỬ DỤNG VĂN BẢN ĐIỆN TỬ").contains("01/2019 – 12/2019")
                .contains("Toàn tỉnh");
    }

    private Path waitForDownload(Duration timeout) throws IOException, InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            try (Stream<Path> files = Files.list(downloads)) {
                var done = files.filter(f -> f.toString().endsWith(".pdf")).findFirst();
                if (done.isPresent() && Files.size(done.get()) > 0) return done.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No PDF downloaded into " + downloads);
    }
}
