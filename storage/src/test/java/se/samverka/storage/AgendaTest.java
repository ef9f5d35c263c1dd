package se.samverka.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverka.core.followup.FollowUp;
import se.samverka.core.engine.Settings;

/**
 * A real agenda (issue 15.4) through the engine on a real SQLite file: sections, sub-items, presenters and times,
 * standing items that close the agenda, reordering, numbers fixed once the agenda is sent, and tabling. Today is
 * Thursday 1 October 2026; the meeting is Monday 2 November 13–16, the next one Monday 7 December.
 */
class AgendaTest {
    @TempDir
    Path folder;
    TestBot bot;
    final TestBot.User amina = TestBot.user("Amina Boulaabi");
    final TestBot.User tor = TestBot.user("Tor Jacobsen");

    @BeforeEach
    void group() {
        bot = new TestBot(folder);
        bot.now("2026-10-01T10:00");
        bot.ok(amina, "grupp skapa Strategisk grupp integration");
        bot.ok(amina, "medlem Amina Boulaabi, Region Halland, sekreterare");
        bot.ok(amina, "medlem Tor Jacobsen, Falkenberg");
        bot.ok(amina, "möte 2 november 13-16 Halmstad");
    }

    @AfterEach
    void close() {
        bot.close();
    }

    String agenda() {
        return bot.ok(amina, "dagordning");
    }

    @Test
    void theAgendaShowsSectionsSubItemsClockTimesAndTheClosingStandingItemsLast() {
        bot.ok(amina, "stående punkt Övriga frågor sist");
        bot.ok(amina, "stående punkt Laget runt (30 min)");
        bot.ok(amina, "stående punkt Nästa möte sist");
        bot.ok(amina, "punkt Inledning (Amina, 10 min)");
        assertTrue(bot.ok(amina, "rubrik Erfarenhetsutbyte:").startsWith("Rubrik \"Erfarenhetsutbyte\": punkterna du lägger"));
        assertTrue(bot.ok(tor, "punkt Migrationsprocessen (Boel, 20 min)")
                .startsWith("Punkt 3 på dagordningen: Migrationsprocessen (Boel, 20 min) (möte måndag 2 november 2026"));
        assertTrue(bot.ok(tor, "punkt under 3: Statistik").startsWith("Punkt 3.1: Statistik — under punkt 3, Migrationsprocessen"));
        bot.ok(tor, "punkt under 3: Återsökningar (Tor)");
        bot.ok(amina, "punkt Kartläggning (1,5 tim)");
        bot.ok(amina, "rubrik Samverkan");
        bot.ok(amina, "punkt Nationell konferens");
        bot.ok(amina, "punkt Omvärldsbevakning (30 minuter)");
        bot.ok(amina, "rubrik Omvärldsbevakning");
        assertEquals("""
                Dagordning måndag 2 november 2026, 13.00–16.00 · Halmstad
                1. 13.00 Laget runt (30 min) (stående punkt)
                2. 13.30 Inledning (Amina, 10 min)
                Erfarenhetsutbyte
                3. 13.40 Migrationsprocessen (Boel, 20 min)
                    3.1 Statistik
                    3.2 Återsökningar (Tor)
                4. 14.00 Kartläggning (90 min)
                Samverkan
                5. 15.30 Nationell konferens
                6. Omvärldsbevakning (30 min)
                Omvärldsbevakning
                7. Övriga frågor (stående punkt)
                8. Nästa möte (stående punkt)
                Lägg till en punkt med: punkt <text>""", agenda());
        String minutes = bot.ok(amina, "protokoll 2 november");
        assertTrue(minutes.contains("""
                ## 2. Inledning

                **Erfarenhetsutbyte**

                ## 3. Migrationsprocessen

                ### 3.1 Statistik

                ### 3.2 Återsökningar

                ## 4. Kartläggning

                **Samverkan**

                ## 5. Nationell konferens
                """), minutes);
    }

    @Test
    void theSameAgendaInEnglish() {
        assertTrue(bot.ok(amina, "agenda standing Any other business last").startsWith("Standing item added: Any other business."
                + " It will come last on every meeting's agenda."));
        bot.ok(amina, "item Opening (Amina, 15 min)");
        bot.ok(amina, "section Exchange of experience");
        bot.ok(amina, "agenda add Migration (Boel, 1 h)");
        assertTrue(bot.ok(amina, "agenda sub 2: Statistics").startsWith("Item 2.1: Statistics — under item 2, Migration"));
        bot.ok(amina, "agenda add Survey");
        assertTrue(bot.ok(amina, "agenda move 3 first").startsWith("Item 3, Survey, has moved and is now item 1:"));
        assertEquals("""
                Agenda Monday 2 November 2026, 13:00–16:00 · Halmstad
                1. 13:00 Survey
                2. Opening (Amina, 15 min)
                Exchange of experience
                3. Migration (Boel, 60 min)
                    3.1 Statistics
                4. Any other business (standing item)
                Add an item with: agenda add <text>""", bot.ok(amina, "agenda"));
    }

