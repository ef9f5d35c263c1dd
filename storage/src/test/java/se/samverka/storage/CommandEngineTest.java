package se.samverka.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.domain.Meeting;

/** Each use case of the engine against a real SQLite file. The clock starts Monday 2 November 2026, 10:00. */
class CommandEngineTest {
    @TempDir
    Path folder;
    TestBot bot;
    final TestBot.User boel = TestBot.user("Boel Abelson-Crossley");
    final TestBot.User amina = TestBot.user("Amina Boulaabi");
    final TestBot.User ibrahim = TestBot.user("Ibrahim Baalbaki");
    final TestBot.User tor = TestBot.user("Tor Jacobsen");
    final TestBot.User stranger = TestBot.user("Sven Främling");

    @BeforeEach
    void group() {
        bot = new TestBot(folder);
        bot.ok(boel, "grupp skapa Strategisk grupp integration");
        bot.ok(boel, "medlem Boel Abelson-Crossley, Region Halland");
        bot.ok(boel, "medlem Amina Boulaabi, Region Halland, amina@example.se, sekreterare");
        bot.ok(boel, "medlem Ibrahim Baalbaki, Hylte");
        bot.ok(boel, "medlem Tor Jacobsen, Falkenberg");
        bot.ok(boel, "medlem Annika Vannerberg, Halmstad");
    }

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    void theCreatorBecomesChairAndTheRosterIsGroupedByOrganisation() {
        String group = bot.ok(amina, "grupp");
        assertTrue(group.contains("Region Halland: Boel Abelson-Crossley (ordförande)"), group);
        assertTrue(group.contains("Region Halland: Amina Boulaabi (sekreterare)"), group);
        assertTrue(group.contains("Falkenberg: Tor Jacobsen"), group);
        assertTrue(group.contains("Inget möte inbokat."), group);
        assertTrue(bot.ok(amina, "medlemmar").contains("amina@example.se"));
    }

    @Test
    void aChannelWithoutAGroupCanOnlyCreateOrBindOne() {
        TestBot.User elsewhere = amina.in("C2");
        assertTrue(bot.refused(elsewhere, "dagordning").contains("inte kopplad till någon grupp"));
        assertTrue(bot.ok(elsewhere, "hjälp").contains("grupp skapa <namn>"));
        assertTrue(bot.refused(elsewhere, "grupp skapa Strategisk grupp integration").contains("grupp koppla"));
        assertTrue(bot.ok(elsewhere, "grupp koppla strategisk grupp integration").contains("kopplad till gruppen"));
        assertTrue(bot.ok(elsewhere, "grupp").contains("Tor Jacobsen"));
        assertTrue(bot.refused(elsewhere, "group create Another").contains("already linked"));
    }

    @Test
    void onlyTheOwnerTheChairAndTheSecretaryMarkAnItemDone() {
        bot.ok(boel, "åtgärd Tor bokar lokal");
        bot.ok(boel, "åtgärd Tor ringer runt");
        bot.ok(boel, "åtgärd Ibrahim mailar ut");
        String before = bot.snapshot();
        String refused = bot.refused(ibrahim, "klar 1");
        assertTrue(refused.contains("Bara den som är ansvarig för #1 (Tor Jacobsen), ordföranden eller sekreteraren"
                + " (Boel Abelson-Crossley, Amina Boulaabi) eller den som sitter vid tangenterna kan markera den som klar."), refused);
        assertTrue(bot.refused(ibrahim, "klar 3, 1").contains("#1"), "one item not theirs refuses the whole command");
        assertEquals(before, bot.snapshot(), "nothing marked");
        assertTrue(bot.ok(tor, "klar 1").contains("Klar: #1 bokar lokal"), "the owner");
        assertTrue(bot.ok(amina, "klar 2").contains("Klar: #2 ringer runt"), "the secretary");
        assertTrue(bot.ok(ibrahim, "klar 3").contains("Klar: #3 mailar ut"), "their own");
    }

    @Test
    void updatingAMemberKeepsWhatIsNotGivenAndRemovingKeepsTheirHistory() {
        assertTrue(bot.ok(boel, "medlem Tor Jacobsen, tor@example.se").contains("Uppdaterad: Tor Jacobsen, Falkenberg, tor@example.se"));
        bot.ok(boel, "åtgärd Tor bokar lokal");
        String removed = bot.ok(boel, "medlem ta bort Tor");
        assertTrue(removed.contains("Tor Jacobsen är borttagen"), removed);
        assertTrue(removed.contains("1 öppna åtgärder"), removed);
        assertFalse(bot.ok(boel, "grupp").contains("Falkenberg: Tor"));
        assertTrue(bot.ok(boel, "åtgärder alla").contains("#1 bokar lokal — Tor Jacobsen"));
        assertTrue(bot.ok(boel, "medlem Tor Jacobsen, Falkenberg").contains("Tillagd"), "can be added again");
    }

