package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samverka.config.ConfigLoader;
import se.samverka.integrations.teams.TeamsManifest;

/**
 * What a red team found on the web side (issue 14): every response carries the security headers, /web without a
 * slash too; a calendar feed that does not exist is 404 whether the group never asked for one or does not exist; the
 * board shows only notices the server chose; and the privacy and terms pages the Teams package links to are served.
 */
class WebTrustTest extends WebServerFixture {
    static final String PUBLIC = "https://samverka.example.se";
    static final String GROUP = "Strategisk grupp integration";

    @BeforeEach
    void sara() {
        ok(amina, "medlem Sara Ek, Hylte");
        ok(amina, "åtgärd Sara skickar ut inbjudan senast 20 november");
    }

    static void assertSafe(HttpResponse<String> response, String what) {
        Map<String, String> headers = Map.of("X-Content-Type-Options", "nosniff", "Referrer-Policy", "no-referrer",
                "X-Frame-Options", "DENY");
        headers.forEach((name, value) -> assertEquals(value, response.headers().firstValue(name).orElse(""), name + " on " + what));
        assertTrue(response.headers().firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'none'"),
                "Content-Security-Policy on " + what);
    }

    @Test
    void everyWebAnswerAndTheFeedCarryTheSecurityHeaders() throws Exception {
        String cookie = signIn(amina);
        String feed = Pattern.compile("https://samverka\\.example\\.se(/calendar/\\d+/[0-9a-f]{32}\\.ics)")
                .matcher(ok(amina, "kalender")).results().findFirst().orElseThrow().group(1);
        Map<String, Integer> web = new LinkedHashMap<>();
        web.put("/web", 200);
        web.put("/web/", 200);
        web.put("/web/g/" + group(GROUP), 200);
        web.put("/web/g/" + group(GROUP) + "/atgarder", 200);
        web.put("/web/g/999", 404);
        web.put("/web/nope", 404);
        for (Map.Entry<String, Integer> page : web.entrySet()) {
            HttpResponse<String> response = get(page.getKey(), cookie);
            assertEquals(page.getValue(), response.statusCode(), page.getKey());
            assertSafe(response, page.getKey());
            assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""), page.getKey());
        }
        for (String signedOut : List.of("/web", "/web/", "/web/login?t=forged")) {
            HttpResponse<String> response = get(signedOut, "");
            assertTrue(response.statusCode() == 401 || response.statusCode() == 403, signedOut);
            assertSafe(response, signedOut + " signed out");
            assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""), signedOut);
        }
        HttpResponse<String> calendar = get(feed, "");
        assertEquals(200, calendar.statusCode());
        assertSafe(calendar, "the calendar feed");
        assertEquals("private, max-age=300", calendar.headers().firstValue("Cache-Control").orElse(""), "the feed keeps its own");
        assertSafe(get(feed.replaceAll("[0-9a-f]{32}", "0".repeat(32)), ""), "a wrong feed");
    }

    /** A raw request line, as a browser or a script may send it and Java's HttpClient would not. */
    String raw(String target) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", http.port())) {
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aRequestTheServerCannotReadIsAnsweredWithTheHeadersAndAFriendlyText() throws Exception {
        Map<String, String> requests = new LinkedHashMap<>();
        requests.put("/web/g/1/beslut?q=" + "%C3%B6".repeat(3000), "414");
        requests.put("/calendar/1/%00.ics", "400");
        requests.put("/web/%zz", "400");
        for (Map.Entry<String, String> request : requests.entrySet()) {
            String answer = raw(request.getKey());
            String what = request.getKey().substring(0, Math.min(40, request.getKey().length()));
            assertTrue(answer.startsWith("HTTP/1.1 " + request.getValue()), what + " → " + answer);
            for (String header : List.of("X-Content-Type-Options: nosniff", "Referrer-Policy: no-referrer", "X-Frame-Options: DENY",
                    "Content-Security-Policy: default-src 'none'", "Cache-Control: no-store")) {
                assertTrue(answer.contains("\r\n" + header), header + " on " + what + " → " + answer);
            }
            assertFalse(answer.contains("Bad Message"), answer);
            assertTrue(answer.contains(request.getValue().equals("414") ? "Adressen är för lång" : "Förfrågan gick inte att läsa")
                    && answer.contains(" / The "), answer);
        }
    }

    @Test
    void aFailureOfOursOnAPageIsAFriendlyPageWithAnIncidentIdNotJson() throws Exception {
        String cookie = signIn(amina);
        String page = "/web/g/" + group(GROUP);
        samverka.database().close(); // every read now fails inside the server
        HttpResponse<String> failed = get(page, cookie);
        assertEquals(500, failed.statusCode());
        assertTrue(failed.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), failed.body());
        assertSafe(failed, "a failed page");
        assertEquals("no-store", failed.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(failed.body().contains("<html lang=\"sv\">") && failed.body().contains("Något gick fel hos mig")
                && failed.body().matches("(?s).*fel-id [0-9a-f]{8}.*"), failed.body());
        assertFalse(failed.body().contains("Exception") || failed.body().contains("status\":\"error"), failed.body());
    }

    @Test
    void aFeedThatWasNeverAskedForIsNotFoundLikeOneThatDoesNotExist() throws Exception {
        assertEquals(1, DbSnapshot.count(folder.resolve("s.db"), "SELECT COUNT(*) FROM chat_group WHERE feed_secret IS NULL"),
                "the group has never asked for a feed");
        for (String path : List.of("/calendar/" + group(GROUP) + "/" + "0".repeat(32) + ".ics", "/calendar/999/" + "0".repeat(32) + ".ics")) {
            HttpResponse<String> response = get(path, "");
            assertEquals(404, response.statusCode(), path + " → " + response.body());
            assertEquals("No such calendar.", response.body());
        }
    }

    @Test
    void theBoardShowsOnlyNoticesTheServerChoseNeverTextFromTheAddress() throws Exception {
        String cookie = signIn(amina);
        String board = "/web/g/" + group(GROUP) + "/atgarder";
        String lure = "Din session har gått ut. Logga in på https://evil.example/samverka";
        HttpResponse<String> lured = get(board + "?fel=" + URLEncoder.encode(lure, StandardCharsets.UTF_8), cookie);
        assertEquals(200, lured.statusCode());
        assertFalse(lured.body().contains("Logga in på") || lured.body().contains("notice error"), "not shown: " + lured.body());
        HttpResponse<String> odd = get(board + "?klar=" + URLEncoder.encode("1 <b>hej</b>", StandardCharsets.UTF_8), cookie);
        assertFalse(odd.body().contains("class=\"notice\""), "only a number is used: " + odd.body());
        assertTrue(get(board + "?klar=1", cookie).body().contains("Åtgärd #1 är markerad som klar"), "the server's own text");

        String csrf = csrf(get(board, cookie).body());
        HttpResponse<String> refused = client.send(HttpRequest.newBuilder(URI.create(base + board + "/77/klar"))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, refused.statusCode(), "a refused Klar answers with the board itself, not a redirect carrying text");
        assertTrue(refused.body().contains("<p class=\"notice error\" role=\"alert\">Det finns ingen åtgärd #77.</p>"), refused.body());
        assertTrue(refused.body().contains("name=\"back\" value=\"" + board + "\""), "the language button returns to the board");
    }

    static String teamsLink(String field) throws Exception {
        byte[] zip = TeamsManifest.zip(FakeMicrosoft.APP_ID, URI.create(PUBLIC));
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (!e.getName().equals("manifest.json")) continue;
                JsonObject manifest = JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getAsJsonObject();
                return manifest.getAsJsonObject("developer").get(field).getAsString();
            }
        }
        throw new AssertionError("no manifest.json");
    }

    @Test
    void thePrivacyAndTermsLinksOfTheTeamsPackageOpenPagesInSwedishAndEnglish() throws Exception {
        Map<String, List<String>> expected = Map.of("privacyUrl", List.of("<h1>Integritet</h1>", "<h2>Privacy</h2>"),
                "termsOfUseUrl", List.of("<h1>Användarvillkor</h1>", "<h2>Terms of use</h2>"));
        for (Map.Entry<String, List<String>> link : expected.entrySet()) {
            String url = teamsLink(link.getKey());
            assertTrue(url.startsWith(PUBLIC + "/"), url);
            HttpResponse<String> page = get(url.substring(PUBLIC.length()), "");
            assertEquals(200, page.statusCode(), url);
            assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            assertSafe(page, url);
            String body = page.body();
            assertTrue(body.contains("<html lang=\"sv\">") && body.contains("<section lang=\"en\">"), body);
            for (String heading : link.getValue()) assertTrue(body.contains(heading), heading + " in " + body);
        }
    }

    @Test
    void thePrivacyAndTermsPagesCanBeTheOrganisationsOwn() throws Exception {
        http.stop();
        samverka.close();
        samverka = open(Map.of(ConfigLoader.PRIVACY_URL, "https://region.example.se/integritet",
                ConfigLoader.TERMS_URL, "https://region.example.se/villkor"));
        http = HttpServer.create(samverka).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + http.port();
        HttpResponse<String> privacy = get("/privacy", "");
        assertEquals(302, privacy.statusCode());
        assertEquals("https://region.example.se/integritet", privacy.headers().firstValue("Location").orElseThrow());
        assertEquals("https://region.example.se/villkor", get("/terms", "").headers().firstValue("Location").orElseThrow());
    }
}
