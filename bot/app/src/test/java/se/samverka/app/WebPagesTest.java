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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverka.config.ConfigLoader;
import se.samverka.core.chat.ChatUser;
import se.samverka.core.chat.ConversationRef;
import se.samverka.core.chat.IncomingCommand;
import se.samverka.core.chat.Reply;
import se.samverka.integrations.console.ConsoleSession;

/**
 * The web pages over HTTP on a real SQLite file, behind a public https address: the cookie a link sets, expiry of
 * links and sessions, signing out, a member who leaves, the group's language, no outside resources, downloads, and bad
 * addresses. (The browser tests in {@link WebBrowserTest} walk the same pages in Chromium.)
 */
class WebPagesTest {
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
        clock = new MutableClock(at("2026-11-02T10:00"), STOCKHOLM);
        samverka = Samverka.open(ConfigLoader.load(Map.of(ConfigLoader.DB, TestDatabase.setting(folder.resolve("s.db")),
                ConfigLoader.PUBLIC_URL, "https://samverka.example.se"), Optional.empty()), clock);
        http = HttpServer.create(samverka).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + http.port();
        amina = new ConsoleSession(samverka.assistant(), Optional.of("Strategisk grupp integration"), "Amina Boulaabi");
        ok(amina, "grupp skapa Strategisk grupp integration");
        ok(amina, "medlem Sara Ek, Hylte");
        ok(amina, "möte 24 november 13-16 Falkenberg");
        ok(amina, "punkt Migration och arbetsmarknad");
        ok(amina, "beslut Vi bjuder in Migrationsverket till nästa möte.");
        ok(amina, "åtgärd Sara skickar ut inbjudan senast 20 november");
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
        if (!cookie.isEmpty()) request.header("Cookie", cookie);
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

    @Test
    void theLinkSetsACookieThatScriptsAndOtherSitesCannotUse() throws Exception {
        HttpResponse<String> login = get(link(amina), "");
        assertEquals(302, login.statusCode());
        assertEquals("/web/g/" + group("Strategisk grupp integration"), login.headers().firstValue("Location").orElseThrow(),
                "one group: straight to it, and the token leaves the address bar");
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        for (String attribute : List.of("HttpOnly", "SameSite=Lax", "Secure", "Path=/web", "Max-Age=43200")) {
            assertTrue(List.of(cookie.split(";\\s*")).contains(attribute), attribute + " in " + cookie);
        }
        assertTrue(cookie.matches("samverka_session=[A-Za-z0-9_-]{43};.*"), "a 256-bit random id: " + cookie);
        assertEquals(0, DbSnapshot.count(folder.resolve("s.db"), "SELECT COUNT(*) FROM web_session WHERE id_hash = '"
                + cookie.substring("samverka_session=".length(), cookie.indexOf(';')) + "'"), "the database keeps only a hash of the id");

        HttpResponse<String> page = get("/web/g/" + group("Strategisk grupp integration"), cookie.split(";")[0]);
        assertEquals(200, page.statusCode());
        Map<String, String> headers = Map.of("Cache-Control", "no-store", "X-Content-Type-Options", "nosniff",
                "Referrer-Policy", "no-referrer", "X-Frame-Options", "DENY");
        headers.forEach((name, value) -> assertEquals(value, page.headers().firstValue(name).orElse(""), name));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'none'"));
    }

    @Test
    void anExpiredLinkOrSessionOpensNothing() throws Exception {
        String oldLink = link(amina);
        String cookie = signIn(amina);
        clock.set(at("2026-11-02T11:01"));
        HttpResponse<String> late = get(oldLink, "");
        assertEquals(403, late.statusCode());
        assertEquals("Länken fungerar inte", h1(late.body()));
        assertTrue(late.body().contains("Skriv webb i chatten"), "says what to do");
        assertTrue(late.headers().firstValue("Set-Cookie").isEmpty(), "no session from an expired link");
        assertEquals(200, get("/web", cookie).statusCode(), "the session outlives the link");

        clock.set(at("2026-11-02T22:01"));
        HttpResponse<String> expired = get("/web/g/" + group("Strategisk grupp integration"), cookie);
        assertEquals(401, expired.statusCode());
        assertEquals("Logga in med din länk", h1(expired.body()));
        assertFalse(expired.body().contains("Migrationsverket"));
    }

