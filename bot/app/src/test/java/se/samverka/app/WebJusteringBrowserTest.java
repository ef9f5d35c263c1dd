package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import se.samverka.storage.TestDatabase;

import io.javalin.Javalin;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import se.samverka.config.ConfigLoader;
import se.samverka.core.chat.Reply;
import se.samverka.integrations.console.ConsoleSession;

/**
 * In a real headless Chromium: a long note typed while the session expired comes back after signing in again, and
 * the justerare's review — "Begär ändring" reaching the secretary, then "Justera" — leaves the secretary's editor
 * locked. The app runs on a port its public address names, so the review link of {@code protokoll klart} is followed
 * as the member would follow it.
 */
class WebJusteringBrowserTest {
    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    static final String GROUP = "Strategisk grupp integration";
    static WebDriver browser;

    @TempDir
    Path folder;
    MutableClock clock;
    Samverka samverka;
    Javalin http;
    String base;
    ConsoleSession amina;
    ConsoleSession tor;

    @BeforeAll
    static void chromium() throws Exception {
        WebBrowserFixture.assumeChromium();
        browser = WebBrowserFixture.chromium();
    }

    @AfterAll
    static void quit() {
        if (browser != null) browser.quit();
    }

    @BeforeEach
    void start() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        base = "http://127.0.0.1:" + port;
        clock = new MutableClock(LocalDateTime.parse("2026-11-02T10:00").atZone(STOCKHOLM).toInstant(), STOCKHOLM);
        samverka = Samverka.open(ConfigLoader.load(Map.of(ConfigLoader.DB, TestDatabase.setting(db()), ConfigLoader.PUBLIC_URL, base),
                Optional.empty()), clock);
        http = HttpServer.create(samverka).start("127.0.0.1", port);
        amina = new ConsoleSession(samverka.assistant(), Optional.of(GROUP), "Amina Boulaabi");
        tor = new ConsoleSession(samverka.assistant(), Optional.of(GROUP), "Tor Jacobsen");
        ok(amina, "grupp skapa " + GROUP);
        ok(amina, "medlem Tor Jacobsen, Falkenberg");
        ok(tor, "mina åtgärder"); // Tor is linked, so the justerare's message reaches him
        ok(amina, "möte 2 november 13-16 Laholm");
        ok(amina, "punkt Inledning");
        clock.set(LocalDateTime.parse("2026-11-02T13:30").atZone(STOCKHOLM).toInstant());
        browser.manage().deleteAllCookies();
    }

    @AfterEach
    void stop() {
        if (http != null) http.stop();
        if (samverka != null) samverka.close();
    }

    Path db() {
        return folder.resolve("s.db");
    }

    static String ok(ConsoleSession who, String command) {
        Reply reply = who.send(command);
        assertFalse(reply.rejected(), command + " → " + reply);
        return reply.toString();
    }

    /** Signs {@code who} in with a fresh webb link, as the only user of the browser. */
    void signIn(ConsoleSession who) {
        browser.manage().deleteAllCookies();
        Matcher m = Pattern.compile("(/web/login\\?t=[A-Za-z0-9_.-]+)").matcher(ok(who, "webb"));
        assertTrue(m.find(), "webb gives a link");
        browser.get(base + m.group(1));
    }

    String editor() {
        return base + "/web/g/" + DbSnapshot.count(db(), "SELECT id FROM chat_group") + "/m/"
                + DbSnapshot.count(db(), "SELECT MIN(id) FROM meeting") + "/redigera";
    }

    String outbox(String keyLike) throws Exception {
        try (Connection c = TestDatabase.connect(TestDatabase.setting(db()));
             ResultSet rs = c.createStatement().executeQuery("SELECT body FROM outbox WHERE message_key LIKE '" + keyLike + "'")) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    static void submit(WebElement button) {
        WebBrowserFixture.submit(browser, button);
    }

    String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    @Test
    void aLongNoteTypedWhileTheSessionExpiredComesBackAfterSigningInAgain() {
        StringBuilder typed = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            typed.append("Stycke ").append(i).append(": Laholm och Falkenberg jämförde hur nyanlända får stöd i skolan, ")
                    .append("vilka insatser som fungerat och vad som återstår att göra under året.").append(i < 12 ? "\n" : "");
        }
        String note = typed.toString();
        signIn(amina);
        browser.get(editor());
        browser.findElement(By.id("add-note-1")).sendKeys(note);
        clock.set(clock.instant().plus(Duration.ofHours(13))); // the session (12 hours) ends while she types
        submit(browser.findElement(By.id("add-note-button-1")));
        assertEquals("Logga in igen — din text finns kvar", browser.findElement(By.tagName("h1")).getText(), browser.getPageSource());
        assertEquals(note, browser.findElement(By.id("kept-text")).getAttribute("value"), "the text is on the page at once");
        assertEquals(0, DbSnapshot.count(db(), "SELECT COUNT(*) FROM meeting_note WHERE text LIKE 'Stycke 1:%'"), "nothing saved yet");

        signIn(amina);
        browser.get(editor());
        assertTrue(text("draft").contains("Osparad text från 02:30"), text("draft"));
        assertEquals(note, browser.findElement(By.cssSelector("#draft textarea.kept-text")).getAttribute("value"));
        submit(browser.findElement(By.cssSelector("#draft form.kept button")));
        assertEquals("Sparat.", text("notice"));
        assertEquals(1, DbSnapshot.count(db(), "SELECT COUNT(*) FROM meeting_note WHERE text = '" + note + "'"),
                "the whole note, every paragraph, is in the record");
        assertEquals(0, DbSnapshot.count(db(), "SELECT COUNT(*) FROM web_draft"), "the draft is gone once saved");
        assertTrue(browser.findElements(By.id("draft")).isEmpty());
    }

    @Test
    void theJusterareAsksForAChangeThenApprovesAndTheSecretarysEditorIsLocked() throws Exception {
        ok(amina, "anteckning punkt 1: Laholm berättade om sitt arbete.");
        ok(amina, "justerare Tor");
        ok(amina, "protokoll klart");
        samverka.outboxSender().sendDue();
        Matcher link = Pattern.compile("(/web/granska\\?t(?:=|\\\\u003d)[A-Za-z0-9_.-]+)").matcher(outbox("justering-ask:%"));
        assertTrue(link.find(), "the justerare's message carries the review link");

        browser.get(base + link.group(1).replace("\\u003d", "=")); // Tor follows the link from his direct message
        assertTrue(browser.findElement(By.id("minutes")).getText().contains("Laholm berättade om sitt arbete."));
        browser.findElement(By.cssSelector("#review-item-1 textarea")).sendKeys("Skriv ut att det var Laholms kommun.");
        submit(browser.findElement(By.id("request-change")));
        assertEquals("Din begäran om ändring har skickats till sekreteraren.", text("notice"));
        assertTrue(outbox("justering-change:%").contains("Skriv ut att det var Laholms kommun."),
                "the secretary gets the comment by direct message: " + outbox("justering-change:%"));

        signIn(amina);
        browser.get(editor());
        assertTrue(text("requested").contains("Skriv ut att det var Laholms kommun."), text("requested"));
        assertTrue(browser.findElement(By.id("item-1")).getText().contains("Tor Jacobsen"), "Tor's comment is under item 1");
        browser.findElement(By.id("note-1")).clear();
        browser.findElement(By.id("note-1")).sendKeys("Laholms kommun berättade om sitt arbete.");
        submit(browser.findElement(By.id("save-note-1")));
        assertEquals("Sparat.", text("notice"));
        ok(amina, "protokoll klart");

        signIn(tor);
        browser.get(editor().replace("/redigera", "/granska"));
        assertTrue(browser.findElement(By.id("minutes")).getText().contains("Laholms kommun berättade"), "the corrected minutes");
        browser.findElement(By.cssSelector("#review-item-1 textarea")).sendKeys("Nu stämmer det.");
        submit(browser.findElement(By.id("approve")));
        assertEquals("Du har justerat protokollet.", text("notice"));
        assertEquals(1, DbSnapshot.count(db(), "SELECT COUNT(*) FROM minutes_version WHERE state = 'approved'"));

        signIn(amina);
        browser.get(editor());
        assertEquals("Protokollet är justerat och låst. Rätta med protokoll rättelse i chatten.", text("locked"));
        assertTrue(text("state").startsWith("Justerat och låst"), text("state"));
        assertTrue(browser.findElements(By.tagName("textarea")).isEmpty() && browser.findElements(By.cssSelector("form button")).stream()
                .noneMatch(b -> b.getAttribute("id") != null && b.getAttribute("id").startsWith("save")), "no form to edit with");
        assertTrue(browser.findElement(By.id("item-1")).getText().contains("Nu stämmer det."), "the justerare's comment is shown");
        Reply refused = amina.send("anteckning 2 november punkt 1: Ett tillägg.");
        assertTrue(refused.rejected() && refused.toString().contains("justerat"), "an edit in the chat is refused: " + refused);
    }
}
