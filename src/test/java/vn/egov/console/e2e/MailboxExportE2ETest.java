package vn.egov.console.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.egov.console.DemoUsers;
import vn.egov.console.IntegrationTest;
import vn.egov.console.base.i18n.VietnameseText;

/**
 * A real browser (Debian's Chromium, headless) signs in as the head of Sở Nội vụ, opens the mailbox grid, sorts it by
 * holder and downloads the CSV and Excel exports: the files arrive, hold exactly the unit's mailboxes and nothing
 * else, in the order the grid shows.
 */
@IntegrationTest
class MailboxExportE2ETest extends DownloadingBrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void unitHeadDownloadsTheirUnitsMailboxesAsCsvAndXlsx() throws Exception {
        var wait = new WebDriverWait(browser, Duration.ofSeconds(90));
        signIn(DemoUsers.HEAD_SNV);

        browser.get(url("/mailboxes"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mailbox-grid")));
        wait.until(d -> d.getPageSource().contains("snv@vinhphuc.gov.vn"));
        browser.findElements(By.tagName("vaadin-grid-sorter")).stream()
                .filter(sorter -> sorter.getText().strip().equals("Chủ hộp thư")).findFirst().orElseThrow().click();
        wait.until(d -> d.findElements(By.cssSelector("vaadin-grid-sorter[direction='asc']")).size() == 1);

        browser.findElement(By.id("export-csv")).click();
        Path csv = awaitDownload(".csv");
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFĐịa chỉ thư,");
        List<String> lines = text.lines().skip(1).toList();
        long expected = jdbc.queryForObject("SELECT COUNT(*) FROM mailbox m JOIN unit u ON u.id = m.unit_id "
                + "WHERE u.code = ?", Long.class, DemoUsers.SNV_CODE);
        assertThat(lines).hasSize((int) expected).allMatch(l -> l.contains("," + DemoUsers.SNV_CODE + ","));
        assertThat(text).contains("snv@vinhphuc.gov.vn,Đơn vị,Sở Nội vụ");
        List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(text.substring(1))).getRecords();
        List<String> holders = rows.stream().skip(1).map(r -> VietnameseText.fold(r.get(2))).toList();
        List<String> addresses = rows.stream().skip(1).map(r -> r.get(0)).toList();
        assertThat(holders).as("in the grid's order: by holder").isSorted();
        assertThat(addresses).as("not in the default order by address").isNotEqualTo(addresses.stream().sorted().toList());

        browser.findElement(By.id("export-xlsx")).click();
        Path xlsx = awaitDownload(".xlsx");
        byte[] head = Files.readAllBytes(xlsx);
        assertThat(head).startsWith(0x50, 0x4B, 0x03, 0x04);
    }
}
