package se.samverka.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverka.core.chat.Block;
import se.samverka.core.chat.Button;
import se.samverka.core.chat.Reply;
import se.samverka.core.domain.Meeting;

/** mötesserie: a term of meetings with rotating hosts, around Swedish holidays and the summer break (20/6–15/8). */
class MeetingSeriesTest {
    @TempDir
    Path folder;
    TestBot bot;
    final TestBot.User amina = TestBot.user("Amina Boulaabi");
    final TestBot.User tor = TestBot.user("Tor Jacobsen");

    @BeforeEach
    void group() {
        bot = new TestBot(folder);
        bot.now("2026-01-02T10:00");
        bot.ok(amina, "grupp skapa Strategisk grupp integration");
        bot.ok(amina, "medlem Tor Jacobsen, Falkenberg");
        bot.ok(amina, "medlem Ibrahim Baalbaki, Hylte");
        bot.ok(amina, "medlem Mats Oljelund, Varberg");
    }

    @AfterEach
    void close() {
        bot.close();
    }

    List<Meeting> meetings() {
        return bot.store.transactions().inTransaction(() -> bot.store.meetings().all(
                bot.store.groups().named("Strategisk grupp integration").get(0).scope()), m -> true);
    }

    /** "2026-02-06 09:00 Falkenberg" for each meeting still planned. */
    List<String> planned() {
        return meetings().stream().filter(m -> !m.cancelled())
                .map(m -> m.startIn(TestBot.STOCKHOLM).toLocalDate() + " " + m.startIn(TestBot.STOCKHOLM).toLocalTime()
                        + " " + m.place().orElse("-")).toList();
    }

    @Test
    void aTermOfRotatingMeetingsMovesOffHolidaysWithinTheWeek() {
        String reply = bot.ok(amina, "mötesserie första fredagen i månaden från 5 januari till och med juni kl 9-12 "
                + "värdar: Falkenberg, Hylte, Varberg");
        assertEquals(List.of("2026-02-06 09:00 Falkenberg", "2026-03-06 09:00 Hylte",
                "2026-04-02 09:00 Varberg",        // 3 April is långfredagen: the Thursday before
                "2026-04-30 09:00 Falkenberg",     // 1 May is första maj: the Thursday before
                "2026-06-05 09:00 Hylte"), planned(), reply);
        assertTrue(reply.contains("flyttat från fredag 3 april 2026 (långfredagen)"), reply);
        assertTrue(reply.contains("flyttat från fredag 1 maj 2026 (första maj)"), reply);
        assertEquals("Varberg", meetings().get(2).host().orElseThrow(), "each meeting keeps its own host");

        bot.ok(amina, "flytta 6 mars till 13 mars");
        bot.ok(amina, "ställ in 5 juni");
        assertEquals(List.of("2026-02-06 09:00 Falkenberg", "2026-03-13 09:00 Hylte", "2026-04-02 09:00 Varberg",
                "2026-04-30 09:00 Falkenberg"), planned(), "one meeting moved and one cancelled alone");
    }

    @Test
    void theSummerBreakIsNotBookedButProposedWithAButton() {
        Reply reply = bot.say(amina, "mötesserie var fjärde vecka på torsdagar från 11 juni 3 gånger kl 13-16");
        assertEquals(List.of("2026-06-11 13:00 -"), planned(), TestBot.text(reply));
        List<Button> book = reply.blocks().stream().filter(b -> b instanceof Block.Entry).map(b -> (Block.Entry) b)
                .flatMap(e -> e.buttons().stream()).toList();
        assertEquals(2, book.size(), TestBot.text(reply));
        assertTrue(TestBot.text(reply).contains("Inte bokat: torsdag 9 juli 2026 (sommaruppehåll). Förslag: måndag 17 augusti 2026."),
                TestBot.text(reply));
        assertEquals("möte 2026-08-17 13.00-16.00", book.get(0).command());
        bot.ok(amina, book.get(0).command());
        assertEquals(List.of("2026-06-11 13:00 -", "2026-08-17 13:00 -"), planned());
    }

