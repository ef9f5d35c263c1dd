package se.samverka.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Swedish public holidays, computed for any year, with the eves that are days off in practice (påskafton,
 * midsommarafton, julafton, nyårsafton) and bridge days ("klämdagar": a working day between a holiday and a weekend).
 */
public final class SwedishHolidays {
    private SwedishHolidays() {}

    /** The holidays and de facto days off of the year, by date, with their Swedish names. */
    public static Map<LocalDate, String> of(int year) {
        Map<LocalDate, String> days = new LinkedHashMap<>();
        LocalDate easter = easterSunday(year);
        days.put(LocalDate.of(year, 1, 1), "nyårsdagen");
        days.put(LocalDate.of(year, 1, 6), "trettondedag jul");
        days.put(easter.minusDays(2), "långfredagen");
        days.put(easter.minusDays(1), "påskafton");
        days.put(easter, "påskdagen");
        days.put(easter.plusDays(1), "annandag påsk");
        days.put(LocalDate.of(year, 5, 1), "första maj");
        days.put(easter.plusDays(39), "Kristi himmelsfärdsdag");
        days.put(easter.plusDays(48), "pingstafton");
        days.put(easter.plusDays(49), "pingstdagen");
        days.put(LocalDate.of(year, 6, 6), "Sveriges nationaldag");
        LocalDate midsummerEve = LocalDate.of(year, 6, 19).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        days.put(midsummerEve, "midsommarafton");
        days.put(midsummerEve.plusDays(1), "midsommardagen");
        days.put(LocalDate.of(year, 10, 31).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)), "alla helgons dag");
        days.put(LocalDate.of(year, 12, 24), "julafton");
        days.put(LocalDate.of(year, 12, 25), "juldagen");
        days.put(LocalDate.of(year, 12, 26), "annandag jul");
        days.put(LocalDate.of(year, 12, 31), "nyårsafton");
        return days;
    }

    /** Easter Sunday (Gregorian; the anonymous algorithm, "Meeus/Jones/Butcher"). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }

    /** The holiday (or day off) on this date, by name. */
    public static Optional<String> holiday(LocalDate date) {
        return Optional.ofNullable(of(date.getYear()).get(date));
    }

    public static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** A weekday that is no holiday. */
    public static boolean isWorkingDay(LocalDate date) {
        return !isWeekend(date) && holiday(date).isEmpty();
    }

    /** A working day between a day off and the weekend (or between two days off): many take it off. */
    public static boolean isBridgeDay(LocalDate date) {
        if (!isWorkingDay(date)) return false;
        LocalDate before = date.minusDays(1);
        LocalDate after = date.plusDays(1);
        return !isWorkingDay(before) && !isWorkingDay(after) && (holiday(before).isPresent() || holiday(after).isPresent());
    }

    /** Whether the date lies in the summer break (inclusive, any year). */
    public static boolean inBreak(LocalDate date, MonthDay from, MonthDay to) {
        MonthDay d = MonthDay.from(date);
        return from.isBefore(to) || from.equals(to) ? !d.isBefore(from) && !d.isAfter(to) : !d.isBefore(from) || !d.isAfter(to);
    }
}
