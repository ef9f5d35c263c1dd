package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The group's records in a real headless Chromium: the decision register searched and filtered, an action item marked
 * done on the board and the chat shows it, the annual report as a page and as a Word file.
 */
class WebRecordsBrowserTest extends WebBrowserFixture {
    @Test
    void theRegisterIsSearchedAndFiltered() {
        browser.get(link(amina));
        browser.get(base + "/web/g/" + groupId() + "/beslut");
        assertTrue(text().contains("3 beslut"), text());
        WebElement search = browser.findElement(By.id("q"));
        search.sendKeys("migrationsverk");
        search.sendKeys(Keys.ENTER);
        waitFor(ExpectedConditions.urlContains("q=migrationsverk"));
        assertTrue(text().contains("1 beslut"), text());
        assertTrue(text().contains("Migrationsverket") && !text().contains("lägesbild"), text());
        submit(browser.findElement(By.linkText("Visa alla")));
        assertTrue(text().contains("3 beslut"), text());
        new Select(browser.findElement(By.id("ar"))).selectByVisibleText("2026");
        new Select(browser.findElement(By.id("org"))).selectByVisibleText("Falkenberg");
        browser.findElement(By.cssSelector("form.filters button")).click();
        waitFor(ExpectedConditions.urlContains("org=Falkenberg"));
        assertTrue(text().contains("1 beslut") && text().contains("Falkenberg är värd för mötet i november."), text());
        assertTrue(browser.getCurrentUrl().contains("ar=2026") && browser.getCurrentUrl().contains("org=Falkenberg"), "a link to the filtered list");
        browser.get(base + "/web/g/" + groupId() + "/beslut?ar=2025");
        assertTrue(text().contains("0 beslut"), "no decisions in 2025: " + text());
    }

    @Test
    void anActionItemMarkedDoneOnTheBoardIsDoneInTheChat() {
        browser.get(link(amina));
        browser.get(base + "/web/g/" + groupId() + "/atgarder");
        assertTrue(browser.findElement(By.cssSelector("svg.chart title")).getAttribute("textContent").contains("Öppna och klara"));
        assertTrue(text().contains("#2 skickar ut inbjudan"), text());
        submit(browser.findElement(By.cssSelector("button[aria-label^='Markera åtgärd #2']")));
        assertTrue(text().contains("Åtgärd #2 är markerad som klar"), text());
        assertFalse(ok(amina, "åtgärder alla").contains("skickar ut inbjudan"), "no longer among the open ones in the chat");
        assertTrue(amina.send("klar 2").toString().contains("redan klar"), "the chat knows it is done");
        assertEquals(1, DbSnapshot.count(db(), "SELECT COUNT(*) FROM action_item WHERE number = 2 AND status = 'done'"
                + " AND done_by = (SELECT id FROM member WHERE name = 'Amina Boulaabi')"), "done by the member who pressed it");
    }

    @Test
    void theAnnualReportIsAPageAndAWordFile() throws Exception {
        browser.get(link(amina));
        submit(browser.findElement(By.linkText("Årsrapport")));
        assertEquals("Årsrapport 2026 — Strategisk grupp integration", h1());
        assertTrue(text().contains("Möten (1)") && text().contains("Planerade, ännu inte hållna (1)") && text().contains("Beslut (3)"),
                "the meeting held in October; the one in November is still planned: " + text());
        String href = browser.findElement(By.partialLinkText("Word")).getAttribute("href");
        HttpResponse<byte[]> docx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "samverka_session=" + browser.manage().getCookieNamed("samverka_session").getValue()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, docx.statusCode());
        assertEquals("PK", new String(docx.body(), 0, 2), "a .docx is a zip");
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            assertEquals("Årsrapport 2026 — Strategisk grupp integration", doc.getParagraphs().get(0).getText());
        }
    }
}
