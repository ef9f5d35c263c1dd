package se.samverka.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Justering on a real SQLite file: justerare chosen, the minutes sent (a version kept, each justerare asked once by
 * direct message), approved by each, then locked against every kind of change to the meeting's record; a change
 * requested; a correction as a new version with its diff; a decision approved at once.
 */
class JusteringTest {
    TestBot bot;
    final TestBot.User amina = TestBot.user("Amina Boulaabi");
    final TestBot.User tor = TestBot.user("Tor Jacobsen");
    final TestBot.User sara = TestBot.user("Sara Ek");
    static final String LOCKED = "Protokollet för måndag 2 november 2026";
    static final String FIX = "Rätta med: protokoll rättelse 2026-11-02: <orsak>";

    @BeforeEach
    void group(@TempDir Path folder) {
        bot = new TestBot(folder);
        bot.now("2026-10-01T10:00");
        bot.ok(amina, "grupp skapa Strategisk grupp integration");
        bot.ok(amina, "veckosammanfattning av");
        bot.ok(amina, "medlem Amina Boulaabi, Region Halland, sekreterare");
        bot.ok(amina, "medlem Tor Jacobsen, Falkenberg");
        bot.ok(amina, "medlem Sara Ek, Hylte");
        bot.ok(amina, "möte 2 november 13-16 Halmstad");
        bot.ok(amina, "punkt Inledning");
        bot.ok(tor, "dagordning"); // Tor and Sara are linked by their first command
        bot.ok(sara, "dagordning");
        bot.now("2026-11-02T14:00");
        bot.ok(amina, "anteckning punkt 1: Fbg: 3 personer.");
        bot.ok(amina, "beslut Gruppen bjuder in Arbetsförmedlingen");
        bot.ok(amina, "åtgärd Tor kollar upp indikatorer");
        bot.now("2026-11-03T09:00");
    }

    @AfterEach
    void close() {
        bot.close();
    }

    List<String> queued() {
        return bot.store.transactions().inTransaction(() -> bot.store.outbox().due(bot.clock().instant().plusSeconds(999_999), 500)
                .stream().map(m -> m.kind() + "→" + m.to().target()).toList(), l -> true);
    }

    String body(String kind) {
        return bot.store.transactions().inTransaction(() -> bot.store.outbox().due(bot.clock().instant().plusSeconds(999_999), 500)
                .stream().filter(m -> m.kind().equals(kind)).findFirst().map(m -> TestBot.text(m.body())).orElseThrow(), b -> true);
    }

    void sentAndApproved() {
        bot.ok(amina, "justerare Tor, Sara");
        bot.ok(amina, "protokoll klart");
        bot.ok(tor, "justera");
        bot.ok(sara, "justera");
    }

    @Test
    void justerareAreChosenAndShownInTheMinutes() {
        assertEquals("Justerare för måndag 2 november 2026, 13.00–16.00 · Halmstad: Tor Jacobsen, Sara Ek.",
                bot.ok(amina, "justerare Tor, Sara"));
        String minutes = bot.ok(amina, "protokoll");
        assertTrue(minutes.contains("## Justerare\n\nTor Jacobsen, Sara Ek"), minutes);
        assertTrue(minutes.contains("**Status: utkast**"), minutes);
        assertTrue(bot.ok(amina, "protokoll status").contains("Justerare: Tor Jacobsen, Sara Ek"));
    }

    @Test
    void readySendsEachJusterareOneDirectMessageAndKeepsVersionOne() {
        bot.ok(amina, "justerare Tor, Sara");
        String sent = bot.ok(amina, "protokoll klart");
        assertTrue(sent.contains("skickat för justering (version 1) till Tor Jacobsen, Sara Ek"), sent);
        assertEquals(List.of("justering-ask→user:u-tor-jacobsen", "justering-ask→user:u-sara-ek"), queued());
        String ask = body("justering-ask");
        assertTrue(ask.contains("Justera protokollet för måndag 2 november") && ask.contains("Svara med: justera 2026-11-02")
                && ask.contains("begär ändring <kommentar>"), ask);
        assertTrue(bot.refusedUnchanged(amina, "protokoll klart").contains("redan skickat för justering (version 1)"));
        assertEquals(2, queued().size(), "once each");
        assertEquals(List.of("sent"), bot.rows("SELECT state FROM minutes_version"));
        assertTrue(bot.rows("SELECT markdown FROM minutes_version").get(0).contains("Gruppen bjuder in Arbetsförmedlingen"));
        assertTrue(bot.ok(amina, "protokoll status").contains(
                "skickat för justering (version 1) — justerat av: ingen; väntar på: Tor Jacobsen, Sara Ek"));
    }

