package se.samverka.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverka.core.domain.Note;

/**
 * anteckning (notes under the points of a meeting) and decisions placed on a named meeting or under the point being
 * discussed, through the engine on a real SQLite file. Today is Monday 2 November 2026, with a meeting 13–16; an
 * earlier meeting was held on Friday 18 September.
 */
class NotesTest {
    @TempDir
    Path folder;
    TestBot bot;
    final TestBot.User amina = TestBot.user("Amina Boulaabi");
    final TestBot.User tor = TestBot.user("Tor Jacobsen");

    @BeforeEach
    void group() {
        bot = new TestBot(folder);
        bot.now("2026-09-01T10:00");
        bot.ok(amina, "grupp skapa Strategisk grupp integration");
        bot.ok(amina, "medlem Amina Boulaabi, Region Halland, sekreterare");
        bot.ok(amina, "medlem Tor Jacobsen, Falkenberg");
        bot.ok(amina, "möte 18 september 9-12 Laholm");
        bot.ok(amina, "punkt Inledning");
        bot.ok(amina, "punkt Statistik och analys");
        bot.now("2026-10-01T10:00");
        bot.ok(amina, "möte 2 november 13-16 Halmstad");
        bot.ok(amina, "punkt Inledning");
        bot.ok(amina, "punkt Kartläggning av återsökningar");
        bot.ok(amina, "punkt Övriga frågor");
        bot.now("2026-11-02T14:00");
    }

    @AfterEach
    void close() {
        bot.close();
    }

    String minutes(String meeting) {
        return bot.ok(amina, "protokoll " + meeting);
    }

    @Test
    void notesGoUnderTheirPointInOrderAndWithoutAPointUnderThePointBeingDiscussed() {
        String first = bot.ok(tor, "anteckning punkt 2: Fbg: 3 personer som jobbar med detta. Intresse finns för en gemensam utbildning.");
        assertTrue(first.startsWith("Anteckning 1 under punkt 2, Kartläggning av återsökningar:\n"
                + "Fbg: 3 personer som jobbar med detta. Intresse finns för en gemensam utbildning.\n"
                + "Möte måndag 2 november 2026, 13.00–16.00 · Halmstad"), first);
        assertFalse(first.contains("Ingen punkt angavs"), "the point was given: " + first);
        String second = bot.ok(amina, "anteckning Vbg: En ekonom som sköter återsökningar.");
        assertTrue(second.startsWith("Anteckning 2 under punkt 2, Kartläggning av återsökningar:\nVbg: En ekonom"), second);
        assertTrue(second.contains("Ingen punkt angavs, så den hamnade under punkt 2, den som diskuteras (senast antecknad)."
                + " Till en annan punkt: anteckning punkt <nr>: <text>"), second);
        bot.ok(amina, "anteckning punkt 3: Länstalen beslutas i slutet av september.");
        bot.ok(amina, "anteckning Hylte: om ca 3 år lediga bostäder.");
        String md = minutes("idag");
        assertTrue(md.contains("""
                ## 1. Inledning

                ## 2. Kartläggning av återsökningar

                Fbg: 3 personer som jobbar med detta. Intresse finns för en gemensam utbildning.

                Vbg: En ekonom som sköter återsökningar.

                ## 3. Övriga frågor

                Länstalen beslutas i slutet av september.

                Hylte: om ca 3 år lediga bostäder.

                ## Nästa möte
                """), md);
        assertFalse(md.contains("Övriga beslut"), md);
        List<Note> stored = bot.db.inTransaction(() -> bot.store.notes().forMeeting(scope(), meetingOn("2026-11-02")));
        assertEquals(List.of(1, 2, 3, 4), stored.stream().map(Note::number).toList(), "numbered per group in order");
    }

    @Test
    void theFirstNoteWithoutAPointGoesUnderPointOneAndSaysSo() {
        String reply = bot.ok(amina, "anteckning Anna-Maria: Info om Laholms arbete med integration.");
        assertTrue(reply.startsWith("Anteckning 1 under punkt 1, Inledning:\nAnna-Maria: Info om Laholms arbete"), reply);
        assertTrue(reply.contains("Ingen punkt angavs och inget är antecknat än, så den hamnade under punkt 1."), reply);
    }

