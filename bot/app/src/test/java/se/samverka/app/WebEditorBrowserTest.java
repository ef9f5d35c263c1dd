package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import se.samverka.storage.TestDatabase;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import se.samverka.config.ConfigLoader;
import se.samverka.core.chat.Reply;
import se.samverka.integrations.console.ConsoleSession;

/** The secretary writes a note on the minutes editor in a real headless Chromium, and it is in the record. */
class WebEditorBrowserTest {
    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @TempDir
    static Path folder;
    static Samverka samverka;
    static Javalin http;
    static String base;
    static ConsoleSession amina;
    static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        WebBrowserFixture.assumeChromium();
        MutableClock clock = new MutableClock(LocalDateTime.parse("2026-11-02T10:00").atZone(STOCKHOLM).toInstant(), STOCKHOLM);
        samverka = Samverka.open(ConfigLoader.load(Map.of(ConfigLoader.DB, TestDatabase.setting(folder.resolve("s.db"))), Optional.empty()), clock);
        http = HttpServer.create(samverka).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + http.port();
        amina = new ConsoleSession(samverka.assistant(), Optional.of("Strategisk grupp integration"), "Amina Boulaabi");
        ok("grupp skapa Strategisk grupp integration");
        ok("möte 2 november 13-16 Laholm");
        ok("punkt Inledning");
        clock.set(LocalDateTime.parse("2026-11-02T13:30").atZone(STOCKHOLM).toInstant());
        browser = WebBrowserFixture.chromium();
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (http != null) http.stop();
        if (samverka != null) samverka.close();
    }

    static String ok(String command) {
        Reply reply = amina.send(command);
        assertFalse(reply.rejected(), command + " → " + reply);
        return reply.toString();
    }

    static void submit(WebElement button) {
        WebBrowserFixture.submit(browser, button);
    }

    @Test
    void theSecretaryWritesANoteOnTheEditorPage() {
        Matcher m = Pattern.compile("/web/login\\?t=([A-Za-z0-9_.-]+)").matcher(ok("webb"));
        assertTrue(m.find(), "webb gives a link");
        browser.get(base + "/web/login?t=" + m.group(1));
        long group = DbSnapshot.count(folder.resolve("s.db"), "SELECT id FROM chat_group");
        long meeting = DbSnapshot.count(folder.resolve("s.db"), "SELECT MIN(id) FROM meeting");
        browser.get(base + "/web/g/" + group + "/m/" + meeting);
        submit(browser.findElement(By.partialLinkText("Skriv protokollet")));
        assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith("Skriv protokollet"), browser.getPageSource());
        browser.findElement(By.id("add-note-1")).sendKeys("Laholm berättade om sitt arbete med integration.");
        submit(browser.findElement(By.id("add-note-button-1")));
        assertEquals("Sparat.", browser.findElement(By.id("notice")).getText());
        assertEquals("Laholm berättade om sitt arbete med integration.", browser.findElement(By.id("note-1")).getAttribute("value"),
                "the note is on the page to edit");
        assertEquals(1, DbSnapshot.count(folder.resolve("s.db"),
                "SELECT COUNT(*) FROM meeting_note WHERE text = 'Laholm berättade om sitt arbete med integration.'"));
    }
}