    @Test
    void signingOutEndsTheSessionOnlyWithItsFormToken() throws Exception {
        String cookie = signIn(amina);
        String page = get("/web", cookie).body();
        HttpResponse<String> forged = post("/web/logout", cookie, "csrf=guess");
        assertEquals(200, get("/web", cookie).statusCode(), "a forged form does not sign anyone out: " + forged.body());

        HttpResponse<String> out = post("/web/logout", cookie, "csrf=" + URLEncoder.encode(csrf(page), StandardCharsets.UTF_8));
        assertEquals("Utloggad", h1(out.body()));
        assertTrue(out.headers().firstValue("Set-Cookie").orElseThrow().startsWith("samverka_session=; "), "the cookie is cleared");
        assertEquals(401, get("/web", cookie).statusCode(), "the old cookie opens nothing");
        assertEquals(0, DbSnapshot.count(folder.resolve("s.db"), "SELECT COUNT(*) FROM web_session"));
    }

    @Test
    void aMemberWhoLeavesTheGroupLosesItsPagesAtOnce() throws Exception {
        ConsoleSession sara = new ConsoleSession(samverka.assistant(), Optional.of("Strategisk grupp integration"), "Sara Ek");
        String cookie = signIn(sara);
        long id = group("Strategisk grupp integration");
        assertTrue(get("/web/g/" + id + "/beslut", cookie).body().contains("Migrationsverket"));
        ok(amina, "medlem ta bort Sara");
        HttpResponse<String> after = get("/web/g/" + id + "/beslut", cookie);
        assertEquals(404, after.statusCode());
        assertFalse(after.body().contains("Migrationsverket"));
        assertFalse(get("/web", cookie).body().contains("Strategisk grupp integration"), "nor listed among her groups");
    }

    @Test
    void anEnglishGroupsPagesAreInEnglish() throws Exception {
        ConsoleSession anna = new ConsoleSession(samverka.assistant(), Optional.of("Nordic network"), "Anna Svensson");
        ok(anna, "group create Nordic network");
        ok(anna, "decision We publish the joint report in March.");
        String reply = ok(anna, "web");
        assertTrue(reply.contains("works until"), reply);
        String cookie = signIn(linkIn(reply));
        String register = get("/web/g/" + group("Nordic network") + "/beslut", cookie).body();
        assertTrue(register.contains("<html lang=\"en\">"), register);
        assertEquals("Decision register — Nordic network", h1(register));
        assertTrue(register.contains("1 decisions") || register.contains("1 decision"), register);
        assertTrue(register.contains("Search the decisions"));
    }

