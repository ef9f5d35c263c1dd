package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverka.config.ConfigLoader;
import se.samverka.core.chat.Reply;
import se.samverka.integrations.console.ConsoleSession;

/**
 * The secretary's minutes editor ({@code /redigera}) and the justerare's review page ({@code /granska}) over real
 * HTTP against the real app and SQLite file: saves go through the chat engine, and what must be refused (no or a
 * wrong CSRF token, a save over someone's later change, a used review link, a second Justera, a plain member)
 * is refused with the database unchanged.
 */
class WebEditorTest {
    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    static final String GROUP = "Strategisk grupp integration";

    @TempDir
    Path folder;
    Samverka samverka;
    Javalin http;
    String base;
    ConsoleSession amina;
    final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void start() {
        MutableClock clock = new MutableClock(LocalDateTime.parse("2026-11-02T10:00").atZone(STOCKHOLM).toInstant(), STOCKHOLM);
        samverka = Samverka.open(ConfigLoader.load(Map.of(ConfigLoader.DB, db().toString(),
                ConfigLoader.PUBLIC_URL, "https://samverka.example.se"), Optional.empty()), clock);
        http = HttpServer.create(samverka).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + http.port();
        amina = new ConsoleSession(samverka.assistant(), Optional.of(GROUP), "Amina Boulaabi");
        ok(amina, "grupp skapa " + GROUP);
        ok(amina, "medlem Tor Jacobsen, Falkenberg");
        ok(amina, "medlem Sara Ek, Hylte");
        ok(amina, "möte 2 november 13-16 Laholm");
        ok(amina, "punkt Inledning");
        clock.set(LocalDateTime.parse("2026-11-02T13:30").atZone(STOCKHOLM).toInstant());
        ok(amina, "anteckning Första texten.");
    }

    @AfterEach
    void stop() {
        http.stop();
        samverka.close();
    }

    Path db() {
        return folder.resolve("s.db");
    }

    static String ok(ConsoleSession who, String command) {
        Reply reply = who.send(command);
        assertFalse(reply.rejected(), command + " → " + reply);
        return reply.toString();
    }

    String signIn(ConsoleSession who) throws Exception {
        Matcher m = Pattern.compile("https://samverka\\.example\\.se(/web/login\\?t=[A-Za-z0-9_.-]+)").matcher(ok(who, "webb"));
        assertTrue(m.find());
        return cookieFrom(get(m.group(1), null));
    }

    static String cookieFrom(HttpResponse<String> login) {
        assertEquals(302, login.statusCode(), login.body());
        return login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    }

    HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (cookie != null) request.header("Cookie", cookie);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String cookie, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String field(String page, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(page);
        assertTrue(m.find(), name + " in " + page);
        return m.group(1);
    }

    String meeting() {
        return "/web/g/" + DbSnapshot.count(db(), "SELECT id FROM chat_group") + "/m/" + DbSnapshot.count(db(), "SELECT MIN(id) FROM meeting");
    }

    String editor() {
        return meeting() + "/redigera";
    }

    long notes(String text) {
        return DbSnapshot.count(db(), "SELECT COUNT(*) FROM meeting_note WHERE text = '" + text + "' AND removed_at IS NULL");
    }

    String snapshot() {
        return DbSnapshot.of(db()).replaceAll("(?m)^audit.*$", "");
    }

    String openEditor(String cookie) throws Exception {
        HttpResponse<String> page = get(editor(), cookie);
        assertEquals(200, page.statusCode(), page.body());
        return page.body();
    }

    @Test
    void theSecretaryAddsANoteOnTheEditorAndÅngraInTheChatTakesItBack() throws Exception {
        String cookie = signIn(amina);
        String csrf = field(openEditor(cookie), "csrf");
        HttpResponse<String> saved = post(editor(), cookie, Map.of("csrf", csrf, "op", "note-add", "label", "1",
                "text", "Webbens anteckning om Laholm."));
        assertEquals(302, saved.statusCode(), saved.body());
        assertEquals(editor() + "?sparat=1", saved.headers().firstValue("Location").orElseThrow());
        assertEquals(1, notes("Webbens anteckning om Laholm."), "stored as the chat's anteckning would be");
        assertTrue(get(editor() + "?sparat=1", cookie).body().contains("Webbens anteckning om Laholm."));
        ok(amina, "ångra");
        assertEquals(0, notes("Webbens anteckning om Laholm."), "ångra in the chat takes the web's note back");
        assertEquals(1, notes("Första texten."));
    }

