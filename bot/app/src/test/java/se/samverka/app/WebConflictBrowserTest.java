package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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
import se.samverka.storage.TestDatabase;
import se.samverka.core.chat.Reply;
import se.samverka.integrations.console.ConsoleSession;

/**
 * Two real headless Chromiums on the same minutes editor: the chair saves a note's new text while the secretary's
 * page, loaded before, still shows the old one; the secretary's save is refused with "Ändrat av … under tiden",
 * the chair's text stays stored and the secretary's typed text is still in the form to save knowingly.
 */
class WebConflictBrowserTest {
    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    static final String GROUP = "Strategisk grupp integration";

    @TempDir
    static Path folder;
    static Samverka samverka;
    static Javalin http;
    static String base;
    static ConsoleSession amina;
    static ConsoleSession tor;
    static final List<WebDriver> browsers = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        WebBrowserFixture.assumeChromium();
        MutableClock clock = new MutableClock(LocalDateTime.parse("2026-11-02T10:00").atZone(STOCKHOLM).toInstant(), STOCKHOLM);
        samverka = Samverka.open(ConfigLoader.load(Map.of(ConfigLoader.DB, TestDatabase.setting(db())), Optional.empty()), clock);
        http = HttpServer.create(samverka).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + http.port();
        amina = new ConsoleSession(samverka.assistant(), Optional.of(GROUP), "Amina Boulaabi");
        tor = new ConsoleSession(samverka.assistant(), Optional.of(GROUP), "Tor Jacobsen");
        ok(amina, "grupp skapa " + GROUP);
        ok(amina, "medlem Tor Jacobsen, Falkenberg, tor@example.se, sekreterare");
        ok(amina, "möte 2 november 13-16 Laholm");
        ok(amina, "punkt Inledning");
        clock.set(LocalDateTime.parse("2026-11-02T13:30").atZone(STOCKHOLM).toInstant());
        ok(amina, "anteckning Första texten.");
    }

    @AfterAll
    static void stop() {
        browsers.forEach(WebDriver::quit);
        if (http != null) http.stop();
        if (samverka != null) samverka.close();
    }

    static Path db() {
        return folder.resolve("s.db");
    }

    static String ok(ConsoleSession who, String command) {
        Reply reply = who.send(command);
        assertFalse(reply.rejected(), command + " → " + reply);
        return reply.toString();
    }

    /** A browser of its own (own profile, own cookies), signed in with {@code who}'s webb link, on the editor. */
    static WebDriver editorAs(ConsoleSession who) throws Exception {
        WebDriver browser = WebBrowserFixture.chromium();
        browsers.add(browser);
        Matcher m = Pattern.compile("/web/login\\?t=([A-Za-z0-9_.-]+)").matcher(ok(who, "webb"));
        assertTrue(m.find(), "webb gives a link");
        browser.get(base + "/web/login?t=" + m.group(1));
        long group = DbSnapshot.count(db(), "SELECT id FROM chat_group");
        long meeting = DbSnapshot.count(db(), "SELECT MIN(id) FROM meeting");
        browser.get(base + "/web/g/" + group + "/m/" + meeting + "/redigera");
        assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith("Skriv protokollet"), browser.getPageSource());
        return browser;
    }

    static void retype(WebDriver browser, String text) {
        WebElement note = browser.findElement(By.id("note-1"));
        assertEquals("Första texten.", note.getAttribute("value"), "the page was loaded before any change");
        note.clear();
        note.sendKeys(text);
    }

    /** The database's rows, but for the audit lines (a refused web save is audited). */
    static String snapshot() {
        return DbSnapshot.of(db()).replaceAll("(?m)^audit.*$", "");
    }

    static long notes(String text) {
        return DbSnapshot.count(db(), "SELECT COUNT(*) FROM meeting_note WHERE text = '" + text + "'");
    }

    @Test
    void theSecondSaveOverTheFirstSaysUnderTidenAndKeepsBothTexts() throws Exception {
        WebDriver chair = editorAs(amina);
        WebDriver secretary = editorAs(tor);
        retype(chair, "Ordförandens text om Laholm.");
        WebBrowserFixture.submit(chair, chair.findElement(By.id("save-note-1")));
        assertEquals("Sparat.", chair.findElement(By.id("notice")).getText());
        assertEquals(1, notes("Ordförandens text om Laholm."));

        String before = snapshot();
        retype(secretary, "Sekreterarens text om Laholm.");
        WebBrowserFixture.submit(secretary, secretary.findElement(By.id("save-note-1")));
        WebElement conflict = secretary.findElement(By.id("conflict"));
        assertTrue(conflict.getText().startsWith("Ändrat av Amina Boulaabi") && conflict.getText().contains("under tiden — din ändring är inte sparad."),
                conflict.getText());
        assertEquals("Ordförandens text om Laholm.", secretary.findElement(By.id("theirs")).getText(), "what is stored now");
        assertEquals("Sekreterarens text om Laholm.", conflict.findElement(By.cssSelector("textarea.kept-text")).getAttribute("value"),
                "the secretary's typing is not lost");
        assertEquals(before, snapshot(), "the refused save changed nothing");
        assertEquals(1, notes("Ordförandens text om Laholm."));
        assertEquals(0, notes("Sekreterarens text om Laholm."));
        assertEquals(1, DbSnapshot.count(db(), "SELECT COUNT(*) FROM meeting_note"), "still the one note");
    }
}
