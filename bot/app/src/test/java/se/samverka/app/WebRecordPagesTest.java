package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samverka.core.chat.ChatUser;
import se.samverka.core.chat.ConversationRef;
import se.samverka.core.chat.IncomingCommand;
import se.samverka.core.chat.Reply;
import se.samverka.integrations.console.ConsoleSession;

/**
 * The pages of the record over HTTP: as many queries for two hundred decisions as for one, removed records leave
 * every page, the annual report's attendance, the meeting page, the action board, and {@code webb} in Teams.
 */
class WebRecordPagesTest extends WebPagesFixture {
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