    @Test
    void onlyTheChairOrSecretaryManagesTheRosterAndMeetings() {
        String refused = bot.refused(ibrahim, "medlem Kalle Anka, Ankeborg");
        assertTrue(refused.contains("bara ordföranden eller sekreteraren göra (Boel Abelson-Crossley, Amina Boulaabi)"), refused);
        bot.refused(ibrahim, "möte 20 november 9-12 Hylte");
        bot.ok(amina, "möte 20 november 9-12 Hylte");
    }

    @Test
    void someoneNotOnTheRosterIsToldWhoCanAddThem() {
        String refused = bot.refused(stranger, "beslut Vi ses i Hylte");
        assertTrue(refused.contains("Sven Främling, du finns inte i gruppens medlemslista"), refused);
        assertTrue(refused.contains("Boel Abelson-Crossley, Amina Boulaabi"), refused);
        assertTrue(bot.ok(stranger, "grupp").contains("Tor Jacobsen"), "reading is allowed");
    }

    @Test
    void aUserIsLinkedToTheirMemberByEmail() {
        TestBot.User byMail = new TestBot.User("A. Boulaabi (Region Halland)", amina.where(), java.util.Optional.of("AMINA@example.se"));
        assertTrue(bot.ok(byMail, "åtgärder mina").contains("Amina Boulaabi"));
    }

    @Test
    void meetingsAreBookedMovedAndCancelledWithPlaceHostAndSequence() {
        String booked = bot.ok(amina, "möte 20 november 9-12 Halmstad (Länsstyrelsen)");
        assertTrue(booked.contains("Möte inbokat: fredag 20 november 2026, 09.00–12.00 · Halmstad (Länsstyrelsen)"), booked);
        String defaults = bot.ok(amina, "möte 2026-12-15 Hylte");
        assertTrue(defaults.contains("09.00–12.00 · Hylte (Hylte)") || defaults.contains("09.00–12.00 · Hylte"), defaults);
        assertTrue(defaults.contains("Ingen tid angavs, så jag använder 09.00–12.00."), defaults);
        String moved = bot.ok(amina, "flytta 20 november till 24 november 13-16");
        assertTrue(moved.contains("från fredag 20 november 2026, 09.00–12.00 till tisdag 24 november 2026, 13.00–16.00"), moved);
        assertTrue(bot.ok(amina, "flytta 24 november kl 10").contains("10.00–13.00"), "keeps the length when only the time is given");
        String cancelled = bot.ok(amina, "ställ in 15 december");
        assertTrue(cancelled.contains("är inställt"), cancelled);
        String upcoming = bot.ok(amina, "möten");
        assertTrue(upcoming.contains("tisdag 24 november 2026, 10.00–13.00 · Halmstad (Länsstyrelsen)"), upcoming);
        assertFalse(upcoming.contains("15 december"), upcoming);
        assertTrue(bot.ok(amina, "möten alla").contains("INSTÄLLT"));
        Meeting meeting = bot.db.inTransaction(() -> bot.store.meetings().all(scope()).get(0));
        assertEquals(2, meeting.sequence(), "each change raises the iCalendar sequence");
        assertEquals(java.util.Optional.of("Länsstyrelsen"), meeting.host());
    }

    @Test
    void aYearlessDateThatHasPassedIsReadAsNextYearAndSaysSo() {
        String booked = bot.ok(amina, "möte 20/1 9-12 Varberg");
        assertTrue(booked.contains("onsdag 20 januari 2027"), booked);
        assertTrue(booked.contains("Datumet har redan passerat i år, så jag använder onsdag 20 januari 2027."), booked);
    }