    @Test
    void everyNewCommandHasItsHelpInBothLanguages() {
        assertTrue(bot.ok(amina, "hjälp punkt flytta").contains("punkt flytta <nr> före <nr>"));
        assertTrue(bot.ok(amina, "hjälp punkt under").contains("punkt under 2: Statistik och analys"));
        assertTrue(bot.ok(amina, "hjälp rubrik").contains("rubrik Erfarenhetsutbyte"));
        assertTrue(bot.ok(amina, "hjälp bordlägg").contains("bordlägg <nr>"));
        assertTrue(bot.ok(amina, "hjälp dagordning skicka").contains("dagordning skicka [<möte>]"));
        assertTrue(bot.ok(amina, "hjälp ändra möte").contains("ändra möte [<möte>] plats: <plats> tid: <tid> värd: <organisation>"));
        assertTrue(bot.ok(amina, "help table").contains("table <no>"));
        assertTrue(bot.ok(amina, "help edit meeting").contains("edit meeting [<meeting>] place: <place>"));
        assertTrue(bot.ok(amina, "help agenda move").contains("agenda move 4 before 2"));
    }

    @Test
    void aPlainAgendaIsTheNumberedListItWasAndAPresenterAloneGivesNoTimes() {
        bot.ok(amina, "punkt Inledning");
        bot.ok(amina, "punkt Budget (SKR)");
        bot.ok(amina, "punkt Utkast (remiss)");
        assertEquals("""
                Dagordning måndag 2 november 2026, 13.00–16.00 · Halmstad
                Inledning
                Budget (SKR)
                Utkast (remiss)
                Lägg till en punkt med: punkt <text>""", agenda());
    }

    @Test
    void itemsMoveBeforeAfterFirstAndLastAndTheAgendaIsRenumberedUntilItIsSent() {
        bot.ok(amina, "stående punkt Laget runt");
        bot.ok(amina, "punkt Alfa");
        bot.ok(amina, "rubrik Samverkan");
        bot.ok(amina, "punkt Beta");
        bot.ok(amina, "punkt Gamma");
        String moved = bot.ok(amina, "punkt flytta 4 före 2");
        assertTrue(moved.startsWith("Punkt 4, Gamma, är flyttad och är nu punkt 2:\n1. Laget runt (stående punkt)\n2. Gamma\n3. Alfa\nSamverkan\n4. Beta"), moved);
        bot.ok(amina, "punkt flytta 2 efter 4");
        assertTrue(agenda().contains("1. Laget runt (stående punkt)\n2. Alfa\nSamverkan\n3. Beta\n4. Gamma"), agenda());
        bot.ok(amina, "agenda move 4 first");
        assertTrue(agenda().contains("1. Laget runt (stående punkt)\n2. Gamma\n3. Alfa\nSamverkan\n4. Beta"), agenda());
        bot.ok(amina, "punkt flytta 2 sist");
        assertTrue(agenda().contains("1. Laget runt (stående punkt)\n2. Alfa\nSamverkan\n3. Beta\n4. Gamma"), agenda());
    }

    @Test
    void onceSentTheNumbersStayAndANewItemComesLastWithTheNextNumber() {
        bot.ok(amina, "stående punkt Övriga frågor sist");
        bot.ok(amina, "punkt Alfa");
        bot.ok(amina, "punkt Beta");
        bot.ok(amina, "punkt under 1: Alfa ett");
        String sent = bot.ok(amina, "dagordning skicka");
        assertTrue(sent.contains("numren ligger fast nu"), sent);
        assertTrue(bot.say(amina, "dagordning skicka").shared(), "posted to the channel");
        bot.now("2026-10-01T11:00");
        bot.ok(tor, "punkt Gamma");
        bot.ok(tor, "punkt under 1: Alfa två");
        bot.ok(amina, "stående punkt Laget runt");
        bot.ok(amina, "stående punkt ta bort Övriga frågor");
        assertEquals("""
                Dagordning måndag 2 november 2026, 13.00–16.00 · Halmstad
                1. Alfa
                    1.1 Alfa ett
                    1.2 Alfa två
                2. Beta
                3. Övriga frågor (stående punkt)
                4. Gamma
                Lägg till en punkt med: punkt <text>""", agenda(), "standing items changed after sending change later agendas only");
        String before = bot.snapshot();
        String refused = bot.refused(amina, "punkt flytta 4 före 1");
        assertTrue(refused.startsWith("Dagordningen för måndag 2 november 2026, 13.00–16.00 · Halmstad är skickad (1 oktober),"
                + " så numren ligger fast"), refused);
        assertEquals(before, bot.snapshot());
    }

