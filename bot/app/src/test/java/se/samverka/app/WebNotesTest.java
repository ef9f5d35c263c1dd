package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import se.samverka.storage.TestDatabase;

import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverka.config.ConfigLoader;
import se.samverka.core.chat.Reply;
import se.samverka.integrations.console.ConsoleSession;

/**
 * Notes (anteckning) where people read the record: the web meeting page and the minutes it offers as Markdown, HTML
 * and Word — each note under its point, in the order written, a point's decision after its notes.
 */
class WebNotesTest extends WebServerFixture {
    static final List<String> IN_ORDER = List.of("Inledning", "Info om Laholms arbete med integration.",
            "Kartläggning av återsökningar", "Fbg: 3 personer som jobbar med detta.", "Vbg: En ekonom som sköter återsökningar.",
            "Finns intresse för gemensam utbildning.", "Beslut:", "Gemensam utbildning planeras.", "Övriga frågor",
            "Kungsbacka: Växer oavsett inflödet av nyanlända.");

    @BeforeEach
    void notes() {
        ok("möte 2 november 13-16 Laholm");
        ok("punkt Inledning");
        ok("punkt Kartläggning av återsökningar");
        ok("punkt Övriga frågor");
        clock.set(at("2026-11-02T13:30"));
        ok("anteckning Info om Laholms arbete med integration.");
        ok("anteckning punkt 3: Kungsbacka: Växer oavsett inflödet av nyanlända.");
        ok("anteckning punkt 2: Fbg: 3 personer som jobbar med detta.");
        ok("anteckning Vbg: En ekonom som sköter återsökningar.\nFinns intresse för gemensam utbildning.");
        ok("beslut Gemensam utbildning planeras.");
    }

    String ok(String command) {
        return ok(amina, command);
    }

    String cookie() throws Exception {
        return signIn(amina);
    }

    <T> HttpResponse<T> get(String path, String cookie, HttpResponse.BodyHandler<T> body) throws Exception {
        HttpResponse<T> response = client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookie).build(), body);
        assertEquals(200, response.statusCode(), path);
        return response;
    }

    String meetingPath() {
        long group = DbSnapshot.count(folder.resolve("s.db"), "SELECT id FROM chat_group");
        return "/web/g/" + group + "/m/" + DbSnapshot.count(folder.resolve("s.db"), "SELECT MIN(id) FROM meeting");
    }

    static void assertInOrder(String text, List<String> parts) {
        int at = 0;
        for (String part : parts) {
            int found = text.indexOf(part, at);
            assertTrue(found >= 0, "\"" + part + "\" after position " + at + " in\n" + text);
            at = found + part.length();
        }
    }

    @Test
    void theMeetingPageShowsEachNoteUnderItsPointWithItsNumber() throws Exception {
        String page = get(meetingPath(), cookie(), HttpResponse.BodyHandlers.ofString()).body();
        assertInOrder(page, List.of("<h2>Dagordning</h2>", "<li>Inledning", "Anteckning 1", "<p>Info om Laholms arbete med integration.</p>",
                "<li>Kartläggning av återsökningar", "Anteckning 3", "<p>Fbg: 3 personer som jobbar med detta.</p>", "Anteckning 4",
                "<p>Vbg: En ekonom som sköter återsökningar.</p><p>Finns intresse för gemensam utbildning.</p>",
                "<li>Övriga frågor", "Anteckning 2", "<p>Kungsbacka: Växer oavsett inflödet av nyanlända.</p>", "<h2>Närvaro</h2>"));
    }

    @Test
    void theMeetingPageShowsTheSubItemsWithTheirNotes() throws Exception {
        ok("punkt under 2: Statistik och analys");
        ok("anteckning punkt 2.1: Region Halland tar fram indikatorer.");
        String page = get(meetingPath(), cookie(), HttpResponse.BodyHandlers.ofString()).body();
        assertInOrder(page, List.of("<li>Kartläggning av återsökningar", "<p>Vbg: En ekonom som sköter återsökningar.</p>",
                "<li>2.1 Statistik och analys", "Anteckning 5", "<p>Region Halland tar fram indikatorer.</p>", "<li>Övriga frågor"));
    }

    @Test
    void theMinutesHaveTheNotesUnderTheirPointsInMarkdownHtmlAndWord() throws Exception {
        String cookie = cookie();
        String path = meetingPath() + "/protokoll.";
        String md = get(path + "md", cookie, HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(md.contains("""
                ## 2. Kartläggning av återsökningar

                Fbg: 3 personer som jobbar med detta.

                Vbg: En ekonom som sköter återsökningar.

                Finns intresse för gemensam utbildning.

                **Beslut:** Gemensam utbildning planeras.

                ## 3. Övriga frågor

                Kungsbacka: Växer oavsett inflödet av nyanlända.
                """), md);
        assertInOrder(md, IN_ORDER);
        assertFalse(md.contains("Övriga beslut"), "the decision went under the point being discussed: " + md);

        String html = get(path + "html", cookie, HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(html.contains("<h2>2. Kartläggning av återsökningar</h2>\n<p>Fbg: 3 personer som jobbar med detta.</p>\n"
                + "<p>Vbg: En ekonom som sköter återsökningar.</p>\n<p>Finns intresse för gemensam utbildning.</p>\n"
                + "<p><strong>Beslut:</strong> Gemensam utbildning planeras.</p>\n<h2>3. Övriga frågor</h2>"), html);

        byte[] docx = get(path + "docx", cookie, HttpResponse.BodyHandlers.ofByteArray()).body();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            int point = indexOf(ps, "2. Kartläggning av återsökningar");
            assertEquals("Heading2", ps.get(point).getStyle());
            assertEquals(List.of("Fbg: 3 personer som jobbar med detta.", "Vbg: En ekonom som sköter återsökningar.",
                    "Finns intresse för gemensam utbildning.", "Beslut: Gemensam utbildning planeras.", "3. Övriga frågor"),
                    ps.subList(point + 1, point + 6).stream().map(XWPFParagraph::getText).toList());
            assertEquals(null, ps.get(point + 1).getStyle(), "a note is a plain paragraph");
            assertInOrder(String.join("\n", ps.stream().map(XWPFParagraph::getText).toList()), IN_ORDER);
        }
    }

    static int indexOf(List<XWPFParagraph> ps, String text) {
        for (int i = 0; i < ps.size(); i++) if (ps.get(i).getText().equals(text)) return i;
        throw new AssertionError("no paragraph " + text);
    }
}