    @Test
    void theAgendaHasStandingItemsProposedItemsAndOpenActionsFromEarlierMeetings() {
        bot.ok(amina, "möte 3 november 9-12 Laholm");
        bot.ok(amina, "möte 1 december 9-12 Falkenberg");
        bot.ok(boel, "stående punkt Erfarenhetsutbyte kring återsökningar");
        bot.now("2026-11-03T09:30");
        bot.ok(ibrahim, "åtgärd Ibrahim mailar ut syftet senast till nästa möte");
        bot.now("2026-11-10T09:00");
        String added = bot.ok(ibrahim, "punkt Nationell konferens – fortsatt diskussion");
        assertTrue(added.contains("Punkt 2 på dagordningen: Nationell konferens – fortsatt diskussion (möte tisdag 1 december 2026"), added);
        bot.ok(amina, "punkt Statistik och analys till 1 december");
        String agenda = bot.ok(amina, "dagordning");
        assertTrue(agenda.contains("Dagordning tisdag 1 december 2026, 09.00–12.00 · Falkenberg"), agenda);
        assertTrue(agenda.contains("Erfarenhetsutbyte kring återsökningar (stående punkt)\nNationell konferens – fortsatt diskussion\nStatistik och analys"), agenda);
        assertTrue(agenda.contains("Punkter från föregående möte\n#1 mailar ut syftet — Ibrahim Baalbaki — senast 1 december"), agenda);
        assertTrue(bot.refused(amina, "punkt Statistik och analys").contains("finns redan"));
        assertTrue(bot.ok(boel, "stående punkt ta bort 1").contains("borttagen"));
        assertFalse(bot.ok(amina, "dagordning").contains("stående punkt"));
    }

    @Test
    void decisionsAndActionsBelongToTodaysMeetingAndItsPoints() {
        bot.ok(amina, "möte 2 november 13-16 Laholm");
        bot.ok(amina, "punkt Inledning");
        bot.ok(amina, "punkt Övriga frågor");
        bot.now("2026-11-02T14:00");
        String decision = bot.ok(amina, "beslut punkt 2: Bjuda in AF och MV till nästa möte. Ibrahim mailar ut syftet med föreläsningen.");
        assertTrue(decision.contains("Beslut D1: Bjuda in AF och MV till nästa möte."), decision);
        assertTrue(decision.contains("punkt 2"), decision);
        assertTrue(decision.contains("åtgärd Ibrahim mailar ut syftet med föreläsningen"), "the action in the decision is proposed: " + decision);
        String action = bot.ok(amina, "åtgärd Boel och Amina kollar upp möjligheterna senast 2026-12-01");
        assertTrue(action.contains("Åtgärd #1: kollar upp möjligheterna — ansvarig: Boel Abelson-Crossley, Amina Boulaabi"), action);
        assertTrue(action.contains("Senast tisdag 1 december 2026."), action);
        assertTrue(bot.ok(ibrahim, "åtgärder Boel").contains("#1 kollar upp möjligheterna"));
        assertTrue(bot.ok(amina, "åtgärder").contains("#1"), "mine by default");
        assertTrue(bot.ok(ibrahim, "åtgärder").contains("Inga åtgärder."));
        assertTrue(bot.ok(amina, "klar 1").contains("Klar: #1 kollar upp möjligheterna"));
        assertTrue(bot.refused(ibrahim, "klar 1").contains("redan klar"));
        assertTrue(bot.ok(ibrahim, "åtgärder klara").contains("#1 kollar upp möjligheterna"));
    }

    @Test
    void anOverdueActionIsMarked() {
        bot.ok(amina, "åtgärd Tor bokar lokal senast 5/11");
        bot.now("2026-11-06T08:00");
        assertTrue(bot.ok(amina, "åtgärder alla").contains("#1 bokar lokal — Tor Jacobsen — senast 5 november (FÖRSENAD)"));
    }

    @Test
    void attendanceApologiesNoteTakerAndLagetRunt() {
        bot.ok(amina, "möte 4 november 9-12 Hylte");
        assertTrue(bot.ok(TestBot.user("Annika Vannerberg"), "förhinder").contains("Förhinder noterat för Annika Vannerberg"));
        assertTrue(bot.refused(ibrahim, "förhinder för Tor").contains("ordföranden eller sekreteraren"));
        bot.ok(ibrahim, "laget runt Växjökonferensen");
        String start = bot.ok(amina, "laget runt start");
        assertTrue(start.contains("Väntar på: Boel Abelson-Crossley, Amina Boulaabi, Tor Jacobsen"), start);
        bot.now("2026-11-04T09:10");
        assertTrue(bot.ok(amina, "närvarande alla").contains("Boel Abelson-Crossley, Amina Boulaabi, Ibrahim Baalbaki, Tor Jacobsen"));
        bot.ok(amina, "laget runt Tor: Traumadagarna i Stockholm; Beroendedagarna");
        bot.ok(amina, "vid tangenterna Amina");
        String attendance = bot.ok(amina, "närvaro");
        assertTrue(attendance.contains("Närvarande (4)"), attendance);
        assertTrue(attendance.contains("Anmält förhinder (1):\nHalmstad: Annika Vannerberg"), attendance);
        String round = bot.ok(amina, "laget runt");
        assertTrue(round.contains("Ibrahim: Växjökonferensen\nTor: Traumadagarna i Stockholm; Beroendedagarna"), round);
        assertTrue(round.contains("Inte rapporterat: Boel Abelson-Crossley, Amina Boulaabi"), round);
    }