    @Test
    void thePagesSpeakTheLanguageOfTheCommandAndCanBeSwitched() throws Exception {
        ConsoleSession sara = new ConsoleSession(samverka.assistant(), Optional.of("Strategisk grupp integration"), "Sara Ek");
        String reply = ok(sara, "web");
        assertTrue(reply.contains("works until"), "asked in English, answered in English: " + reply);
        String cookie = signIn(linkIn(reply));
        String path = "/web/g/" + group("Strategisk grupp integration") + "/beslut?q=migrationsverket";
        String english = get(path, cookie).body();
        assertTrue(english.contains("<html lang=\"en\">") && english.contains("Decision register — Strategisk grupp integration"), english);
        assertTrue(english.contains("<button type=\"submit\" lang=\"sv\">På svenska</button>"), english);

        String token = "csrf=" + URLEncoder.encode(csrf(english), StandardCharsets.UTF_8);
        assertEquals(403, post("/web/sprak", cookie, "csrf=guess&lang=sv&back=/web").statusCode(), "not without the form token");
        assertTrue(get(path, cookie).body().contains("<html lang=\"en\">"));
        HttpResponse<String> switched = post("/web/sprak", cookie, token + "&lang=sv&back=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
        assertEquals(302, switched.statusCode());
        assertEquals(path, switched.headers().firstValue("Location").orElseThrow(), "back to the same page");
        String swedish = get(path, cookie).body();
        assertTrue(swedish.contains("<html lang=\"sv\">") && swedish.contains("Beslutsregister — Strategisk grupp integration")
                && swedish.contains("1 beslut"), swedish);
        for (String elsewhere : List.of("https://evil.example/", "//evil.example/web", "/web/../../x", "javascript:alert(1)")) {
            HttpResponse<String> away = post("/web/sprak", cookie, token + "&lang=en&back=" + URLEncoder.encode(elsewhere, StandardCharsets.UTF_8));
            assertEquals("/web", away.headers().firstValue("Location").orElseThrow(), "never sent elsewhere: " + elsewhere);
        }
        assertEquals(403, post("/web/sprak", cookie, token + "&lang=klingon").statusCode());
    }

    @Test
    void noPageLoadsAnythingFromElsewhere() throws Exception {
        String cookie = signIn(amina);
        long id = group("Strategisk grupp integration");
        long meeting = DbSnapshot.count(folder.resolve("s.db"), "SELECT MIN(id) FROM meeting WHERE group_id = " + id);
        Pattern reference = Pattern.compile("(?:src|href|action)=\"([^\"]*)\"");
        for (String path : List.of("/web", "/web/g/" + id, "/web/g/" + id + "/m/" + meeting, "/web/g/" + id + "/beslut",
                "/web/g/" + id + "/atgarder", "/web/g/" + id + "/arsrapport/2026")) {
            String page = get(path, cookie).body();
            assertTrue(page.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"), "fits a phone: " + path);
            assertFalse(page.contains("@import") || page.contains("url(http") || page.contains("<script"), path);
            Matcher m = reference.matcher(page);
            int references = 0;
            while (m.find()) {
                references++;
                String target = m.group(1);
                assertTrue(target.startsWith("/") || target.startsWith("#") || target.startsWith("?")
                        || target.startsWith("webcal://samverka.example.se/") || target.startsWith("https://samverka.example.se/calendar/"),
                        path + " refers to " + target);
            }
            assertTrue(references > 3, path);
        }
    }

    @Test
    void theMinutesDownloadAsMarkdownHtmlWordAndPdf() throws Exception {
        String cookie = signIn(amina);
        long id = group("Strategisk grupp integration");
        long meeting = DbSnapshot.count(folder.resolve("s.db"), "SELECT MIN(id) FROM meeting WHERE group_id = " + id);
        String path = "/web/g/" + id + "/m/" + meeting + "/protokoll.";
        HttpResponse<String> md = get(path + "md", cookie);
        assertTrue(md.headers().firstValue("Content-Type").orElseThrow().startsWith("text/markdown"), md.headers().toString());
        assertTrue(md.body().contains("Migration och arbetsmarknad"), md.body());
        assertTrue(md.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment; filename="));
        HttpResponse<String> html = get(path + "html", cookie);
        assertTrue(html.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(html.body().contains("<h2>") && html.body().contains("Migration och arbetsmarknad"), html.body());
        HttpResponse<byte[]> docx = client.send(HttpRequest.newBuilder(URI.create(base + path + "docx")).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx.body()))) {
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().contains("Migration och arbetsmarknad")));
        }
        HttpResponse<byte[]> pdf = client.send(HttpRequest.newBuilder(URI.create(base + path + "pdf")).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertTrue(pdf.headers().firstValue("Content-Type").orElseThrow().startsWith("application/pdf"), pdf.headers().toString());
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElseThrow().matches("attachment; filename=\"minnesanteckningar-\\d{4}-\\d{2}-\\d{2}\\.pdf\""),
                pdf.headers().toString());
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains("Migration och arbetsmarknad") && text.contains("Strategisk grupp integration · Sida 1"), text);
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<pdfaid:part>2</pdfaid:part>") && xmp.contains("<samverka:group>Strategisk grupp integration<")
                    && xmp.contains("<samverka:meetingDate>2026-11-24</samverka:meetingDate>"), xmp);
        }
    }

    @Test
    void badAddressesGetAFriendlyPageAndChangeNothing() throws Exception {
        String cookie = signIn(amina);
        long id = group("Strategisk grupp integration");
        String before = DbSnapshot.of(folder.resolve("s.db"));
        for (String path : List.of("/web/g/abc", "/web/g/" + id + "/m/abc", "/web/g/" + id + "/m/999999", "/web/g/" + id + "/beslut/x",
                "/web/g/" + id + "/beslut/99999999999999999999", "/web/g/" + id + "/arsrapport/1800", "/web/g/" + id + "/arsrapport/år",
                "/web/g/" + id + "/arsrapport/2026/rapport.docx/x", "/web/g/" + id + "/m/1/protokoll.exe", "/web/nope")) {
            HttpResponse<String> page = get(path, cookie);
            assertEquals(404, page.statusCode(), path);
            assertTrue(page.body().contains("Sidan finns inte") || page.body().contains("Not found"), path + " → " + page.body());
            assertFalse(page.body().contains("Exception") || page.body().contains("at se.samverka"), path);
        }
        String odd = get("/web/g/" + id + "/beslut?q=" + URLEncoder.encode("%' OR 1=1 -- <script>", StandardCharsets.UTF_8)
                + "&ar=tjugo&org=" + "x".repeat(5000), cookie).body();
        assertTrue(odd.contains("0 beslut"), odd);
        assertTrue(odd.contains("&lt;script&gt;") && !odd.contains("<script>"), "the search is shown escaped");

        String board = get("/web/g/" + id + "/atgarder", cookie).body();
        HttpResponse<String> missing = post("/web/g/" + id + "/atgarder/77/klar", cookie, "csrf=" + URLEncoder.encode(csrf(board), StandardCharsets.UTF_8));
        assertEquals(200, missing.statusCode());
        assertTrue(missing.body().contains("<p class=\"notice error\" role=\"alert\">") && missing.body().contains("77"),
                "the chat's own refusal is shown on the board, in the answer itself: " + missing.body());
        assertEquals(before, DbSnapshot.of(folder.resolve("s.db")).replaceAll("(?m)^audit.*$", ""),
                "nothing changed but the audit");
    }

    /** The statements a page runs, read from the database's counter (the page is fetched once before, to settle). */
    long statementsFor(String path, String cookie) throws Exception {
        assertEquals(200, get(path, cookie).statusCode(), path);
        long before = samverka.database().statements();
        assertEquals(200, get(path, cookie).statusCode(), path);
        return samverka.database().statements() - before;
    }

    @Test
    void aPageRunsAsManyQueriesForTwoHundredDecisionsAsForOne() throws Exception {
        String cookie = signIn(amina);
        long id = group("Strategisk grupp integration");
        long meeting = DbSnapshot.count(folder.resolve("s.db"), "SELECT MIN(id) FROM meeting WHERE group_id = " + id);
        List<String> pages = List.of("/web/g/" + id, "/web/g/" + id + "/m/" + meeting, "/web/g/" + id + "/beslut",
                "/web/g/" + id + "/beslut?q=inbjudan&ar=2026&org=Hylte", "/web/g/" + id + "/atgarder", "/web/g/" + id + "/arsrapport/2026");
        Map<String, Long> few = new java.util.LinkedHashMap<>();
        for (String page : pages) few.put(page, statementsFor(page, cookie));

        ok(amina, "medlem Tor Jacobsen, Falkenberg");
        ok(amina, "möte 1 december 9-12 Hylte");
        for (int i = 0; i < 200; i++) {
            ok(amina, "beslut Beslut nummer " + i + " om inbjudan till samråd.");
            if (i % 4 == 0) ok(amina, "åtgärd " + (i % 8 == 0 ? "Tor" : "Sara") + " följer upp beslut " + i + " senast 1 december");
            if (i % 10 == 0) ok(amina, "punkt Punkt " + i);
        }
        for (int n = 2; n < 20; n++) ok(amina, "klar " + n);
        Map<String, Long> many = new java.util.LinkedHashMap<>();
        for (String page : pages) many.put(page, statementsFor(page, cookie));
        assertEquals(few, many, "the statements per page do not grow with its rows (no query per row)");
        assertTrue(get("/web/g/" + id + "/beslut", cookie).body().contains("201 beslut"));
    }

    @Test
    void aRemovedDecisionAndActionItemLeaveTheRegisterTheBoardTheMeetingPageAndTheAnnualReport() throws Exception {
        clock.set(at("2026-11-24T13:30"));
        ok(amina, "beslut Gruppen antar verksamhetsplanen för 2027.");
        ok(amina, "åtgärd Sara ringer Rådet senast 15 december");
        ok(amina, "ta bort D2");
        ok(amina, "ta bort åtgärd 2");
        String cookie = signIn(amina);
        long id = group("Strategisk grupp integration");
        long meeting = DbSnapshot.count(folder.resolve("s.db"), "SELECT MIN(id) FROM meeting WHERE group_id = " + id);
        String register = get("/web/g/" + id + "/beslut", cookie).body();
        assertTrue(register.contains("Migrationsverket") && !register.contains("verksamhetsplanen"), register);
        assertFalse(get("/web/g/" + id + "/beslut?q=verksamhetsplanen", cookie).body().contains("verksamhetsplanen för 2027"));
        String board = get("/web/g/" + id + "/atgarder", cookie).body();
        assertTrue(board.contains("skickar ut inbjudan") && !board.contains("ringer Rådet"), board);
        String page = get("/web/g/" + id + "/m/" + meeting, cookie).body();
        assertFalse(page.contains("verksamhetsplanen") || page.contains("ringer Rådet"), page);
        assertFalse(get("/web/g/" + id + "/arsrapport/2026", cookie).body().contains("verksamhetsplanen"));
        assertTrue(ok(amina, "historik D2").contains("Gruppen antar verksamhetsplanen för 2027."), "still in the history");
    }

    @Test
    void theAnnualReportCountsAttendanceByOrganisation() throws Exception {
        ok(amina, "medlem Tor Jacobsen, Falkenberg");
        ok(amina, "medlem Mats Lind, Hylte");
        ok(amina, "förhinder 24 november för Tor");
        ok(amina, "möte 15 december 9-12 Hylte");
        clock.set(at("2026-11-24T13:30"));
        ok(amina, "närvarande Sara");
        String cookie = signIn(amina);
        String report = get("/web/g/" + group("Strategisk grupp integration") + "/arsrapport/2026", cookie).body();
        assertTrue(report.contains("Möten (1)") && report.contains("Planerade, ännu inte hållna (1)"),
                "only the meetings held count; the one in December is planned: " + report);
        HttpResponse<byte[]> docx = client.send(HttpRequest.newBuilder(URI.create(base + "/web/g/" + group("Strategisk grupp integration")
                + "/arsrapport/2026/rapport.docx")).header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofByteArray());
        String word;
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx.body()))) {
            word = String.join("\n", doc.getParagraphs().stream().map(p -> p.getText()).toList());
        }
        assertTrue(word.contains("Möten (1)") && word.contains("Planerade, ännu inte hållna (1)")
                && word.contains("närvarande vid 1 av 1 möten"), word);
        assertTrue(report.contains("<tr><td>Hylte</td><td>1 / 1</td><td>0</td></tr>"), "an organisation is there when one of its members is: " + report);
        assertTrue(report.contains("<tr><td>Falkenberg</td><td>0 / 1</td><td>1</td></tr>"), report);
        String lastYear = get("/web/g/" + group("Strategisk grupp integration") + "/arsrapport/2025", cookie).body();
        assertTrue(lastYear.contains("Möten (0)") && !lastYear.contains("Hylte</td>"), lastYear);
    }

    @Test
    void aMeetingsPageHasItsAgendaAttendanceDecisionsActionsAndRound() throws Exception {
        ok(amina, "medlem Tor Jacobsen, Falkenberg");
        ok(amina, "förhinder 24 november för Tor");
        clock.set(at("2026-11-24T13:30"));
        ok(amina, "närvarande Sara");
        ConsoleSession sara = new ConsoleSession(samverka.assistant(), Optional.of("Strategisk grupp integration"), "Sara Ek");
        ok(sara, "laget runt Hylte har anställt en ny samordnare.");
        ok(amina, "beslut Gruppen antar verksamhetsplanen för 2027.");
        ok(amina, "åtgärd Tor skickar verksamhetsplanen till Rådet senast 15 december");
        String cookie = signIn(amina);
        long id = group("Strategisk grupp integration");
        long meeting = DbSnapshot.count(folder.resolve("s.db"), "SELECT MIN(id) FROM meeting WHERE group_id = " + id);
        String page = get("/web/g/" + id + "/m/" + meeting, cookie).body();
        assertEquals("Möte tisdag 24 november 2026", h1(page));
        String[] inOrder = {"<h2>Dagordning</h2>", "Migration och arbetsmarknad", "<h3>Närvarande</h3>", "Sara Ek", "<h3>Anmält förhinder</h3>",
            "Tor Jacobsen", "<h2>Beslut</h2>", "Gruppen antar verksamhetsplanen för 2027.", "<h2>Åtgärder</h2>",
            "skickar verksamhetsplanen till Rådet", "<h2>Laget runt</h2>", "<dt>Sara Ek</dt><dd>Hylte har anställt en ny samordnare.</dd>",
            "<p>Ladda ned: <a href=\"/web/g/" + id + "/m/" + meeting + "/protokoll.docx\">Word (.docx)</a> ·\n<a href=\"/web/g/" + id + "/m/" + meeting + "/protokoll.pdf\">PDF</a>"};
        int at = 0;
        for (String part : inOrder) {
            int found = page.indexOf(part, at);
            assertTrue(found >= 0, "\"" + part + "\" after position " + at + " in " + page);
            at = found + part.length();
        }
    }

    @Test
    void theBoardCountsOpenOverdueAndDoneByOrganisationAndOwner() throws Exception {
        ok(amina, "medlem Tor Jacobsen, Falkenberg");
        ok(amina, "åtgärd Tor bokar lokal senast 30 november");
        ok(amina, "åtgärd Tor och Sara skriver lägesbilden senast 1 december");
        ok(amina, "klar 2");
        clock.set(at("2026-11-24T10:00")); // Sara's #1 (due 20 November) is now overdue
        String cookie = signIn(amina);
        String board = get("/web/g/" + group("Strategisk grupp integration") + "/atgarder", cookie).body();
        assertTrue(board.contains("<div class=\"card\"><strong>2</strong>öppna</div>"), board);
        assertTrue(board.contains("<div class=\"card\"><strong>1</strong>försenade</div>"), board);
        assertTrue(board.contains("<div class=\"card\"><strong>1</strong>klara</div>"), board);
        assertTrue(board.contains("<tr><td>Falkenberg</td><td>1</td><td>0</td><td>1</td></tr>"), board);
        assertTrue(board.contains("<tr><td>Hylte</td><td>2</td><td>1</td><td>0</td></tr>"), board);
        String sara = board.substring(board.indexOf(">Sara Ek"));
        assertTrue(sara.indexOf("#1 skickar ut inbjudan") < sara.indexOf("#3 skriver lägesbilden"), "overdue first: " + sara);
        assertTrue(board.contains("<tr><td>nov. 26</td><td>2</td><td>1</td></tr>") || board.contains("<tr><td>nov 26</td><td>2</td><td>1</td></tr>"),
                "the chart's table ends with this month: " + board);
    }

    @Test
    void webbInTeamsGoesToTheMemberByDirectMessage() {
        ConversationRef channel = new ConversationRef("teams", "tenant-1", "19:general@thread.tacv2");
        ChatUser tor = new ChatUser("29:tor", "Tor Jacobsen", Optional.of("tor@falkenberg.se"), false);
        assertFalse(samverka.assistant().handle(new IncomingCommand(channel, tor, "grupp skapa Teamsgruppen")).rejected());
        Reply reply = samverka.assistant().handle(new IncomingCommand(channel, tor, "webb"));
        assertTrue(reply.toString().contains("direktmeddelande") && !reply.toString().contains("/web/login"),
                "the channel never sees the link: " + reply);
        assertEquals(1, DbSnapshot.count(folder.resolve("s.db"),
                "SELECT COUNT(*) FROM outbox WHERE kind = 'web-link' AND target = 'user:29:tor' AND body LIKE '%/web/login?t=%'"));
    }
}
