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
abstract class WebEditorFixture extends WebServerFixture {
    static final String GROUP = "Strategisk grupp integration";

    @BeforeEach
    void meetingWithANote() {
        ok(amina, "medlem Tor Jacobsen, Falkenberg");
        ok(amina, "medlem Sara Ek, Hylte");
        ok(amina, "möte 2 november 13-16 Laholm");
        ok(amina, "punkt Inledning");
        clock.set(at("2026-11-02T13:30"));
        ok(amina, "anteckning Första texten.");
    }

    Path db() {
        return folder.resolve("s.db");
    }

    static String cookieFrom(HttpResponse<String> login) {
        assertEquals(302, login.statusCode(), login.body());
        return login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    }

    HttpResponse<String> post(String path, String cookie, Map<String, String> form) throws Exception {
        return postAll(path, cookie, form.entrySet().stream().map(e -> new String[] {e.getKey(), e.getValue()}).toList());
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
