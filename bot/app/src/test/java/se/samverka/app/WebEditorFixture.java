package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import se.samverka.storage.TestDatabase;

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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import se.samverka.config.ConfigLoader;
import se.samverka.core.chat.Reply;
import se.samverka.integrations.console.ConsoleSession;

/**
 * The real app on a real SQLite file and HTTP port for the minutes editor's tests: a group (Amina chair, Tor, Sara),
 * the meeting of 2 November 13–16 with item 1 "Inledning" and one note, the clock at 13:30 that day; signing in
 * with a {@code webb} link, forms posted as a browser posts them, and the database read through its own connection.
 */
abstract class WebEditorFixture {
    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    static final String GROUP = "Strategisk grupp integration";

    @TempDir
    Path folder;
    Samverka samverka;
    Javalin http;
    String base;
    ConsoleSession amina;
    MutableClock clock;
    final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void start() {
        clock = new MutableClock(LocalDateTime.parse("2026-11-02T10:00").atZone(STOCKHOLM).toInstant(), STOCKHOLM);
        samverka = Samverka.open(ConfigLoader.load(Map.of(ConfigLoader.DB, TestDatabase.setting(db()),
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

    String reviewLink() throws Exception {
        ok(new ConsoleSession(samverka.assistant(), Optional.of(GROUP), "Tor Jacobsen"), "mina åtgärder"); // Tor is reachable
        ok(amina, "justerare Tor");
        ok(amina, "protokoll klart");
        samverka.outboxSender().sendDue();
        try (Connection c = TestDatabase.connect(TestDatabase.setting(db()));
             ResultSet rs = c.createStatement().executeQuery("SELECT body FROM outbox WHERE body LIKE '%/web/granska?t=%'")) {
            assertTrue(rs.next(), "the justerare's message carries a review link");
            Matcher m = Pattern.compile("(/web/granska\\?t(?:=|\\\\u003d)[A-Za-z0-9_.-]+)").matcher(rs.getString(1));
            assertTrue(m.find(), rs.getString(1));
            return m.group(1).replace("\\u003d", "=");
        }
    }

    /** A form with repeated fields (a multiple select, radio buttons), posted as a browser posts it. */
    HttpResponse<String> postAll(String path, String cookie, List<String[]> form) throws Exception {
        String body = form.stream().map(f -> URLEncoder.encode(f[0], StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(f[1], StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The rows a query gives, each as its columns joined by "|", one row a line. */
    String rows(String sql) {
        try (Connection c = TestDatabase.connect(TestDatabase.setting(db())); ResultSet rs = c.createStatement().executeQuery(sql)) {
            StringBuilder out = new StringBuilder();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) out.append(i > 1 ? "|" : "").append(rs.getString(i));
                out.append('\n');
            }
            return out.toString();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The refusal a page shows (its role="alert" notice), or "" when it shows none. */
    static String refusal(String page) {
        Matcher m = Pattern.compile("id=\"refusal\">([^<]*)<").matcher(page);
        return m.find() ? m.group(1) : "";
    }
}
