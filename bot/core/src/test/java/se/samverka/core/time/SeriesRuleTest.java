package se.samverka.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeriesRuleTest {

    /** Each rule from Monday 5 January 2026 to the end of March, the dates it gives. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            varannan vecka                          | 2026-01-05 2026-01-19 2026-02-02 2026-02-16 2026-03-02 2026-03-16 2026-03-30
            varannan vecka på torsdagar             | 2026-01-08 2026-01-22 2026-02-05 2026-02-19 2026-03-05 2026-03-19
            var fjärde vecka                        | 2026-01-05 2026-02-02 2026-03-02 2026-03-30
            var 3:e vecka på fredagar               | 2026-01-09 2026-01-30 2026-02-20 2026-03-13
            tredje fredagen varje månad             | 2026-01-16 2026-02-20 2026-03-20
            första onsdagen i månaden               | 2026-01-07 2026-02-04 2026-03-04
            sista torsdagen i månaden               | 2026-01-29 2026-02-26 2026-03-26
            månadsvis                               | 2026-01-05 2026-02-05 2026-03-05
            every 4 weeks                           | 2026-01-05 2026-02-02 2026-03-02 2026-03-30
            every other week on Thursdays           | 2026-01-08 2026-01-22 2026-02-05 2026-02-19 2026-03-05 2026-03-19
            third Friday of every month             | 2026-01-16 2026-02-20 2026-03-20
            first Wednesday of the month            | 2026-01-07 2026-02-04 2026-03-04
            monthly                                 | 2026-01-05 2026-02-05 2026-03-05
            en gång i månaden på fredagar           | 2026-01-09 2026-02-13 2026-03-13
            på fredagar en gång i månaden           | 2026-01-09 2026-02-13 2026-03-13
            månadsvis på tisdagar                   | 2026-01-06 2026-02-03 2026-03-03
            varje månad på torsdagen                | 2026-01-08 2026-02-12 2026-03-12
            once a month on Fridays                 | 2026-01-09 2026-02-13 2026-03-13
            monthly on Wednesdays                   | 2026-01-07 2026-02-04 2026-03-04
            fortnightly                             | 2026-01-05 2026-01-19 2026-02-02 2026-02-16 2026-03-02 2026-03-16 2026-03-30
            """)
    void everyRuleGivesItsDates(String text, String dates) {
        SeriesRule rule = SeriesRule.parse("mötesserie " + text + " kl 9-12").orElseThrow().rule();
        List<LocalDate> expected = Arrays.stream(dates.split(" ")).map(LocalDate::parse).toList();
        assertEquals(expected, rule.dates(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 31), 50), text);
    }

    @Test
    void aMonthlyRuleOnAWeekdayKeepsTheWeekOfTheMonthOfItsFirstDate() {
        SeriesRule fridays = SeriesRule.parse("en gång i månaden på fredagar").orElseThrow().rule();
        assertEquals(List.of(LocalDate.of(2026, 1, 30), LocalDate.of(2026, 2, 27), LocalDate.of(2026, 3, 27)),
                fridays.dates(LocalDate.of(2026, 1, 29), LocalDate.of(2026, 3, 31), 50), "from a 5th Friday: the last");
        assertEquals(List.of(LocalDate.of(2026, 1, 16), LocalDate.of(2026, 2, 20), LocalDate.of(2026, 3, 20)),
                fridays.dates(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 3, 31), 50), "the third Friday");
        assertEquals("månadsvis på fredagar", fridays.swedish());
    }

    @Test
    void notARuleIsNone() {
        assertEquals(Optional.empty(), SeriesRule.parse("nästa tisdag 9-12"));
        assertEquals(Optional.empty(), SeriesRule.parse("var 20:e vecka"));
        assertEquals("var 4:e vecka på tisdagar", SeriesRule.parse("var fjärde vecka på tisdagar").orElseThrow().rule().swedish());
        assertEquals("tredje fredagen varje månad", SeriesRule.parse("third Friday of every month").orElseThrow().rule().swedish());
    }
}