    @Test
    void whenEveryJusterareHasApprovedTheMinutesAreJusteradeAndLocked() {
        bot.ok(amina, "justerare Tor, Sara");
        bot.ok(amina, "protokoll klart");
        assertTrue(bot.ok(tor, "justera").contains("Tor Jacobsen har justerat protokollet för måndag 2 november 2026, "
                + "13.00–16.00 · Halmstad. Väntar på: Sara Ek."));
        assertTrue(bot.refusedUnchanged(tor, "justera").contains("Du har redan justerat"));
        String done = bot.ok(sara, "justera");
        assertTrue(done.contains("är justerat (version 1) av Tor Jacobsen, Sara Ek 3 november 2026 och är nu låst"), done);
        String minutes = bot.ok(amina, "protokoll");
        assertTrue(minutes.contains("**Status: justerat av Tor Jacobsen, Sara Ek 3 november 2026 (version 1)**"), minutes);
        assertTrue(bot.ok(amina, "protokoll status").contains("justerat av Tor Jacobsen, Sara Ek"));
        assertTrue(bot.refusedUnchanged(sara, "justera").contains("redan justerat"));
    }

    @Test
    void lockedMinutesRefuseEveryChangeToTheRecordButNotMarkingAnItemDone() {
        sentAndApproved();
        for (String change : List.of("beslut Ett nytt beslut", "beslut 2026-11-02: Ett beslut i efterhand", "åtgärd Tor ringer Hylte",
                "anteckning 2026-11-02 punkt 1: Mer text", "ändra D1: Annan text", "ta bort D1",
                "ändra åtgärd 1: Tor kollar upp något annat", "ta bort åtgärd 1", "ändra anteckning 1: Fbg: 4 personer.",
                "ta bort anteckning 1", "ångra", "förhinder 2 november", "närvarande 2 november Tor",
                "vid tangenterna 2 november Sara", "justerare 2 november Amina")) {
            String reply = bot.refusedUnchanged(amina, change);
            assertTrue(reply.contains(LOCKED) && reply.contains("är justerat (3 november 2026)") && reply.contains(FIX),
                    change + " → " + reply);
        }
        assertTrue(bot.ok(tor, "klar 1").contains("1"), "follow-up is not the record");
    }

    @Test
    void minutesJusteradeOnTheMeetingsDayLockItsAgendaAndLagetRuntToo() {
        bot.now("2026-11-02T16:30");
        sentAndApproved();
        for (String change : List.of("punkt Ny punkt", "punkt under 1 Detaljer", "rubrik Inledande frågor",
                "bordlägg 1", "laget runt Vi har anställt en samordnare", "ändra punkt 1: Inledning och presentation")) {
            String reply = bot.refusedUnchanged(amina, change);
            assertTrue(reply.contains(LOCKED) && reply.contains(FIX), change + " → " + reply);
        }
    }

    @Test
    void aRequestedChangeGoesToTheSecretaryAndTheMinutesAreAnUtkastAgain() {
        bot.ok(amina, "justerare Tor, Sara");
        bot.ok(amina, "protokoll klart");
        bot.ok(sara, "justera");
        String asked = bot.ok(tor, "begär ändring Punkt 1: det var 4 personer");
        assertTrue(asked.contains("skickad till Amina Boulaabi") && asked.contains("utkast igen"), asked);
        assertTrue(queued().contains("justering-change→user:u-amina-boulaabi"), queued().toString());
        assertTrue(body("justering-change").contains("Tor Jacobsen ber om en ändring (version 1): Punkt 1: det var 4 personer"));
        assertTrue(bot.ok(amina, "protokoll status").contains("utkast (version 1) — begärd ändring: Punkt 1: det var 4 personer"));
        assertTrue(bot.refusedUnchanged(sara, "justera").contains("inte skickat för justering"));
        bot.ok(amina, "ändra anteckning 1: Fbg: 4 personer.");
        bot.ok(amina, "protokoll klart");
        assertEquals(4, queued().stream().filter(q -> q.startsWith("justering-ask")).count(), "asked again after the change");
        bot.ok(tor, "justera");
        assertTrue(bot.ok(sara, "justera").contains("nu låst"), "Sara's approval of the first sending is gone");
    }

