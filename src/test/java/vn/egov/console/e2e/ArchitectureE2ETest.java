package vn.egov.console.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.egov.console.DemoUsers;
import vn.egov.console.IntegrationTest;

/** Leadership opens the roadmap's timeline in Chromium, then downloads the roadmap as Excel from the tree screen. */
@IntegrationTest
class ArchitectureE2ETest extends DownloadingBrowserTest {

    @Test
    void leadershipOpensTheTimelineAndDownloadsTheRoadmap() throws Exception {
        var wait = new WebDriverWait(browser, Duration.ofSeconds(90));
        signIn(DemoUsers.LEADER);

        browser.get(url("/architecture"));
        wait.until(d -> d.getPageSource().contains("Kiến trúc Chính quyền điện tử tỉnh Vĩnh Phúc, phiên bản 2.0"));
        browser.findElement(By.xpath("//vaadin-button[contains(., 'Biểu đồ tiến độ')]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#roadmap-timeline svg.gantt")));
        assertThat(browser.findElements(By.cssSelector("#roadmap-timeline rect.gantt-bar"))).hasSizeGreaterThan(30);
        assertThat(browser.findElements(By.cssSelector("#roadmap-timeline rect.gantt-overdue"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#roadmap-timeline line.gantt-today"))).hasSize(1);

        browser.get(url("/architecture"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("export-xlsx")));
        browser.findElement(By.id("export-xlsx")).click();
        String text = unzippedText(awaitDownload(".xlsx"));
        assertThat(text).contains("Mã nhiệm vụ").contains("Kho dữ liệu dùng chung và cổng dữ liệu mở của tỉnh")
                .contains("Sở Tài nguyên và Môi trường");
    }

    /** Every entry of the workbook (a zip written as a stream, so read through its central directory). */
    private static String unzippedText(java.nio.file.Path xlsx) throws Exception {
        var all = new ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipFile(xlsx.toFile())) {
            for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                try (var in = zip.getInputStream(entries.nextElement())) {
                    in.transferTo(all);
                }
            }
        }
        // the writer may store characters as XML character references (&#7879;): read them as text
        return java.util.regex.Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(all.toString(StandardCharsets.UTF_8))
                .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(Character.toString(
                        Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16))));
    }
}
