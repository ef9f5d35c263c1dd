package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samverka.integrations.console.ConsoleSession;

/**
 * The secretary's minutes editor ({@code /redigera}) and the justerare's review page ({@code /granska}) over real
 * HTTP against the real app and SQLite file: saves go through the chat engine, and what must be refused (no or a
 * wrong CSRF token, a save over someone's later change, a used review link, a second Justera, a plain member)
 * is refused with the database unchanged.
 */
class WebEditorTest extends WebEditorFixture {
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

    @Test
    void theEditorsLinkIsForThoseWhoMayEditAndTheReviewLinkForTheJusterare() throws Exception {
        ConsoleSession sara = new ConsoleSession(samverka.assistant(), Optional.of(GROUP), "Sara Ek");
        String aminas = get(meeting(), signIn(amina)).body();
        assertTrue(aminas.contains("id=\"editor-link\"") && !aminas.contains("id=\"review-link\""), "the chair edits, is no justerare");
        String saras = get(meeting(), signIn(sara)).body();
        assertFalse(saras.contains("id=\"editor-link\"") || saras.contains("id=\"review-link\""), "a member sees neither");
        ok(amina, "justerare Sara");
        ok(amina, "vid tangenterna Sara");
        saras = get(meeting(), signIn(sara)).body();
        assertTrue(saras.contains("id=\"editor-link\"") && saras.contains("id=\"review-link\""), "the note-taker and justerare sees both");
    }

    @Test
    void aJusteradDecisionIsFoundInTheRegisterByItsParagraph() throws Exception {
        ok(amina, "beslut punkt 1: Laholm står värd i november.");
        ok(amina, "beslut punkt 1: Falkenberg står värd i december.");
        String cookie = signIn(amina);
        String register = meeting().replaceFirst("/m/\\d+$", "/beslut?q=");
        assertFalse(get(register + URLEncoder.encode("§ 2/2026", StandardCharsets.UTF_8), cookie).body().contains("Falkenberg står"),
                "a § is shown, and found, once the minutes are justerade");
        ConsoleSession tor = new ConsoleSession(samverka.assistant(), Optional.of(GROUP), "Tor Jacobsen");
        ok(tor, "mina åtgärder");
        ok(amina, "justerare Tor");
        ok(amina, "protokoll klart");
        ok(tor, "justera");
        for (String q : new String[] {"§ 2/2026", "2/2026", "§2"}) {
            String page = get(register + URLEncoder.encode(q, StandardCharsets.UTF_8), cookie).body();
            assertTrue(page.contains("Falkenberg står värd i december.") && page.contains("§ 2/2026"), q + ": " + page);
            assertFalse(page.contains("Laholm står värd i november."), q);
        }
        assertFalse(get(register + URLEncoder.encode("§ 2/2025", StandardCharsets.UTF_8), cookie).body().contains("Falkenberg står"));
        assertTrue(get(register + "Falkenberg", cookie).body().contains("§ 2/2026"), "a word search shows the § too");
    }
}
