package se.samverka.storage;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which meeting a command without one is about. The clock starts Monday 2 November 2026, 10:00. */
class MeetingDefaultTest {
    @TempDir
    Path folder;
    TestBot bot;
    final TestBot.User amina = TestBot.user("Amina Boulaabi");

    @BeforeEach
    void group() {
        bot = new TestBot(folder);
        bot.now("2017-08-21T10:00");
        bot.ok(amina, "grupp skapa Strategisk grupp integration");
        bot.ok(amina, "medlem Amina Boulaabi, Region Halland, sekreterare");
        bot.ok(amina, "medlem Tor Jacobsen, Falkenberg");
        bot.ok(amina, "möte 2017-09-05 9-12 Laholm");
        bot.ok(amina, "möte 2017-12-15 9-12 Hylte");
        bot.now("2026-11-02T10:00");
        bot.ok(amina, "möte 24 november 9-12 Varberg");
        bot.ok(amina, "förhinder 24 november för Tor");
    }

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    void attendanceWithoutAMeetingIsAboutTheNextOneNotTheLastOneHeldYearsAgo() {
        String attendance = bot.ok(amina, "närvaro");
        assertTrue(attendance.startsWith("Närvaro tisdag 24 november 2026, 09.00–12.00 · Varberg"), attendance);
        assertTrue(attendance.contains("Anmält förhinder (1):\nFalkenberg: Tor Jacobsen"), attendance);
        assertTrue(bot.ok(amina, "närvaro förra").startsWith("Närvaro fredag 15 december 2017"), "the last one, when asked for");
    }

    @Test
    void onTheDayItIsTodaysMeetingAndAWeekAfterTheLastOneWhenNoneIsPlanned() {
        bot.ok(amina, "möte 2 november 13-16 Falkenberg");
        assertTrue(bot.ok(amina, "närvaro").startsWith("Närvaro måndag 2 november 2026"), "today's, before it starts");
        bot.now("2026-11-24T15:00");
        assertTrue(bot.ok(amina, "närvaro").startsWith("Närvaro tisdag 24 november 2026"), "today's, after it ended");
        bot.now("2026-11-30T09:00");
        assertTrue(bot.ok(amina, "närvaro").startsWith("Närvaro tisdag 24 november 2026"), "none planned: last week's");
        bot.now("2027-03-01T09:00");
        String none = bot.refused(amina, "närvaro");
        assertTrue(none.equals("Det finns inget möte idag eller framöver. Skriv närvaro förra för det senaste mötet, "
                + "eller närvaro <datum>."), none);
    }

    @Test
    void inEnglishTheRefusalNamesTheEnglishCommand() {
        bot.now("2027-03-01T09:00");
        String none = bot.refused(amina, "attendance");
        assertTrue(none.startsWith("There is no meeting today or ahead. Write attendance last"), none);
        assertTrue(bot.ok(amina, "attendance last").startsWith("Attendance Tuesday 24 November 2026"));
    }
}