    @Test
    void theMinutesHaveEverySectionOfTheSeedLayout() {
        bot.ok(amina, "möte 3 november 9-12 Laholm kommun, Stadshuset, värd: Laholm");
        bot.ok(amina, "möte 1 december 9-12 Halmstad (Länsstyrelsen)");
        bot.ok(amina, "möte 2027-01-19 9-12 Varberg");
        bot.ok(amina, "punkt Inledning");
        bot.ok(amina, "punkt Statistik och analys");
        bot.ok(TestBot.user("Annika Vannerberg"), "förhinder");
        bot.ok(ibrahim, "laget runt Växjökonferensen");
        bot.now("2026-11-03T09:05");
        bot.ok(amina, "närvarande alla");
        bot.ok(amina, "vid tangenterna Amina");
        bot.ok(amina, "beslut punkt 2: Bjuda in ngn från analysavdelningen.");
        bot.ok(amina, "åtgärd punkt 2: Boel och Amina kollar upp indikatorer till nästa möte");
        bot.ok(amina, "beslut Ingen konferens i nuläget.");
        String minutes = bot.ok(amina, "protokoll");
        String expected = """
                # Minnesanteckningar Strategisk grupp integration

                2026-11-03

                Tid: 09.00-12.00

                Plats: Laholm kommun, Stadshuset

                Deltagare:

                - Falkenberg: Tor Jacobsen
                - Hylte: Ibrahim Baalbaki
                - Region Halland: Boel Abelson-Crossley, Amina Boulaabi

                Anmält förhinder: Halmstad, Annika Vannerberg

                ## 1. Inledning

                ## 2. Statistik och analys

                **Beslut:** Bjuda in ngn från analysavdelningen.

                - Åtgärd: Boel Abelson-Crossley och Amina Boulaabi kollar upp indikatorer (senast 2026-12-01)

                ## 3. Övriga beslut och åtgärder

                **Beslut:** Ingen konferens i nuläget.

                ## Laget runt

                - Ibrahim: Växjökonferensen

                ## Nästa möte

                1 december 09.00–12.00 Halmstad (Länsstyrelsen)

                Planerade möten:

                - 19 januari 2027 09.00–12.00 Varberg

                ## Vid tangenterna

                Amina Boulaabi
                """;
        assertEquals(expected, minutes);
        assertTrue(bot.ok(amina, "minutes").startsWith("# Minutes Strategisk grupp integration"), "English on request");
    }

    @Test
    void searchFindsDecisionsActionsAndAgendaByWordPrefix() {
        bot.ok(amina, "möte 2 november 13-16 Laholm");
        bot.ok(amina, "punkt Nationell konferens");
        bot.now("2026-11-02T14:00");
        bot.ok(amina, "beslut Ingen konferens på temat är aktuell i nuläget.");
        bot.ok(amina, "åtgärd Ibrahim bevakar konferenser om hederskultur");
        String hits = bot.ok(amina, "sök konferens");
        assertTrue(hits.contains("Punkt (2026-11-02): Nationell konferens"), hits);
        assertTrue(hits.contains("Beslut D1 (2026-11-02): Ingen konferens på temat"), hits);
        assertTrue(hits.contains("Åtgärd #1 (2026-11-02): bevakar konferenser"), hits);
        assertTrue(bot.ok(amina, "sök hederskult").contains("Åtgärd #1"), "prefix");
        assertTrue(bot.ok(amina, "sök \"OR NEAR(*").contains("Inga träffar."), "FTS syntax in the query is just words");
    }

    @Test
    void englishCommandsGetEnglishReplies() {
        String booked = bot.ok(amina, "meeting 20 November 9-12 Hylte");
        assertTrue(booked.startsWith("Meeting booked: Friday 20 November 2026, 09:00–12:00 · Hylte"), booked);
        assertTrue(bot.refused(amina, "action Nobody does it").contains("I can't find \"Nobody\" on the roster"));
        assertTrue(bot.refused(amina, "frobnicate").startsWith("Jag förstod inte \"frobnicate\""),
                "a word in no language gets the group's language");
        assertTrue(bot.refused(amina, "please show the agenda").contains("I didn't understand"));
    }

    GroupScope scope() {
        return bot.db.inTransaction(() -> bot.store.groups().boundTo(
                bot.store.groups().workspace("test", "T1"), "C1").orElseThrow().scope());
    }
}
