package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverka.config.ConfigLoader;
import se.samverka.integrations.console.ConsoleSession;
import se.samverka.storage.TestDatabase;

/** After import-minutes the group has guests: every web page opens, in Swedish and in English (issue 14, point 10). */
class WebGuestsTest {
    static final String GROUP = "Strategisk grupp integration";

    @TempDir
    Path folder;
    final Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    void run(String input, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int code = Main.run(args, Map.of(), new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), print, print, false, clock);
        assertEquals(0, code, out.toString(StandardCharsets.UTF_8));
    }

    HttpResponse<byte[]> get(String url, String cookie) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void everyPageOfAGroupWithGuestsOpensInBothLanguages() throws Exception {
        Path db = folder.resolve("samverka.db");
        run("grupp skapa " + GROUP + "\nmedlem Tor Jacobsen, Falkenberg, tor@example.se\n", "console", "--db", TestDatabase.setting(db),
                "--group", GROUP, "--as", "Amina Boulaabi");
        run("", "import-minutes", ImportMinutesTest.SEED, "--group", GROUP, "--db", TestDatabase.setting(db));
        assertTrue(DbSnapshot.count(db, "SELECT COUNT(*) FROM member WHERE guest = 1") > 0, "the minutes brought guests");

        try (Samverka samverka = Samverka.open(ConfigLoader.load(Map.of(ConfigLoader.DB, TestDatabase.setting(db),
                ConfigLoader.PUBLIC_URL, "https://samverka.example.se"), Optional.empty()), clock)) {
            Javalin http = HttpServer.create(samverka).start("127.0.0.1", 0);
            try {
                String base = "http://127.0.0.1:" + http.port();
                ConsoleSession amina = new ConsoleSession(samverka.assistant(), Optional.of(GROUP), "Amina Boulaabi");
                Matcher link = Pattern.compile("https://samverka\\.example\\.se(/web/login\\?t=[A-Za-z0-9_.-]+)")
                        .matcher(WebPagesTest.ok(amina, "webb"));
                assertTrue(link.find(), "webb gives a link");
                String cookie = client.send(HttpRequest.newBuilder(URI.create(base + link.group(1))).build(),
                        HttpResponse.BodyHandlers.ofString()).headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
                List<String> pages = pages(db, "/web/g/" + DbSnapshot.count(db, "SELECT id FROM chat_group"));

                String group = openAll(base, pages, cookie).get(1);
                assertTrue(group.contains("Lovisa Ljungberg <span class=\"muted\">gäst</span>"), group);

                String csrf = WebPagesTest.csrf(group);
                client.send(HttpRequest.newBuilder(URI.create(base + "/web/sprak")).header("Cookie", cookie)
                        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(
                                "lang=en&back=/web&csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8))).build(),
                        HttpResponse.BodyHandlers.ofString());
                String english = openAll(base, pages, cookie).get(1);
                assertTrue(english.contains("<html lang=\"en\">") && english.contains("Lovisa Ljungberg <span class=\"muted\">guest</span>"),
                        english);
            } finally {
                http.stop();
            }
        }
    }

    /** gäst and an organisation's action item on the meeting page, the board and the Word minutes (issue 15, point 7). */
    @Test
    void aMeetingsGuestAndAnOrganisationsItemOnTheWebPages() throws Exception {
        Path db = folder.resolve("samverka.db");
        run("grupp skapa " + GROUP + "\nmedlem Amina Boulaabi, Region Halland, sekreterare\nmedlem Tor Jacobsen, Falkenberg\n"
                + "medlem Lovisa Ljungberg, Länsstyrelsen\nmöte 23 november 9-12 Halmstad\ngäst Lena Svensson, Arbetsförmedlingen\n"
                + "åtgärd Länsstyrelsen och Lena återkommer om datum\n", "console", "--db", TestDatabase.setting(db),
                "--group", GROUP, "--as", "Amina Boulaabi");
        try (Samverka samverka = Samverka.open(ConfigLoader.load(Map.of(ConfigLoader.DB, TestDatabase.setting(db),
                ConfigLoader.PUBLIC_URL, "https://samverka.example.se"), Optional.empty()), clock)) {
            Javalin http = HttpServer.create(samverka).start("127.0.0.1", 0);
            try {
                String base = "http://127.0.0.1:" + http.port();
                ConsoleSession amina = new ConsoleSession(samverka.assistant(), Optional.of(GROUP), "Amina Boulaabi");
                Matcher link = Pattern.compile("https://samverka\\.example\\.se(/web/login\\?t=[A-Za-z0-9_.-]+)")
                        .matcher(WebPagesTest.ok(amina, "webb"));
                assertTrue(link.find(), "webb gives a link");
                String cookie = client.send(HttpRequest.newBuilder(URI.create(base + link.group(1))).build(),
                        HttpResponse.BodyHandlers.ofString()).headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
                String g = "/web/g/" + DbSnapshot.count(db, "SELECT id FROM chat_group");
                long meeting = DbSnapshot.count(db, "SELECT MIN(id) FROM meeting");
                List<String> bodies = openAll(base, List.of(g + "/m/" + meeting, g + "/atgarder"), cookie);
                assertTrue(bodies.get(0).contains("Lena Svensson, Arbetsförmedlingen (gäst)"), bodies.get(0));
                assertTrue(bodies.get(1).contains(">Länsstyrelsen"), "an organisation's row on the board: " + bodies.get(1));
                assertTrue(bodies.get(1).contains(">Lena Svensson") && bodies.get(1).split("#1 återkommer om datum").length == 3,
                        "the item under each of its owners: " + bodies.get(1));
                byte[] docx = get(base + g + "/m/" + meeting + "/protokoll.docx", cookie).body();
                try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new ByteArrayInputStream(docx))) {
                    assertTrue(doc.getFooterList().get(0).getText().startsWith(GROUP + " · Sida "));
                    assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().equals(
                            "Arbetsförmedlingen: Lena Svensson (gäst)")));
                }
            } finally {
                http.stop();
            }
        }
    }

    /** Every page of the group: home, group, the imported meeting and its minutes, decisions, board, reports. */
    static List<String> pages(Path db, String g) {
        long meeting = DbSnapshot.count(db, "SELECT MIN(id) FROM meeting");
        long decision = DbSnapshot.count(db, "SELECT MIN(id) FROM decision");
        return List.of("/web", g, g + "/m/" + meeting, g + "/m/" + meeting + "/protokoll.md", g + "/m/" + meeting + "/protokoll.html",
                g + "/m/" + meeting + "/protokoll.docx", g + "/m/" + meeting + "/protokoll.pdf", g + "/beslut", g + "/beslut?q=AF&ar=2017", g + "/beslut/" + decision,
                g + "/atgarder", g + "/arsrapport/2017", g + "/arsrapport/2017/rapport.docx", g + "/arsrapport/2026");
    }

    List<String> openAll(String base, List<String> pages, String cookie) throws Exception {
        List<String> bodies = new java.util.ArrayList<>();
        for (String page : pages) {
            HttpResponse<byte[]> response = get(base + page, cookie);
            String body = new String(response.body(), StandardCharsets.UTF_8);
            assertEquals(200, response.statusCode(), page + " → " + body);
            bodies.add(body);
        }
        return bodies;
    }
}