    @Test
    void severalLinesInOneMessageStaySeparateParagraphsAndASpeakerIsKeptAsWritten() {
        String reply = bot.ok(amina, """
                anteckning punkt 2: Halmstad: Har ett flertal enheter/ förvaltningar involverade i återsök.
                - BUF söker för asylsökande barn

                - UAF   söker för asylsökande ungdomar
                En ev. utbildning behöver både vara generell men kunna dyka ner i speciella fall.
                # inte en rubrik""");
        assertTrue(reply.contains("Halmstad: Har ett flertal enheter/ förvaltningar involverade i återsök.\n- BUF söker för asylsökande barn\n"
                + "- UAF söker för asylsökande ungdomar\nEn ev. utbildning"), reply);
        Note note = bot.db.inTransaction(() -> bot.store.notes().byNumber(scope(), 1)).orElseThrow();
        assertEquals(List.of("Halmstad: Har ett flertal enheter/ förvaltningar involverade i återsök.", "- BUF söker för asylsökande barn",
                "- UAF söker för asylsökande ungdomar", "En ev. utbildning behöver både vara generell men kunna dyka ner i speciella fall.",
                "# inte en rubrik"), note.paragraphs());
        assertTrue(minutes("idag").contains("""
                ## 2. Kartläggning av återsökningar

                Halmstad: Har ett flertal enheter/ förvaltningar involverade i återsök.

                - BUF söker för asylsökande barn
                - UAF söker för asylsökande ungdomar

                En ev. utbildning behöver både vara generell men kunna dyka ner i speciella fall.

                \\# inte en rubrik

                ## 3. Övriga frågor
                """), minutes("idag"));
    }

    @Test
    void theCatchAllPointIsNumberedAfterTheLastItemNotAfterTheSubItemsCounted() {
        bot.ok(amina, "punkt under 2: Statistik");
        bot.ok(amina, "punkt under 2: Analys");
        bot.ok(amina, "åtgärd Tor kollar upp indikatorer");
        String md = minutes("idag");
        assertTrue(md.contains("### 2.2 Analys"), md);
        assertTrue(md.contains("## 4. Övriga beslut och åtgärder"), "items 1–3, then 4: " + md);
    }

    @Test
    void aNoteOnANamedEarlierMeetingGoesThereOnly() {
        String reply = bot.ok(amina, "anteckning 18 september punkt 2: Diskuterades i föregående punkt.");
        assertTrue(reply.startsWith("Anteckning 1 under punkt 2, Statistik och analys:"), reply);
        assertTrue(reply.contains("Möte fredag 18 september 2026, 09.00–12.00 · Laholm"), reply);
        String colon = bot.ok(amina, "anteckning 2026-09-18: Region Hallands analysenhet");
        assertTrue(colon.startsWith("Anteckning 2 under punkt 2, Statistik och analys:"), "the point discussed at that meeting: " + colon);
        assertTrue(minutes("18 september").contains("## 2. Statistik och analys\n\nDiskuterades i föregående punkt.\n\nRegion Hallands analysenhet\n\n"),
                minutes("18 september"));
        assertFalse(minutes("idag").contains("Diskuterades"), "not on today's meeting");
        bot.now("2026-11-02T10:00"); // before today's meeting: the last one held is 18 September
        String first = bot.ok(amina, "anteckning förra mötet punkt 1: Laholm bifogar ppt");
        assertTrue(first.contains("fredag 18 september 2026"), first);
    }