    @Test
    void aCorrectionOpensVersionTwoWithItsReasonAndShowsTheDiff() {
        sentAndApproved();
        bot.now("2026-11-05T10:00");
        assertTrue(bot.ok(amina, "protokoll rättelse 2026-11-02: fel text i beslutet").contains("version 2 (rättelse: fel text i beslutet)"));
        bot.ok(amina, "ändra D1: Gruppen bjuder in Arbetsförmedlingen och Försäkringskassan");
        bot.ok(amina, "protokoll klart 2026-11-02");
        bot.ok(tor, "justera");
        bot.ok(sara, "justera");
        String versions = bot.ok(amina, "protokoll versioner 2026-11-02");
        assertTrue(versions.contains("Version 1 · justerat av Tor Jacobsen, Sara Ek 3 november 2026"), versions);
        assertTrue(versions.contains("Version 2 · justerat av Tor Jacobsen, Sara Ek 5 november 2026 · rättelse: fel text i beslutet"), versions);
        String two = bot.ok(amina, "protokoll version 2 2026-11-02");
        assertTrue(two.contains("Ändrat mot version 1:"), two);
        assertTrue(two.contains("- **Beslut:** Gruppen bjuder in Arbetsförmedlingen (§ 1/2026)\n"), two);
        assertTrue(two.contains("+ **Beslut:** Gruppen bjuder in Arbetsförmedlingen och Försäkringskassan (§ 1/2026)"), two);
        assertTrue(bot.refusedUnchanged(amina, "ändra D1: Igen").contains(LOCKED), "version 2 is locked too");
    }

    @Test
    void aDecisionApprovedAtOnceIsLockedAndMarkedInTheMinutes() {
        bot.now("2026-11-02T14:30");
        String now = bot.ok(amina, "justera D1 omedelbart");
        assertTrue(now.contains("D1 är omedelbart justerat och låst"), now);
        String edit = bot.refusedUnchanged(amina, "ändra D1: Annat");
        assertTrue(edit.contains("D1 är omedelbart justerat och kan inte ändras"), edit);
        assertTrue(bot.refusedUnchanged(amina, "ta bort D1").contains("omedelbart justerat"));
        assertTrue(bot.refusedUnchanged(amina, "justera D1 omedelbart").contains("redan omedelbart justerat"));
        assertTrue(bot.ok(amina, "protokoll").contains("Gruppen bjuder in Arbetsförmedlingen (omedelbart justerat)"));
        bot.ok(amina, "ändra åtgärd 1: Tor kollar upp indikatorer och statistik"); // the rest of the meeting stays open
        bot.now("2026-11-03T09:00");
        assertTrue(bot.refusedUnchanged(amina, "justera D1 omedelbart").contains("bara justeras omedelbart på dagen för mötet"));
    }

    @Test
    void inEnglish() {
        bot.ok(amina, "adjuster Tor and Sara");
        assertTrue(bot.ok(amina, "minutes ready").contains("sent for approval (version 1) to Tor Jacobsen, Sara Ek"));
        bot.ok(tor, "approve");
        assertTrue(bot.ok(sara, "approve").contains("are now locked"));
        assertTrue(bot.refusedUnchanged(amina, "edit D1: Other").contains("Correct them with: minutes correction 2026-11-02: <reason>"));
        assertTrue(bot.ok(amina, "minutes status").contains("State: approved by Tor Jacobsen, Sara Ek"));
    }

    @Test
    void decisionsAreNumberedByParagraphPerGroupAndYearAcrossTheNewYear() {
        bot.ok(amina, "möte 2026-12-14 13-16 Halmstad");
        bot.ok(amina, "möte 2027-01-11 13-16 Halmstad");
        bot.now("2026-12-14T14:00");
        bot.ok(amina, "beslut Budgeten för 2027 antas");
        bot.ok(amina, "beslut Nästa år leder Hylte gruppen");
        bot.ok(amina, "ta bort D3"); // a removed decision keeps its §: numbers are never given twice
        bot.now("2027-01-11T14:00");
        assertTrue(bot.ok(amina, "beslut Arbetsplanen för 2027 antas").contains("Paragraf: § 1/2027"), "the reply shows it");
        assertEquals(List.of("1:1/2026", "2:2/2026", "3:3/2026", "4:1/2027"),
                bot.rows("SELECT number || ':' || paragraph || '/' || paragraph_year FROM decision ORDER BY number"));
        assertTrue(bot.ok(amina, "protokoll").contains("**Beslut:** Arbetsplanen för 2027 antas\n"),
                "minutes without justering keep their plain Beslut lines");
        bot.ok(amina, "justerare Tor");
        assertTrue(bot.ok(amina, "protokoll").contains("**Beslut:** Arbetsplanen för 2027 antas (§ 1/2027)"));
        assertTrue(bot.ok(amina, "protokoll 2026-12-14").contains("**Beslut:** Budgeten för 2027 antas"));
        assertTrue(bot.ok(amina, "ändra D1: Gruppen bjuder in AF").contains("D1"), "the D-numbers stay the references");
    }
}