    @Test
    void aPostWithoutOrWithAWrongCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        String cookie = signIn(amina);
        openEditor(cookie);
        String before = snapshot();
        HttpResponse<String> none = post(editor(), cookie, Map.of("op", "note-add", "label", "1", "text", "Utan token."));
        assertTrue(none.body().contains("sparades inte") && none.body().contains("Utan token."), none.body());
        HttpResponse<String> wrong = post(editor(), cookie, Map.of("csrf", "fel", "op", "note-add", "label", "1", "text", "Fel token."));
        assertTrue(wrong.body().contains("sparades inte") && wrong.body().contains("Fel token."), wrong.body());
        assertEquals(before, snapshot());
    }

    @Test
    void aSaveOverALaterChangeSaysUnderTidenAndKeepsTheFirstText() throws Exception {
        String first = signIn(amina);
        String second = signIn(amina);
        String pageA = openEditor(first);
        String pageB = openEditor(second);
        String version = field(pageB, "version");
        HttpResponse<String> a = post(editor(), first, Map.of("csrf", field(pageA, "csrf"), "op", "note-edit", "number", "1",
                "version", field(pageA, "version"), "text", "Text från första fliken."));
        assertEquals(302, a.statusCode(), a.body());
        assertEquals(1, notes("Text från första fliken."));
        String before = snapshot();
        HttpResponse<String> b = post(editor(), second, Map.of("csrf", field(pageB, "csrf"), "op", "note-edit", "number", "1",
                "version", version, "text", "Text från andra fliken."));
        assertTrue(b.body().contains("under tiden") && b.body().contains("Amina Boulaabi"), b.body());
        assertTrue(b.body().contains("Text från första fliken.") && b.body().contains("Text från andra fliken."), "both texts shown");
        assertEquals(before, snapshot());
        assertEquals(1, notes("Text från första fliken."));
        assertEquals(0, notes("Text från andra fliken."));
    }

    String reviewLink() throws Exception {
        ok(new ConsoleSession(samverka.assistant(), Optional.of(GROUP), "Tor Jacobsen"), "mina åtgärder"); // Tor is reachable
        ok(amina, "justerare Tor");
        ok(amina, "protokoll klart");
        samverka.outboxSender().sendDue();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db());
             ResultSet rs = c.createStatement().executeQuery("SELECT body FROM outbox WHERE body LIKE '%/web/granska?t=%'")) {
            assertTrue(rs.next(), "the justerare's message carries a review link");
            Matcher m = Pattern.compile("(/web/granska\\?t(?:=|\\\\u003d)[A-Za-z0-9_.-]+)").matcher(rs.getString(1));
            assertTrue(m.find(), rs.getString(1));
            return m.group(1).replace("\\u003d", "=");
        }
    }

    @Test
    void aReviewLinkOpensOnceAndJusteraTwiceIsRefusedTheSecondTime() throws Exception {
        String link = reviewLink();
        HttpResponse<String> opened = get(link, null);
        String tor = cookieFrom(opened);
        assertTrue(opened.headers().firstValue("Location").orElseThrow().endsWith(meeting() + "/granska"));
        HttpResponse<String> again = get(link, null);
        assertEquals(403, again.statusCode());
        assertTrue(again.body().contains("redan använd"), again.body());

        String review = get(meeting() + "/granska", tor).body();
        assertTrue(review.contains("Första texten."), review);
        HttpResponse<String> approved = post(meeting() + "/granska", tor, Map.of("csrf", field(review, "csrf"), "do", "justera",
                "comment", "Bra skrivet."));
        assertEquals(302, approved.statusCode(), approved.body());
        assertEquals(1, DbSnapshot.count(db(), "SELECT COUNT(*) FROM minutes_version WHERE state = 'approved'"));
        assertEquals(1, DbSnapshot.count(db(), "SELECT COUNT(*) FROM minutes_comment WHERE text = 'Bra skrivet.'"));
        String before = snapshot();
        HttpResponse<String> twice = post(meeting() + "/granska", tor, Map.of("csrf", field(review, "csrf"), "do", "justera",
                "comment", "Igen."));
        assertFalse(twice.statusCode() == 302, "a second Justera is not a success: " + twice.body());
        assertTrue(twice.body().contains("role=\"alert\""), twice.body());
        assertEquals(before, snapshot());
    }

    @Test
    void aMemberWhoDoesNotWriteTheMinutesCannotEdit() throws Exception {
        ConsoleSession sara = new ConsoleSession(samverka.assistant(), Optional.of(GROUP), "Sara Ek");
        String cookie = signIn(sara);
        HttpResponse<String> page = get(editor(), cookie);
        assertEquals(403, page.statusCode(), page.body());
        assertTrue(page.body().contains("ordföranden, sekreteraren eller mötets antecknare"), page.body());
        String csrf = field(get(meeting(), cookie).body(), "csrf");
        String before = snapshot();
        HttpResponse<String> post = post(editor(), cookie, Map.of("csrf", csrf, "op", "note-add", "label", "1", "text", "Saras text."));
        assertEquals(403, post.statusCode(), post.body());
        assertEquals(before, snapshot());
        assertEquals(0, notes("Saras text."));
    }
}
