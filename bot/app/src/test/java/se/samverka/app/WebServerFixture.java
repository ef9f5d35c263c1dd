package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import se.samverka.storage.TestDatabase;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import se.samverka.config.ConfigLoader;
import se.samverka.core.chat.Reply;
import se.samverka.integrations.console.ConsoleSession;

/**
 * What the web tests share: a bot on its own database (SQLite file, or PostgreSQL in the second run) behind a public
 * https address, its HTTP server on a free port, Amina's console session in "Strategisk grupp integration", and
 * helpers to sign in, get and post. The group's records are each test class's own.
 */
abstract class WebServerFixture {
    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @TempDir
    Path folder;
    MutableClock clock;
    Samverka samverka;
    Javalin http;
    String base;
    ConsoleSession amina;
    final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void start() {
        clock = new MutableClock(startsAt(), STOCKHOLM);
        samverka = open(Map.of());
        http = HttpServer.create(samverka).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + http.port();
        amina = new ConsoleSession(samverka.assistant(), Optional.of("Strategisk grupp integration"), "Amina Boulaabi");
        ok(amina, "grupp skapa Strategisk grupp integration");
    }

    /** The bot on the test's database and public address, with {@code more} settings over those. */
    Samverka open(Map<String, String> more) {
        Map<String, String> env = new java.util.LinkedHashMap<>(Map.of(ConfigLoader.DB, TestDatabase.setting(folder.resolve("s.db")),
                ConfigLoader.PUBLIC_URL, "https://samverka.example.se"));
        env.putAll(more);
        return Samverka.open(ConfigLoader.load(env, Optional.empty()), clock);
    }

    /** Where the clock stands when the bot opens and the group is made: 2 November 2026, 10:00, unless a class says earlier. */
    Instant startsAt() {
        return at("2026-11-02T10:00");
    }

    @AfterEach
    void stop() {
        http.stop();
        samverka.close();
    }

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(STOCKHOLM).toInstant();
    }

    static String ok(ConsoleSession who, String command) {
        Reply reply = who.send(command);
        assertFalse(reply.rejected(), command + " → " + reply);
        return reply.toString();
    }

    /** The link webb gives (to the public https address), pointed at the test server. */
    String link(ConsoleSession who) {
        return linkIn(ok(who, "webb"));
    }

    String linkIn(String reply) {
        Matcher m = Pattern.compile("https://samverka\\.example\\.se(/web/login\\?t=[A-Za-z0-9_.-]+)").matcher(reply);
        assertTrue(m.find(), "webb gives a link on the public address: " + reply);
        return base + m.group(1);
    }

    HttpResponse<String> get(String pathOrUrl, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl));
        if (cookie != null && !cookie.isEmpty()) request.header("Cookie", cookie);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String cookie, String form) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Follows the link; the session cookie as a Cookie header. */
    String signIn(ConsoleSession who) throws Exception {
        return signIn(link(who));
    }

    String signIn(String link) throws Exception {
        HttpResponse<String> login = get(link, "");
        assertEquals(302, login.statusCode(), login.body());
        return login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    }

    long group(String name) {
        return DbSnapshot.count(folder.resolve("s.db"), "SELECT id FROM chat_group WHERE name = '" + name + "'");
    }

    static String csrf(String page) {
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page);
        assertTrue(m.find(), "the page carries the session's form token");
        return m.group(1);
    }

    static String h1(String page) {
        Matcher m = Pattern.compile("<h1[^>]*>(.*?)</h1>", Pattern.DOTALL).matcher(page);
        assertTrue(m.find(), page);
        return m.group(1).strip();
    }

}