    @Test
    void aSeriesIsExtendedAndEnded() {
        bot.ok(amina, "mötesserie första fredagen i månaden från 5 januari till och med juni kl 9-12 värdar: Falkenberg, Hylte, Varberg");
        bot.ok(amina, "möte 20 januari 13-15 Halmstad");
        String extended = bot.ok(amina, "mötesserie förläng till och med december");
        assertTrue(extended.contains("Mötesserien förlängd"), extended);
        List<String> all = planned();
        assertEquals(List.of("2026-09-04 09:00 Hylte", "2026-10-02 09:00 Varberg", "2026-11-06 09:00 Falkenberg",
                "2026-12-04 09:00 Hylte"), all.subList(all.size() - 4, all.size()), "the rotation goes on; July and August are the break");
        String ended = bot.ok(amina, "mötesserie avsluta");
        assertTrue(ended.contains("9 kommande möten är inställda"), ended);
        assertEquals(List.of("2026-01-20 13:00 Halmstad"), planned(), "a meeting outside the series stays");
        bot.refused(amina, "mötesserie avsluta");
    }

    @Test
    void inEnglishWithTheRostersOrganisationsAsHosts() {
        bot.ok(amina, "meeting series third Friday of every month until March hosts: roster");
        assertEquals(List.of("2026-01-16 09:00 Falkenberg", "2026-02-20 09:00 Hylte", "2026-03-20 09:00 Varberg"), planned());
    }

    @Test
    void badSeriesAreToldAndChangeNothing() {
        String before = bot.snapshot();
        assertTrue(bot.refused(amina, "mötesserie").contains("Säg hur ofta gruppen ska träffas"));
        assertTrue(bot.refused(amina, "mötesserie ibland på torsdagar").contains("Jag förstår inte hur ofta"));
        assertTrue(bot.refused(amina, "mötesserie varannan vecka till och med sådär").contains("Jag förstår inte slutet"));
        assertTrue(bot.refused(amina, "mötesserie förläng 3 gånger").contains("ingen pågående mötesserie"));
        bot.ok(amina, "medlem Amina Boulaabi, Region Halland, sekreterare");
        String after = bot.snapshot();
        assertTrue(bot.refused(tor, "mötesserie varannan vecka").contains("Det kan bara ordföranden eller sekreteraren"));
        assertEquals(after, bot.snapshot());
        assertTrue(!before.equals(after));
    }

    List<String> proposals(Reply reply) {
        return reply.blocks().stream().filter(b -> b instanceof Block.Entry).map(b -> (Block.Entry) b)
                .map(e -> e.buttons().get(0).command()).toList();
    }

    @Test
    void suggestedDatesAvoidHolidaysBridgeDaysBusyDaysAndApologies() {
        bot.ok(amina, "möte 8 januari 13-16 Halmstad");
        bot.ok(amina, "möte 15 januari 13-16 Hylte");
        bot.ok(tor, "förhinder 15 januari");
        bot.ok(amina, "ställ in 15 januari");
        Reply january = bot.say(amina, "föreslå möte i januari");
        assertEquals(List.of("möte 2026-01-07 13.00-16.00", "möte 2026-01-22 13.00-16.00", "möte 2026-01-29 13.00-16.00"),
                proposals(january), TestBot.text(january));
        Reply week = bot.say(amina, "föreslå möte vecka 20");
        assertEquals(List.of("möte 2026-05-11 13.00-16.00", "möte 2026-05-12 13.00-16.00", "möte 2026-05-13 13.00-16.00"),
                proposals(week), "Kristi himmelsfärd on the 14th, a bridge day on the 15th");
        bot.ok(amina, proposals(january).get(0));
        assertTrue(planned().contains("2026-01-07 13:00 -"));
        assertTrue(bot.refused(amina, "föreslå möte i juli").contains("ingen lämplig dag"), "the summer break");
        assertTrue(bot.refused(amina, "föreslå möte snart").contains("förstår inte perioden"));
    }

