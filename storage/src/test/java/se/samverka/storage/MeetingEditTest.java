package se.samverka.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.domain.Meeting;

/**
 * ändra möte / edit meeting (issue 15.6) and flytta keep a meeting's agenda, notes, apologies and decisions, and raise
 * its iCalendar sequence so the updated invitation goes out. A meeting was held on Friday 18 September in Laholm; the
 * next is Monday 2 November 13–16 in Halmstad.
 */
class MeetingEditTest {
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
        bot.ok(amina, "punkt Statistik och analys");
        bot.ok(amina, "möte 2 november 13-16 Halmstad");
        bot.now("2026-09-18T10:00");
        bot.ok(tor, "anteckning punkt 1: Fbg: 3 personer som jobbar med detta.");
        bot.ok(amina, "beslut punkt 1: Gruppen tar fram en gemensam utbildning.");
        bot.now("2026-10-01T10:00");
        bot.ok(amina, "punkt Inledning till 2 november");
        bot.ok(tor, "förhinder 2 november");
    }

    @AfterEach
    void close() {
        bot.close();
    }

    Meeting meeting(int index) {
        return bot.db.inTransaction(() -> bot.store.meetings().all(scope()).get(index));
    }

    GroupScope scope() {
        return bot.db.inTransaction(() -> bot.store.groups().boundTo(
                bot.store.groups().workspace("test", "T1"), "C1").orElseThrow().scope());
    }

    @Test
    void placeTimeAndHostChangeInOneMessageAndTheAgendaAndApologiesStay() {
        int sequence = meeting(1).sequence();
        String edited = bot.ok(amina, "ändra möte 2 november plats: Falkenberg, tid: 9-12 värd: Falkenbergs kommun");
        assertTrue(edited.startsWith("Mötet måndag 2 november 2026, 13.00–16.00 · Halmstad är ändrat."
                + " Nu: måndag 2 november 2026, 09.00–12.00 · Falkenberg (Falkenbergs kommun)"), edited);
        assertTrue(edited.contains("Dagordningen, anteckningarna, förhindren och besluten följer med mötet."), edited);
        Meeting after = meeting(1);
        assertTrue(after.sequence() > sequence, "the updated invitation goes out with a higher SEQUENCE");
        assertEquals(Optional.of("Falkenbergs kommun"), after.host());
        assertTrue(bot.ok(amina, "dagordning").contains("Inledning"));
        assertTrue(bot.ok(amina, "närvaro 2 november").contains("Tor Jacobsen"));
    }

    @Test
    void withoutAMeetingTheNextOneChangesAndEnglishIsAnsweredInEnglish() {
        String edited = bot.ok(amina, "edit meeting place: Varberg");
        assertTrue(edited.startsWith("The meeting Monday 2 November 2026, 13:00–16:00 · Halmstad has been changed."
                + " Now: Monday 2 November 2026, 13:00–16:00 · Varberg"), edited);
        assertTrue(edited.contains("The agenda, notes, apologies and decisions stay with the meeting."), edited);
        assertEquals(Optional.of("Varberg"), meeting(1).place());
    }

    @Test
    void aHeldMeetingsPlaceIsCorrectedAndItsNotesAndDecisionsStayInTheMinutes() {
        bot.ok(amina, "ändra möte förra plats: Laholms stadshus");
        String minutes = bot.ok(amina, "protokoll 18 september");
        assertTrue(minutes.contains("Laholms stadshus"), minutes);
        assertTrue(minutes.contains("Fbg: 3 personer som jobbar med detta."), minutes);
        assertTrue(minutes.contains("Gruppen tar fram en gemensam utbildning."), minutes);
    }

    @Test
    void aCancelledMeetingIsNotChanged() {
        bot.ok(amina, "möte 9 november 13-16 Halmstad");
        bot.ok(amina, "ställ in 9 november");
        String before = bot.snapshot();
        String refused = bot.refused(amina, "ändra möte 9 november plats: Varberg");
        assertTrue(refused.contains("är inställt, så det finns inget att ändra"), refused);
        assertEquals(before, bot.snapshot());
    }

    @Test
    void aMovedMeetingKeepsItsAgendaAndApologies() {
        String before = bot.ok(amina, "dagordning 2 november");
        bot.ok(amina, "flytta 2 november till 3 november");
        assertEquals(before.replace("måndag 2 november", "tisdag 3 november"), bot.ok(amina, "dagordning 3 november"));
        assertTrue(bot.ok(amina, "närvaro 3 november").contains("Tor Jacobsen"));
    }
}
