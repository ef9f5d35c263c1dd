package se.samverka.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** veckosammanfattning: the week of a group on one page, and when it is posted. */
class DigestTest {
    @TempDir
    Path folder;
    TestBot bot;
    final TestBot.User amina = TestBot.user("Amina Boulaabi");
    final TestBot.User tor = TestBot.user("Tor Jacobsen");

    @BeforeEach
    void group() {
        bot = new TestBot(folder);
        bot.now("2026-11-02T10:00");
        bot.ok(amina, "grupp skapa Strategisk grupp integration");
        bot.ok(amina, "medlem Amina Boulaabi, Region Halland, sekreterare");
        bot.ok(amina, "medlem Tor Jacobsen, Falkenberg");
        bot.ok(amina, "medlem Ibrahim Baalbaki, Hylte");
        bot.ok(amina, "möte 20 november 9-12 Halmstad");
        bot.ok(amina, "punkt Budget 2027");
        bot.ok(amina, "åtgärd Tor bokar lokal senast 5 november");
        bot.ok(amina, "åtgärd Tor skickar ut inbjudan senast 30 november");
        bot.ok(amina, "åtgärd Ibrahim och Tor tar fram statistik");
        bot.ok(amina, "åtgärd Ibrahim ringer AF");
        bot.ok(amina, "beslut Vi bjuder in Migrationsverket.");
        bot.ok(tor, "förhinder 20 november");
    }

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    void theWeekOnOnePage() {
        bot.now("2026-11-06T10:00");
        bot.ok(amina, "klar 4");
        String digest = bot.ok(amina, "veckosammanfattning");
        assertTrue(digest.startsWith("Veckosammanfattning — Strategisk grupp integration, vecka 45"), digest);
        assertTrue(digest.contains("Öppna åtgärder: 3"), digest);
        int ibrahim = digest.indexOf("\nIbrahim Baalbaki:\n");
        int tor = digest.indexOf("\nTor Jacobsen:\n");
        assertTrue(ibrahim > 0 && tor > ibrahim, "owners in order: " + digest);
        int overdue = digest.indexOf("⚠ #1 bokar lokal", tor);
        int later = digest.indexOf("#2 skickar ut inbjudan", tor);
        assertTrue(overdue > tor && later > overdue, "overdue first, marked: " + digest);
        assertTrue(digest.indexOf("#3 tar fram statistik") > ibrahim && digest.indexOf("#3 tar fram statistik", tor) > tor,
                "an item of two owners is under both");
        assertTrue(digest.contains("Klart den senaste veckan: 1") && digest.contains("#4 ringer AF"), digest);
        assertTrue(digest.contains("Beslut den senaste veckan: 1") && digest.contains("D1 Vi bjuder in Migrationsverket."), digest);
        assertTrue(digest.contains("Nästa möte: fredag 20 november 2026"), digest);
        assertTrue(digest.indexOf("Budget 2027") > digest.indexOf("Nästa möte:"), "the agenda so far: " + digest);
        assertTrue(digest.contains("Förhinder: Tor Jacobsen"), digest);
        assertTrue(digest.contains("postas måndagar kl. 08.00 (Europe/Stockholm)"), digest);
    }

    @Test
    void whenItIsPostedIsTheGroupsChoice() {
        assertTrue(bot.ok(amina, "veckosammanfattning fredag 15:30").contains("postas nu fredagar kl. 15.30"));
        assertTrue(bot.ok(amina, "veckosammanfattning").contains("postas fredagar kl. 15.30"));
        assertTrue(bot.ok(amina, "digest off").contains("turned off"));
        assertTrue(bot.ok(amina, "veckosammanfattning").contains("postas inte (avstängd)"));
        assertTrue(bot.ok(amina, "veckosammanfattning på").contains("fredagar kl. 15.30"));
        String before = bot.snapshot();
        assertTrue(bot.refused(amina, "veckosammanfattning ibland").contains("Jag förstår inte"));
        assertTrue(bot.refused(amina, "veckosammanfattning måndag 25:00").contains("Jag förstår inte"));
        assertTrue(bot.refused(tor, "veckosammanfattning av").contains("Det kan bara ordföranden eller sekreteraren"));
        assertEquals(before, bot.snapshot());
    }
}