    @Test
    void aDecisionGoesOnANamedMeetingAndWithoutAPointUnderThePointBeingDiscussed() {
        String earlier = bot.ok(amina, "beslut 18 september punkt 1: Laholm skickar ut presentationen.");
        assertTrue(earlier.contains("Beslut D1: Laholm skickar ut presentationen."), earlier);
        assertTrue(earlier.contains("Möte fredag 18 september 2026, 09.00–12.00 · Laholm, punkt 1"), earlier);
        assertTrue(minutes("18 september").contains("## 1. Inledning\n\n**Beslut:** Laholm skickar ut presentationen.\n"), minutes("18 september"));

        bot.ok(amina, "anteckning punkt 3: Länstalen beslutas i slutet av september.");
        String today = bot.ok(amina, "beslut Bjuda in AF och MV till nästa möte.");
        assertTrue(today.contains("Möte måndag 2 november 2026, 13.00–16.00 · Halmstad, punkt 3 (den som diskuteras: senast antecknad)"), today);
        String md = minutes("idag");
        assertTrue(md.contains("## 3. Övriga frågor\n\nLänstalen beslutas i slutet av september.\n\n**Beslut:** Bjuda in AF och MV till nästa möte.\n"), md);
        assertFalse(md.contains("Övriga beslut och åtgärder"), "no catch-all section: " + md);
        String asked = bot.ok(amina, "beslut punkt 1: Mötet öppnas.");
        assertTrue(asked.contains("punkt 1") && !asked.contains("diskuteras"), asked);
        String dated = bot.ok(amina, "beslut 2026-09-18: Statistik tas upp igen.");
        assertTrue(dated.contains("Möte fredag 18 september 2026"), "a date before a colon names the meeting: " + dated);
        assertTrue(bot.ok(amina, "beslut 2 personer från varje kommun deltar.").contains("Beslut D5: 2 personer från varje kommun deltar."),
                "a number that begins a decision is text");
    }

    @Test
    void aNoteIsShownByItsNumberAndFoundBySearch() {
        bot.ok(tor, "anteckning punkt 2: Fbg: 3 personer som jobbar med detta.\nIntresse finns för en gemensam utbildning.");
        String shown = bot.ok(amina, "anteckning 1");
        assertTrue(shown.startsWith("Anteckning 1\nMöte måndag 2 november 2026, 13.00–16.00 · Halmstad, punkt 2 Kartläggning av återsökningar\n"
                + "Fbg: 3 personer som jobbar med detta.\nIntresse finns"), shown);
        String hits = bot.ok(amina, "sök utbildning");
        assertTrue(hits.contains("Anteckning 1 (2026-11-02): Fbg: 3 personer som jobbar med detta. / Intresse finns för en gemensam utbildning."), hits);
        assertTrue(bot.ok(amina, "sök fbg").contains("Anteckning 1"), hits);
    }

    @Test
    void englishSpellingGetsEnglishReplies() {
        String reply = bot.ok(amina, "note item 2: Kba: One person will handle re-applications.");
        assertTrue(reply.startsWith("Note 1 under item 2, Kartläggning av återsökningar:\nKba: One person"), reply);
        assertTrue(bot.ok(amina, "note Second thought").contains("No item was given, so it went under item 2"));
        assertTrue(bot.refused(amina, "note item 7: x y").contains("There is no item 7 on the agenda (it has 3 items)"));
        assertTrue(bot.ok(amina, "help note").contains("note [<meeting>] [item <no>[.<no>]:] <text>"));
        assertTrue(bot.ok(amina, "hjälp anteckning").contains("anteckning [<möte>] [punkt <nr>[.<nr>]:] <text>"));
    }

    @Test
    void withoutAMeetingOrAnAgendaNothingIsWritten() {
        bot.now("2026-11-20T10:00");
        String before = bot.snapshot();
        String none = bot.refused(amina, "anteckning punkt 1: Något");
        assertTrue(none.contains("Det finns inget möte idag eller senaste veckan att anteckna på"), none);
        assertEquals(before, bot.snapshot());
        bot.now("2026-11-02T14:00");
        bot.ok(amina, "möte 3 november 9-12 Hylte");
        bot.now("2026-11-03T10:00");
        before = bot.snapshot();
        String empty = bot.refused(amina, "anteckning Något sades");
        assertTrue(empty.contains("har ingen dagordning, så det finns ingen punkt att anteckna under"), empty);
        assertEquals(before, bot.snapshot());
        bot.ok(amina, "ställ in 3 november");
        before = bot.snapshot();
        assertTrue(bot.refused(amina, "anteckning 3 november punkt 1: Något").contains("är inställt"));
        assertEquals(before, bot.snapshot());
    }

    long meetingOn(String date) {
        return bot.store.meetings().all(scope()).stream()
                .filter(m -> m.startIn(TestBot.STOCKHOLM).toLocalDate().toString().equals(date)).findFirst().orElseThrow().id();
    }

    se.samverka.core.domain.GroupScope scope() {
        return bot.db.inTransaction(() -> bot.store.groups().boundTo(
                bot.store.groups().workspace("test", "T1"), "C1").orElseThrow().scope());
    }
}
