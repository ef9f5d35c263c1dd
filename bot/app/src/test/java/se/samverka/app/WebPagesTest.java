package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.samverka.integrations.console.ConsoleSession;

/**
 * The web pages over HTTP on a real SQLite file, behind a public https address: the cookie a link sets, expiry of
 * links and sessions, signing out, a member who leaves, the group's language, no outside resources, downloads, and bad
 * addresses. (The browser tests on {@link WebBrowserFixture} — {@link WebSignInBrowserTest}, {@link WebRecordsBrowserTest},
 * {@link WebAccessibilityBrowserTest} — walk the same pages in Chromium.)
 */
class WebPagesTest extends WebPagesFixture {
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
}