    @Test
    void monthlyToDecemberAndEveryFourWeeks() {
        bot.now("2026-08-20T10:00");
        bot.ok(amina, "mötesserie månadsvis från 15 september till och med december kl 10-12");
        assertEquals(List.of("2026-09-15 10:00 -", "2026-10-15 10:00 -", "2026-11-13 10:00 -", "2026-12-15 10:00 -"), planned(),
                "15 November 2026 is a Sunday: the nearest working day of its week is Friday the 13th");
        bot.ok(amina, "mötesserie avsluta");
        bot.ok(amina, "meeting series every 4 weeks from 2026-09-07 3 times 13-15");
        assertEquals(List.of("2026-09-07 13:00 -", "2026-10-05 13:00 -", "2026-11-02 13:00 -"), planned());
    }

    @Test
    void onceAMonthOnFridaysFromSeptemberTillDecember() {
        bot.now("2026-08-20T10:00");
        String reply = bot.ok(amina, "mötesserie en gång i månaden på fredagar från september till december kl 9-12");
        assertEquals(List.of("2026-09-04 09:00 -", "2026-10-02 09:00 -", "2026-11-06 09:00 -", "2026-12-04 09:00 -"), planned(),
                "the first Friday from 1 September, every month, to the end of December: \"till\" includes the month\n" + reply);
        bot.ok(amina, "mötesserie avsluta");
        bot.ok(amina, "meeting series once a month on Tuesdays from September to December 13-15");
        assertEquals(List.of("2026-09-01 13:00 -", "2026-10-06 13:00 -", "2026-11-03 13:00 -", "2026-12-01 13:00 -"), planned());
        bot.ok(amina, "mötesserie avsluta");
        bot.ok(amina, "meeting series monthly on Thursdays from 10 September until 10 December 10-12");
        assertEquals(List.of("2026-09-10 10:00 -", "2026-10-08 10:00 -", "2026-11-12 10:00 -", "2026-12-10 10:00 -"), planned(),
                "until a date includes it");
    }

    @Test
    void aMeetingOnAHolidayOrBridgeDayIsBookedWithAWarningAndAButtonToTheNearestWorkingDay() {
        Reply bridge = bot.say(amina, "möte 7 maj 2027 9-12 Halmstad");
        assertTrue(TestBot.text(bridge).contains("Obs: fredag 7 maj 2027 är klämdag — då är många lediga. "
                + "Närmaste vanliga arbetsdag är onsdag 5 maj 2027."), TestBot.text(bridge));
        assertEquals(List.of("flytta 2027-05-07 till 2027-05-05"), proposals(bridge), "Kristi himmelsfärd is on the 6th");
        bot.ok(amina, proposals(bridge).get(0));
        assertEquals(List.of("2027-05-05 09:00 Halmstad"), planned(), "moved, at the same time");

        Reply midsummer = bot.say(amina, "möte 19 juni 13-16");
        assertTrue(TestBot.text(midsummer).contains("fredag 19 juni 2026 är midsommarafton"), TestBot.text(midsummer));
        assertEquals(List.of("flytta 2026-06-19 till 2026-06-18"), proposals(midsummer));
        Reply english = bot.say(amina, "meeting 2026-12-24 10-12");
        assertTrue(TestBot.text(english).contains("Note: many are off on Thursday 24 December 2026 in Sweden (julafton)."
                + " The nearest ordinary working day is Wednesday 23 December 2026."), TestBot.text(english));
        assertEquals(List.of("move 2026-12-24 to 2026-12-23"), proposals(english));

        Reply ordinary = bot.say(amina, "möte 10 juni 9-12");
        assertTrue(proposals(ordinary).isEmpty() && !TestBot.text(ordinary).contains("Obs:"), TestBot.text(ordinary));
    }
}
