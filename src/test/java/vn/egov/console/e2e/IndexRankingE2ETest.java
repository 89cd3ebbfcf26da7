package vn.egov.console.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import vn.egov.console.DemoUsers;
import vn.egov.console.IntegrationTest;
import vn.egov.console.index.Category;
import vn.egov.console.index.IndexService;
import vn.egov.console.index.Ranking;
import vn.egov.console.index.UnitScore;

/**
 * Leadership opens the published index ranking in Chromium, drills down from the top department to its indicators
 * and on to the records behind a computed value (the certificate requests behind the 60-day renewal rule), then downloads the PDF annex
 * for the publishing decision and finds the ranked departments in it.
 */
@IntegrationTest
class IndexRankingE2ETest extends DownloadingBrowserTest {

    @Autowired
    IndexService service;

    @Test
    void leadershipDrillsDownFromTheRankingToTheRecordsAndDownloadsTheAnnex() throws Exception {
        Ranking ranking = DemoUsers.LEADER.call(() -> service.ranking(
                DemoUsers.LEADER.call(() -> service.publishedYears()).getFirst(), Category.DEPARTMENT));
        List<String> names = ranking.units().stream().map(UnitScore::unitName).toList();
        String top = names.getFirst();
        var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        signIn(DemoUsers.LEADER);

        browser.get(url("/index/ranking"));
        By topCell = By.xpath("//vaadin-grid[@id='index-ranking']/vaadin-grid-cell-content[normalize-space(.)='"
                + top + "']");
        wait.until(ExpectedConditions.elementToBeClickable(topCell)).click();

        // unit → groups → indicators, among them the renewal rule and the online procedures nobody used
        wait.until(ExpectedConditions.urlContains("/index/unit/" + ranking.assessment().id() + "-"));
        By renewals = By.xpath("//vaadin-grid-cell-content[contains(., 'C.4 ')]");
        wait.until(ExpectedConditions.presenceOfElementLocated(renewals));
        assertThat(browser.getPageSource()).contains(top).contains("F.2.3 ").contains("F.2.4 ");
        click(browser.findElement(renewals));

        // the rows behind the computed value: the certificate requests, renewals among them
        WebElement records = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.index-records")));
        assertThat(records.getAttribute("href")).endsWith("/certificates/requests");
        click(records);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("certificate-requests")));

        browser.get(url("/index/ranking"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("export-pdf"))).click();
        Path pdf = awaitDownload(".pdf");
        assertThat(pdf.getFileName().toString()).startsWith("phu-luc-xep-hang-cntt-" + ranking.assessment().year());
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(bytes);
        StringBuilder text = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(p)).append('\n');
        }
        reader.close();
        // the extractor may break a long name over two lines of its cell: compare without whitespace
        String flat = text.toString().replaceAll("\\s+", "");
        assertThat(names).hasSizeGreaterThan(3);
        for (String name : List.of(names.getFirst(), names.get(1), names.getLast())) {
            assertThat(flat).contains(name.replaceAll("\\s+", ""));
        }
    }

    /** The row may sit below the fold of the 900-pixel window: bring it to the middle first. */
    private void click(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(element))
                .click();
    }
}
