package se.samverka.core.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads dates and times the way Swedish (and English) speakers write them, relative to a given today:
 * "2026-10-20", "20/10", "20 oktober", "den 20:e", "tisdag", "nästa fredag", "i morgon", "om två veckor",
 * "vecka 45", "nästa möte"; times "9-12", "09:00–12:00", "kl. 13".
 *
 * <p>A date without a year that has already passed this year is read as next year's, and the match says so,
 * so that the reply can show the reading; the parser never silently picks a past date.
 */
public final class DateParser {

    private static final Map<String, Integer> MONTHS = new LinkedHashMap<>();
    private static final Map<String, DayOfWeek> WEEKDAYS = new LinkedHashMap<>();
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("en", 1), Map.entry("ett", 1), Map.entry("två", 2), Map.entry("tre", 3),
            Map.entry("fyra", 4), Map.entry("fem", 5), Map.entry("sex", 6), Map.entry("sju", 7),
            Map.entry("åtta", 8), Map.entry("nio", 9), Map.entry("tio", 10), Map.entry("elva", 11),
            Map.entry("tolv", 12), Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12));

    static {
        String[][] months = {
            {"januari", "january", "jan"}, {"februari", "february", "feb"}, {"mars", "march", "mar"},
            {"april", "apr"}, {"maj", "may"}, {"juni", "june", "jun"}, {"juli", "july", "jul"},
            {"augusti", "august", "aug"}, {"september", "sept", "sep"}, {"oktober", "october", "okt", "oct"},
            {"november", "nov"}, {"december", "dec"}};
        for (int i = 0; i < months.length; i++) {
            for (String name : months[i]) MONTHS.put(name, i + 1);
        }
        String[][] days = {
            {"måndag", "monday", "mon"}, {"tisdag", "tuesday", "tue", "tues"}, {"onsdag", "wednesday", "wed"},
            {"torsdag", "thursday", "thu", "thurs"}, {"fredag", "friday", "fri"}, {"lördag", "saturday", "sat"},
            {"söndag", "sunday", "sun"}};
        for (int i = 0; i < days.length; i++) {
            for (String name : days[i]) WEEKDAYS.put(name, DayOfWeek.of(i + 1));
        }
    }

    private static final String MONTH = alternation(MONTHS.keySet());
    private static final String WEEKDAY = alternation(WEEKDAYS.keySet());
    private static final String NUMBER = "\\d{1,3}|" + alternation(NUMBERS.keySet());
    private static final String ORDINAL = "(?::e|:a|e|st|nd|rd|th)?";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})", FLAGS);
    private static final Pattern SLASH = Pattern.compile("(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?", FLAGS);
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?:den\\s+|the\\s+)?(\\d{1,2})" + ORDINAL + "\\.?\\s+(?:of\\s+)?(" + MONTH + ")\\.?(?:,?\\s+(\\d{4}))?", FLAGS);
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(" + MONTH + ")\\.?\\s+(\\d{1,2})" + ORDINAL + "(?:,?\\s+(\\d{4}))?", FLAGS);
    private static final Pattern TODAY = Pattern.compile("i\\s*dag|today", FLAGS);
    private static final Pattern TOMORROW = Pattern.compile("i\\s*morgon|tomorrow", FLAGS);
    private static final Pattern DAY_AFTER_TOMORROW =
            Pattern.compile("(?:i\\s*)?övermorgon|(?:the\\s+)?day\\s+after\\s+tomorrow", FLAGS);
    private static final Pattern IN = Pattern.compile(
            "(?:om|in)\\s+(" + NUMBER + ")\\s+(dagar|dag|veckor|vecka|månader|månad|days|day|weeks|week|months|month)",
            FLAGS);
    private static final Pattern NEXT_WEEKDAY = Pattern.compile("(?:nästa|next)\\s+(" + WEEKDAY + ")(?:en)?", FLAGS);
    private static final Pattern WEEKDAY_WEEK = Pattern.compile(
            "(?:på\\s+|on\\s+|this\\s+)?(" + WEEKDAY + ")(?:en)?"
                    + "(?:\\s+(?:i\\s+|in\\s+)?(?:vecka|v\\.|week)\\s*(\\d{1,2})(?:\\s+(\\d{4}))?)?", FLAGS);
    private static final Pattern WEEK = Pattern.compile("(?:vecka|v\\.|week)\\s*(\\d{1,2})(?:\\s+(\\d{4}))?", FLAGS);
    private static final Pattern DAY_OF_MONTH = Pattern.compile("(?:den|the)\\s+(\\d{1,2})" + ORDINAL, FLAGS);
    private static final Pattern NEXT_MEETING =
            Pattern.compile("(?:till\\s+|the\\s+)?(?:nästa\\s+möte(?:t)?|next\\s+meeting)", FLAGS);

    private static final String CLOCK = "(?:kl\\.?\\s*|klockan\\s+|at\\s+|from\\s+)";
    private static final Pattern TIME_RANGE = Pattern.compile(
            CLOCK + "?(\\d{1,2})(?:[:.](\\d{2}))?(?:\\s*(am|pm))?\\s*(?:-|–|—|till|to|until)\\s*(?:kl\\.?\\s*)?"
                    + "(\\d{1,2})(?:[:.](\\d{2}))?(?:\\s*(am|pm))?", FLAGS);
    private static final Pattern TIME_CLOCK = Pattern.compile(CLOCK + "(\\d{1,2})(?:[:.](\\d{2}))?(?:\\s*(am|pm))?", FLAGS);
    private static final Pattern TIME_MINUTES = Pattern.compile("(\\d{1,2})[:.](\\d{2})(?:\\s*(am|pm))?", FLAGS);
    private static final Pattern TIME_AMPM = Pattern.compile("(\\d{1,2})\\s*(am|pm)", FLAGS);

    private final LocalDate today;
    private final Supplier<Optional<LocalDate>> nextMeeting;

    /**
     * @param today       the group's today
     * @param nextMeeting the date of the group's next meeting, asked only when "nästa möte" is written
     */
    public DateParser(LocalDate today, Supplier<Optional<LocalDate>> nextMeeting) {
        this.today = today;
        this.nextMeeting = nextMeeting;
    }

    public LocalDate today() {
        return today;
    }

    /** A date at {@code from} in {@code text}, after any spaces; empty when there is none. */
    public Optional<DateMatch> date(String text, int from) {
        int start = skipSpaces(text, from);
        Matcher m;
        if ((m = match(ISO, text, start)) != null) {
            return Optional.of(exact(text, m, num(m, 1), num(m, 2), num(m, 3)));
        }
        if ((m = match(SLASH, text, start)) != null) {
            return Optional.of(m.group(3) == null
                    ? yearless(text, m, num(m, 2), num(m, 1))
                    : exact(text, m, fullYear(m.group(3)), num(m, 2), num(m, 1)));
        }
        if ((m = match(DAY_MONTH, text, start)) != null) {
            int month = MONTHS.get(lower(m.group(2)));
            return Optional.of(m.group(3) == null ? yearless(text, m, month, num(m, 1))
                    : exact(text, m, num(m, 3), month, num(m, 1)));
        }
        if ((m = match(MONTH_DAY, text, start)) != null) {
            int month = MONTHS.get(lower(m.group(1)));
            return Optional.of(m.group(3) == null ? yearless(text, m, month, num(m, 2))
                    : exact(text, m, num(m, 3), month, num(m, 2)));
        }
        if ((m = match(DAY_AFTER_TOMORROW, text, start)) != null) return Optional.of(relative(m, today.plusDays(2)));
        if ((m = match(TOMORROW, text, start)) != null) return Optional.of(relative(m, today.plusDays(1)));
        if ((m = match(TODAY, text, start)) != null) return Optional.of(relative(m, today));
        if ((m = match(IN, text, start)) != null) return Optional.of(relative(m, in(m.group(1), m.group(2))));
        if ((m = match(NEXT_MEETING, text, start)) != null) {
            String written = m.group();
            LocalDate next = nextMeeting.get().orElseThrow(() -> new DateProblem("date.noNextMeeting", written));
            return Optional.of(relative(m, next));
        }
        if ((m = match(NEXT_WEEKDAY, text, start)) != null) {
            DayOfWeek day = WEEKDAYS.get(lower(m.group(1)));
            return Optional.of(relative(m, today.plusWeeks(1).with(DayOfWeek.MONDAY).with(day)));
        }
        if ((m = match(WEEKDAY_WEEK, text, start)) != null) {
            DayOfWeek day = WEEKDAYS.get(lower(m.group(1)));
            if (m.group(2) != null) return Optional.of(week(text, m, num(m, 2), m.group(3), day));
            return Optional.of(relative(m, today.with(TemporalAdjusters.next(day))));
        }
        if ((m = match(WEEK, text, start)) != null) {
            return Optional.of(week(text, m, num(m, 1), m.group(2), DayOfWeek.MONDAY));
        }
        if ((m = match(DAY_OF_MONTH, text, start)) != null) return Optional.of(dayOfMonth(text, m, num(m, 1)));
        return Optional.empty();
    }

    /** A time or time range at {@code from} in {@code text}; empty when there is none. */
    public Optional<TimeMatch> time(String text, int from) {
        int start = skipSpaces(text, from);
        Matcher m;
        if ((m = match(TIME_RANGE, text, start)) != null) {
            LocalTime begin = clock(text, m, 1, 2, 3 /* am/pm of start, else of end */, 6);
            LocalTime end = clock(text, m, 4, 5, 6, 6);
            if (!end.isAfter(begin)) throw new DateProblem("time.endBeforeStart", m.group());
            return Optional.of(new TimeMatch(new TimeRange(begin, Optional.of(end)), m.end()));
        }
        if ((m = match(TIME_CLOCK, text, start)) != null || (m = match(TIME_MINUTES, text, start)) != null) {
            return Optional.of(new TimeMatch(new TimeRange(clock(text, m, 1, 2, 3, 3), Optional.empty()), m.end()));
        }
        if ((m = match(TIME_AMPM, text, start)) != null) {
            LocalTime at = clock(text, m, 1, -1, 2, 2);
            return Optional.of(new TimeMatch(new TimeRange(at, Optional.empty()), m.end()));
        }
        return Optional.empty();
    }

    /** A date, a time or both (in either order) at {@code from}; empty when there is neither. */
    public Optional<When> when(String text, int from) {
        Optional<DateMatch> date = date(text, from);
        if (date.isPresent()) {
            Optional<TimeMatch> time = time(text, date.get().end());
            return Optional.of(new When(date, time, time.map(TimeMatch::end).orElse(date.get().end())));
        }
        Optional<TimeMatch> time = time(text, from);
        if (time.isEmpty()) return Optional.empty();
        Optional<DateMatch> after = date(text, time.get().end());
        return Optional.of(new When(after, time, after.map(DateMatch::end).orElse(time.get().end())));
    }

    /** The whole of {@code text} as one date (trailing punctuation allowed); empty when it is not just a date. */
    public Optional<DateMatch> wholeDate(String text) {
        return date(text, 0).filter(d -> text.substring(d.end()).replaceAll("[\\s.,;:!?)]", "").isEmpty());
    }

    // ---------------------------------------------------------------------------------------------------------

    private static Matcher match(Pattern pattern, String text, int start) {
        Matcher m = pattern.matcher(text);
        m.region(start, text.length());
        if (!m.lookingAt()) return null;
        return endsAtBoundary(text, m.end()) ? m : null;
    }

    private static boolean endsAtBoundary(String text, int end) {
        if (end >= text.length()) return true;
        char c = text.charAt(end);
        return Character.isWhitespace(c) || ",.;:!?)(".indexOf(c) >= 0;
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }

    private DateMatch exact(String text, Matcher m, int year, int month, int day) {
        return new DateMatch(of(text, m, year, month, day), m.end(), true, false);
    }

    private DateMatch yearless(String text, Matcher m, int month, int day) {
        LocalDate date = of(text, m, today.getYear(), month, day);
        if (date.isBefore(today)) {
            LocalDate next = of(text, m, today.getYear() + 1, month, day);
            return new DateMatch(next, m.end(), false, true);
        }
        return new DateMatch(date, m.end(), false, false);
    }

    private DateMatch dayOfMonth(String text, Matcher m, int day) {
        if (day < 1 || day > 31) throw new DateProblem("date.invalid", m.group().strip()); // "den 0" is in no month
        LocalDate candidate = today.withDayOfMonth(1);
        for (int i = 0; i < 13; i++, candidate = candidate.plusMonths(1)) {
            if (day <= candidate.lengthOfMonth() && !candidate.withDayOfMonth(day).isBefore(today)) {
                return new DateMatch(candidate.withDayOfMonth(day), m.end(), true, false);
            }
        }
        throw new DateProblem("date.invalid", m.group());
    }

    private DateMatch week(String text, Matcher m, int week, String yearText, DayOfWeek day) {
        boolean yearGiven = yearText != null;
        int year = yearGiven ? Integer.parseInt(yearText) : today.get(IsoFields.WEEK_BASED_YEAR);
        LocalDate date = weekDate(m, year, week, day);
        if (!yearGiven && date.with(DayOfWeek.SUNDAY).isBefore(today)) {
            return new DateMatch(weekDate(m, year + 1, week, day), m.end(), false, true);
        }
        return new DateMatch(date, m.end(), yearGiven, false);
    }

    private static LocalDate weekDate(Matcher m, int year, int week, DayOfWeek day) {
        LocalDate jan4 = LocalDate.of(year, 1, 4);
        if (week < 1 || week > IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(jan4).getMaximum()) {
            throw new DateProblem("date.noSuchWeek", m.group());
        }
        return jan4.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(day);
    }

    private static DateMatch relative(Matcher m, LocalDate date) {
        return new DateMatch(date, m.end(), true, false);
    }

    private LocalDate in(String amountText, String unitText) {
        int amount = NUMBERS.getOrDefault(lower(amountText), -1);
        if (amount < 0) amount = Integer.parseInt(amountText);
        String unit = lower(unitText);
        if (unit.startsWith("dag") || unit.startsWith("day")) return today.plusDays(amount);
        if (unit.startsWith("veck") || unit.startsWith("week")) return today.plusWeeks(amount);
        return today.plusMonths(amount);
    }

    private static LocalDate of(String text, Matcher m, int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new DateProblem("date.invalid", m.group().strip());
        }
    }

    private static LocalTime clock(String text, Matcher m, int hourGroup, int minuteGroup, int ampmGroup,
                                   int fallbackAmpmGroup) {
        int hour = Integer.parseInt(m.group(hourGroup));
        int minute = minuteGroup > 0 && m.group(minuteGroup) != null ? Integer.parseInt(m.group(minuteGroup)) : 0;
        String ampm = m.group(ampmGroup) != null ? m.group(ampmGroup) : m.group(fallbackAmpmGroup);
        if (ampm != null) {
            if (hour < 1 || hour > 12) throw new DateProblem("time.invalid", m.group().strip());
            hour = hour % 12 + (lower(ampm).equals("pm") ? 12 : 0);
        }
        if (hour > 23 || minute > 59) throw new DateProblem("time.invalid", m.group().strip());
        return LocalTime.of(hour, minute);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int fullYear(String year) {
        int y = Integer.parseInt(year);
        return year.length() == 2 ? 2000 + y : y;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static String alternation(java.util.Collection<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }
}
