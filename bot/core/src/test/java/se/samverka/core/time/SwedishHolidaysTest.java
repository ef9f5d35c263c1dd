package se.samverka.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SwedishHolidaysTest {

    /** Known dates (from the Swedish almanac) for several years. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(textBlock = """
            2024, 2024-03-29, 2024-03-31, 2024-05-09, 2024-05-19, 2024-06-21, 2024-11-02
            2025, 2025-04-18, 2025-04-20, 2025-05-29, 2025-06-08, 2025-06-20, 2025-11-01
            2026, 2026-04-03, 2026-04-05, 2026-05-14, 2026-05-24, 2026-06-19, 2026-10-31
            2027, 2027-03-26, 2027-03-28, 2027-05-06, 2027-05-16, 2027-06-25, 2027-11-06
            2028, 2028-04-14, 2028-04-16, 2028-05-25, 2028-06-04, 2028-06-23, 2028-11-04
            2030, 2030-04-19, 2030-04-21, 2030-05-30, 2030-06-09, 2030-06-21, 2030-11-02
            """)
    void movableHolidaysFallOnTheirDays(int year, LocalDate goodFriday, LocalDate easter, LocalDate ascension,
                                        LocalDate pentecost, LocalDate midsummerEve, LocalDate allSaints) {
        assertEquals(easter, SwedishHolidays.easterSunday(year));
        assertEquals(Optional.of("långfredagen"), SwedishHolidays.holiday(goodFriday));
        assertEquals(Optional.of("annandag påsk"), SwedishHolidays.holiday(easter.plusDays(1)));
        assertEquals(Optional.of("Kristi himmelsfärdsdag"), SwedishHolidays.holiday(ascension));
        assertEquals(Optional.of("pingstdagen"), SwedishHolidays.holiday(pentecost));
        assertEquals(Optional.of("midsommarafton"), SwedishHolidays.holiday(midsummerEve));
        assertEquals(Optional.of("alla helgons dag"), SwedishHolidays.holiday(allSaints));
        assertEquals(Optional.of("julafton"), SwedishHolidays.holiday(LocalDate.of(year, 12, 24)));
        assertEquals(Optional.of("nyårsafton"), SwedishHolidays.holiday(LocalDate.of(year, 12, 31)));
        assertEquals(Optional.of("Sveriges nationaldag"), SwedishHolidays.holiday(LocalDate.of(year, 6, 6)));
        assertEquals(Optional.of("trettondedag jul"), SwedishHolidays.holiday(LocalDate.of(year, 1, 6)));
        assertEquals(Optional.of("första maj"), SwedishHolidays.holiday(LocalDate.of(year, 5, 1)));
    }

    @Test
    void workingAndBridgeDays() {
        assertFalse(SwedishHolidays.isWorkingDay(LocalDate.of(2026, 4, 6)), "annandag påsk");
        assertTrue(SwedishHolidays.isWorkingDay(LocalDate.of(2026, 4, 7)));
        assertTrue(SwedishHolidays.isBridgeDay(LocalDate.of(2026, 5, 15)), "the Friday after Kristi himmelsfärd");
        assertFalse(SwedishHolidays.isBridgeDay(LocalDate.of(2026, 5, 13)));
        assertFalse(SwedishHolidays.isWorkingDay(LocalDate.of(2026, 6, 19)), "midsommarafton");
        assertTrue(SwedishHolidays.inBreak(LocalDate.of(2026, 7, 15), MonthDay.of(6, 20), MonthDay.of(8, 10)));
        assertFalse(SwedishHolidays.inBreak(LocalDate.of(2026, 8, 11), MonthDay.of(6, 20), MonthDay.of(8, 10)));
        assertTrue(SwedishHolidays.inBreak(LocalDate.of(2026, 12, 28), MonthDay.of(12, 20), MonthDay.of(1, 6)), "over new year");
    }
}
