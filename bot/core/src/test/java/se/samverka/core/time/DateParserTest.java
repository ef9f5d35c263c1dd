package se.samverka.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParserTest {
    /** Sunday 22 November 2026, ISO week 47. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final LocalDate NEXT_MEETING = LocalDate.of(2026, 12, 15);

    final DateParser parser = new DateParser(TODAY, () -> Optional.of(NEXT_MEETING));

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-12-01          | 2026-12-01 | false
            2027-03-05          | 2027-03-05 | false
            20/12               | 2026-12-20 | false
            20/10               | 2027-10-20 | true
            1/10                | 2027-10-01 | true
            22/11               | 2026-11-22 | false
            5/1/2027            | 2027-01-05 | false
            20 december         | 2026-12-20 | false
            20 oktober          | 2027-10-20 | true
            den 20:e december   | 2026-12-20 | false
            3 jan               | 2027-01-03 | true
            20 okt. 2027        | 2027-10-20 | false
            den 25:e            | 2026-11-25 | false
            den 20:e            | 2026-12-20 | false
            den 20              | 2026-12-20 | false
            tisdag              | 2026-11-24 | false
            på fredag           | 2026-11-27 | false
            söndag              | 2026-11-29 | false
            nästa fredag        | 2026-11-27 | false
            nästa måndag        | 2026-11-23 | false
            fredagen            | 2026-11-27 | false
            i morgon            | 2026-11-23 | false
            imorgon             | 2026-11-23 | false
            idag                | 2026-11-22 | false
            i övermorgon        | 2026-11-24 | false
            om två veckor       | 2026-12-06 | false
            om 3 dagar          | 2026-11-25 | false
            om en månad         | 2026-12-22 | false
            vecka 50            | 2026-12-07 | false
            tisdag vecka 50     | 2026-12-08 | false
            v. 48               | 2026-11-23 | false
            vecka 45            | 2027-11-08 | true
            vecka 2 2027        | 2027-01-11 | false
            nästa möte          | 2026-12-15 | false
            till nästa möte     | 2026-12-15 | false
            October 20          | 2027-10-20 | true
            December 20th, 2026 | 2026-12-20 | false
            20th December       | 2026-12-20 | false
            the 25th            | 2026-11-25 | false
            tomorrow            | 2026-11-23 | false
            today               | 2026-11-22 | false
            next friday         | 2026-11-27 | false
            on Tuesday          | 2026-11-24 | false
            in two weeks        | 2026-12-06 | false
            in 10 days          | 2026-12-02 | false
            week 50             | 2026-12-07 | false
            next meeting        | 2026-12-15 | false
            """)
    void readsSwedishAndEnglishDates(String text, LocalDate expected, boolean rolled) {
        DateMatch match = parser.wholeDate(text).orElseThrow(() -> new AssertionError("no date in " + text));
        assertEquals(expected, match.date());
        assertEquals(rolled, match.rolledForward(), "rolled forward");
        assertFalse(match.date().isBefore(TODAY), "never a silent guess into the past");
    }

    @ParameterizedTest(name = "\"{0}\" is not a date")
    @CsvSource(delimiter = '|', textBlock = """
            Halmstad
            13 personer
            punkt 3
            9-12
            tisdagsmötet
            decembermöte
            """)
    void leavesOtherWordsAlone(String text) {
        assertTrue(parser.date(text, 0).isEmpty(), text);
    }

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            31/2            | date.invalid
            30 februari     | date.invalid
            2026-13-01      | date.invalid
            den 0           | date.invalid
            den 00:e        | date.invalid
            den 32          | date.invalid
            the 0th         | date.invalid
            the 99th        | date.invalid
            32 maj          | date.invalid
            0 maj           | date.invalid
            31 februari     | date.invalid
            April 31        | date.invalid
            0/5             | date.invalid
            29/2/2027       | date.invalid
            vecka 54        | date.noSuchWeek
            week 53 2027    | date.noSuchWeek
            """)
    void refusesImpossibleDates(String text, String key) {
        DateProblem problem = assertThrows(DateProblem.class, () -> parser.date(text, 0));
        assertEquals(key, problem.key());
    }

    @Test
    void saysSoWhenThereIsNoNextMeeting() {
        DateParser noMeetings = new DateParser(TODAY, Optional::empty);
        assertEquals("date.noNextMeeting",
                assertThrows(DateProblem.class, () -> noMeetings.date("nästa möte", 0)).key());
    }

    @ParameterizedTest(name = "\"{0}\" is {1}–{2}")
    @CsvSource(delimiter = '|', textBlock = """
            9-12            | 09:00 | 12:00
            9 – 12          | 09:00 | 12:00
            09:00–12:00     | 09:00 | 12:00
            9.00-12.00      | 09:00 | 12:00
            9:00 -12:00     | 09:00 | 12:00
            kl. 13-15.30    | 13:00 | 15:30
            kl 13           | 13:00 |
            kl. 13          | 13:00 |
            klockan 8       | 08:00 |
            13:30           | 13:30 |
            at 14           | 14:00 |
            1pm             | 13:00 |
            9am-12pm        | 09:00 | 12:00
            10 till 12      | 10:00 | 12:00
            from 9 to 11    | 09:00 | 11:00
            """)
    void readsTimes(String text, LocalTime start, LocalTime end) {
        TimeMatch match = parser.time(text, 0).orElseThrow(() -> new AssertionError("no time in " + text));
        assertEquals(start, match.range().start());
        assertEquals(Optional.ofNullable(end), match.range().end());
        assertEquals(text.length(), match.end(), "the whole text is the time");
    }

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            12-9        | time.endBeforeStart
            kl 25       | time.invalid
            9:75-10     | time.invalid
            13pm        | time.invalid
            """)
    void refusesImpossibleTimes(String text, String key) {
        assertEquals(key, assertThrows(DateProblem.class, () -> parser.time(text, 0)).key());
    }

    @Test
    void readsDateThenTimeAndLeavesThePlace() {
        String text = "20 december 9-12 Halmstad (Länsstyrelsen)";
        When when = parser.when(text, 0).orElseThrow();
        assertEquals(LocalDate.of(2026, 12, 20), when.date().orElseThrow().date());
        assertEquals(LocalTime.of(9, 0), when.time().orElseThrow().range().start());
        assertEquals("Halmstad (Länsstyrelsen)", text.substring(when.end()).strip());
    }

    @Test
    void readsTimeThenDate() {
        When when = parser.when("kl 13 i morgon", 0).orElseThrow();
        assertEquals(LocalDate.of(2026, 11, 23), when.date().orElseThrow().date());
        assertEquals(LocalTime.of(13, 0), when.time().orElseThrow().range().start());
    }

    @Test
    void aTimeAloneHasNoDate() {
        When when = parser.when("13-16", 0).orElseThrow();
        assertTrue(when.date().isEmpty());
        assertEquals(LocalTime.of(16, 0), when.time().orElseThrow().range().end().orElseThrow());
    }
}