    @Test
    void aPointRemovedFromASentAgendaLeavesAGapAndNotesStillGoByTheFixedNumbers() {
        bot.now("2026-11-02T11:00");
        bot.ok(amina, "punkt Alfa");
        bot.ok(amina, "punkt Beta");
        bot.ok(amina, "punkt Gamma");
        bot.ok(amina, "dagordning skicka");
        bot.ok(amina, "ta bort punkt 2");
        assertEquals("""
                Dagordning måndag 2 november 2026, 13.00–16.00 · Halmstad
                1. Alfa
                3. Gamma
                Lägg till en punkt med: punkt <text>""", agenda(), "3 keeps its number");
        bot.now("2026-11-02T14:00");
        assertTrue(bot.ok(amina, "anteckning punkt 3: Gamma diskuterades.").startsWith("Anteckning 1 under punkt 3, Gamma:"));
        String gap = bot.refused(amina, "anteckning punkt 2: Beta diskuterades.");
        assertTrue(gap.contains("punkt 2"), gap);
        bot.ok(amina, "ångra");
        bot.ok(amina, "ångra");
        assertTrue(agenda().contains("\nAlfa\nBeta\nGamma\n"), "undone, Beta is back at 2 (a plain numbered list again): " + agenda());
    }

    @Test
    void aPointRemovedFromASentAgendaIsStillFoundByItsNumberForItsHistory() {
        bot.now("2026-11-02T11:00");
        bot.ok(amina, "punkt Alfa");
        bot.ok(amina, "punkt Beta");
        bot.ok(amina, "dagordning skicka");
        bot.ok(amina, "ta bort punkt 2");
        String history = bot.ok(tor, "historik punkt 2");
        assertTrue(history.startsWith("Historik för punkten \"Beta\"\nBorttagen: Beta"), history);
        assertTrue(history.contains("Amina Boulaabi: tog bort den"), history);
        String again = bot.refusedUnchanged(amina, "ta bort punkt 2");
        assertTrue(again.startsWith("punkten \"Beta\" togs bort"), "not \"Det finns ingen punkt 2\": " + again);
        assertTrue(bot.refusedUnchanged(amina, "historik punkt 3").startsWith("Det finns ingen punkt 3"));
    }

    @Test
    void theNumbersAreFixedOnceTheMeetingHasStartedEvenWithoutSending() {
        bot.ok(amina, "punkt Alfa");
        bot.ok(amina, "punkt Beta");
        bot.now("2026-11-02T13:10");
        bot.ok(tor, "punkt Gamma");
        assertEquals(3, bot.count("agenda_number"), "the numbers are stored at the first change after the start");
        String refused = bot.refused(amina, "punkt flytta 3 först");
        assertTrue(refused.contains("(mötet har börjat)"), refused);
    }

    @Test
    void theAgendaReminderTheWorkingDayBeforeSendsTheAgendaAndFixesItsNumbers() {
        bot.ok(amina, "punkt Alfa");
        bot.ok(amina, "punkt Beta");
        FollowUp followUp = new FollowUp(bot.store, bot.clock(), Settings.defaults());
        bot.now("2026-10-29T09:00");
        followUp.plan();
        assertEquals(0, bot.count("agenda_sent"), "two working days before: not yet");
        bot.now("2026-10-30T09:00");
        followUp.plan();
        assertEquals(1, bot.count("agenda_sent"));
        assertEquals(2, bot.count("agenda_number"));
        bot.now("2026-10-30T10:00");
        assertTrue(bot.refused(amina, "punkt flytta 2 först").contains("är skickad (30 oktober)"));
    }

    @Test
    void aTabledItemMovesToTheNextMeetingMarkedOnBoth() {
        bot.ok(amina, "möte 7 december 13-16 Falkenberg");
        bot.ok(amina, "punkt Alfa");
        bot.ok(amina, "punkt Budget (Tor, 15 min)");
        bot.ok(amina, "punkt under 2: Prognos (Boel)");
        String tabled = bot.ok(amina, "bordlägg 2");
        assertTrue(tabled.startsWith("Punkt 2, Budget, är bordlagd till mötet måndag 7 december 2026, 13.00–16.00 · Falkenberg,"
                + " där den är punkt 1."), tabled);
        assertTrue(agenda().contains("1. 13.00 Alfa\n2. Budget (Tor, 15 min) — bordlagd till 7 december\n    2.1 Prognos (Boel)"), agenda());
        String next = bot.ok(amina, "dagordning 7 december");
        assertTrue(next.contains("1. 13.00 Budget (Tor, 15 min) — bordlagd 2 november\n    1.1 Prognos (Boel)"), next);
        assertTrue(bot.refused(amina, "bordlägg 2").contains("Punkt 2, Budget, är redan bordlagd."));
        assertTrue(bot.ok(amina, "protokoll 2 november").contains("## 2. Budget — bordlagd till 7 december\n"));
        assertTrue(bot.ok(amina, "protokoll 7 december").contains("## 1. Budget — bordlagd 2 november\n"));
    }
}
