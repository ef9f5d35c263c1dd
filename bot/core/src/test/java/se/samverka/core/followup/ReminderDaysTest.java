package se.samverka.core.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** On which days a reminder meant for some days before a date goes out: working days only. */
class ReminderDaysTest {

    @ParameterizedTest(name = "{4}: {0} for {1} ({2}–{3} days before) → {5}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-06 | 2026-11-09 | 2 | 2 | due Monday, two days before is Saturday: the Friday        | true
            2026-11-07 | 2026-11-09 | 2 | 2 | … not on the Saturday itself                                | false
            2026-11-05 | 2026-11-09 | 2 | 2 | … nor before the Friday                                     | false
            2026-11-11 | 2026-11-13 | 2 | 2 | due Friday: the Wednesday                                   | true
            2026-11-13 | 2026-11-16 | 1 | 1 | the agenda of a Monday meeting: the Friday                  | true
            2026-11-15 | 2026-11-16 | 1 | 1 | … not the Sunday                                            | false
            2026-10-26 | 2026-10-30 | 5 | 1 | laget runt for a Friday: five days before is a Sunday → Monday | true
            2026-10-25 | 2026-10-30 | 5 | 1 | … not that Sunday                                           | false
            2026-10-29 | 2026-10-30 | 5 | 1 | … still on a later day of the window                        | true
            2026-10-30 | 2026-10-30 | 5 | 1 | … not on the day itself                                     | false
            2027-03-25 | 2027-03-30 | 2 | 2 | two days before is påskdagen: Thursday before långfredagen  | true
            2027-03-26 | 2027-03-30 | 2 | 2 | … not on långfredagen                                       | false
            2027-03-29 | 2027-03-30 | 2 | 2 | … not on annandag påsk                                      | false
            2026-06-18 | 2026-06-22 | 3 | 1 | a Monday meeting after midsommar: the Thursday before       | true
            2026-06-19 | 2026-06-22 | 3 | 1 | … not on midsommarafton                                     | false
            """)
    void aReminderGoesOutOnAWorkingDayInItsWindowOrTheWorkingDayBefore(LocalDate today, LocalDate day, int first, int last,
                                                                      String why, boolean expected) {
        assertEquals(expected, FollowUp.window(today, day, first, last), why);
    }
}
