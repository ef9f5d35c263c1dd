package se.samverka.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often a group meets, as people say it: "varannan vecka", "var fjärde vecka på tisdagar", "tredje fredagen
 * varje månad", "första onsdagen i månaden", "sista torsdagen i månaden", "månadsvis", "every 4 weeks", "every other
 * week on Thursdays", "third Friday of every month", "monthly", "en gång i månaden på fredagar", "once a month on Fridays".
 *
 * @param weeks   for a weekly rule, the number of weeks between meetings
 * @param ordinal for an nth-weekday rule, 1–4, or -1 for the last
 * @param weekday the weekday, when the rule names one
 */
public record SeriesRule(Kind kind, int weeks, int ordinal, Optional<DayOfWeek> weekday) {

    public enum Kind { WEEKLY, NTH_WEEKDAY, MONTHLY }

    /** The rule and where in the text it ended. */
    public record Parsed(SeriesRule rule, int start, int end) {}

    private static final Map<String, Integer> COUNTS = Map.ofEntries(
            Map.entry("varje", 1), Map.entry("varannan", 2), Map.entry("var annan", 2), Map.entry("var tredje", 3),
            Map.entry("var fjärde", 4), Map.entry("var femte", 5), Map.entry("var sjätte", 6),
            Map.entry("every", 1), Map.entry("every other", 2), Map.entry("every second", 2), Map.entry("every third", 3),
            Map.entry("every fourth", 4));
    private static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("första", 1), Map.entry("andra", 2), Map.entry("tredje", 3), Map.entry("fjärde", 4),
            Map.entry("sista", -1), Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3),
            Map.entry("fourth", 4), Map.entry("last", -1), Map.entry("1:a", 1), Map.entry("2:a", 2), Map.entry("3:e", 3),
            Map.entry("4:e", 4), Map.entry("1st", 1), Map.entry("2nd", 2), Map.entry("3rd", 3), Map.entry("4th", 4));
    private static final Map<String, DayOfWeek> DAYS = Map.ofEntries(
            Map.entry("måndag", DayOfWeek.MONDAY), Map.entry("tisdag", DayOfWeek.TUESDAY), Map.entry("onsdag", DayOfWeek.WEDNESDAY),
            Map.entry("torsdag", DayOfWeek.THURSDAY), Map.entry("fredag", DayOfWeek.FRIDAY), Map.entry("monday", DayOfWeek.MONDAY),
            Map.entry("tuesday", DayOfWeek.TUESDAY), Map.entry("wednesday", DayOfWeek.WEDNESDAY),
            Map.entry("thursday", DayOfWeek.THURSDAY), Map.entry("friday", DayOfWeek.FRIDAY));
    private static final String DAY = "(måndag|tisdag|onsdag|torsdag|fredag|monday|tuesday|wednesday|thursday|friday)";
    private static final Pattern WEEKLY = Pattern.compile("(?iu)\\b(varje|varannan|var annan|var tredje|var fjärde|var femte|"
            + "var sjätte|var (\\d{1,2}):?[ea]|every other|every second|every third|every fourth|every(?: (\\d{1,2}))?)"
            + "\\s+(?:vecka|veckor|weeks?)\\b(?:\\s+(?:på|on)\\s+" + DAY + "(?:ar|en|s)?)?");
    private static final Pattern WEEKLY_WORD = Pattern.compile("(?iu)\\b(veckovis|weekly|biweekly|fortnightly)\\b(?:\\s+(?:på|on)\\s+"
            + DAY + "(?:ar|en|s)?)?");
    private static final Pattern NTH = Pattern.compile("(?iu)\\b(första|andra|tredje|fjärde|sista|first|second|third|fourth|last|"
            + "1:a|2:a|3:e|4:e|1st|2nd|3rd|4th)\\s+" + DAY + "(?:en|s)?\\s+(?:varje månad|i månaden|i varje månad|per månad|"
            + "(?:of\\s+)?(?:every|each|the)\\s+month|a month|monthly)\\b");
    private static final String ON_DAY = "(?:på|on)\\s+" + DAY + "(?:ar|en|s)?";
    private static final Pattern MONTHLY = Pattern.compile("(?iu)(?:\\b" + ON_DAY + "\\s+)?\\b(månadsvis|varje månad|en gång i månaden|"
            + "en gång per månad|en gång varje månad|monthly|every month|once a month)\\b(?:\\s+" + ON_DAY + ")?");

    public SeriesRule {
        if (weeks < 1 || weeks > 12) throw new IllegalArgumentException("weeks 1–12: " + weeks);
    }

    /** The first rule in the text. */
    public static Optional<Parsed> parse(String text) {
        Matcher nth = NTH.matcher(text);
        if (nth.find()) {
            int ordinal = ORDINALS.get(nth.group(1).toLowerCase(Locale.ROOT));
            return Optional.of(new Parsed(new SeriesRule(Kind.NTH_WEEKDAY, 1, ordinal,
                    Optional.of(DAYS.get(nth.group(2).toLowerCase(Locale.ROOT)))), nth.start(), nth.end()));
        }
        Matcher w = WEEKLY.matcher(text);
        if (w.find()) {
            String word = w.group(1).toLowerCase(Locale.ROOT);
            int weeks = w.group(2) != null ? Integer.parseInt(w.group(2))
                    : w.group(3) != null ? Integer.parseInt(w.group(3)) : COUNTS.getOrDefault(word, 1);
            if (weeks < 1 || weeks > 12) return Optional.empty();
            Optional<DayOfWeek> day = Optional.ofNullable(w.group(4)).map(d -> DAYS.get(d.toLowerCase(Locale.ROOT)));
            return Optional.of(new Parsed(new SeriesRule(Kind.WEEKLY, weeks, 0, day), w.start(), w.end()));
        }
        Matcher ww = WEEKLY_WORD.matcher(text);
        if (ww.find()) {
            String word = ww.group(1).toLowerCase(Locale.ROOT);
            int weeks = word.equals("biweekly") || word.equals("fortnightly") ? 2 : 1;
            Optional<DayOfWeek> day = Optional.ofNullable(ww.group(2)).map(d -> DAYS.get(d.toLowerCase(Locale.ROOT)));
            return Optional.of(new Parsed(new SeriesRule(Kind.WEEKLY, weeks, 0, day), ww.start(), ww.end()));
        }
        Matcher m = MONTHLY.matcher(text);
        if (m.find()) {
            Optional<DayOfWeek> day = Optional.ofNullable(m.group(1) != null ? m.group(1) : m.group(3))
                    .map(d -> DAYS.get(d.toLowerCase(Locale.ROOT)));
            return Optional.of(new Parsed(new SeriesRule(Kind.MONTHLY, 1, 0, day), m.start(), m.end()));
        }
        return Optional.empty();
    }

    /**
     * The dates of the rule from {@code first} (the first meeting, or the day to start looking from) to {@code last}
     * inclusive, at most {@code max}.
     */
    public List<LocalDate> dates(LocalDate first, LocalDate last, int max) {
        List<LocalDate> out = new ArrayList<>();
        switch (kind) {
            case WEEKLY -> {
                LocalDate d = weekday.map(w -> first.with(TemporalAdjusters.nextOrSame(w))).orElse(first);
                while (!d.isAfter(last) && out.size() < max) {
                    out.add(d);
                    d = d.plusWeeks(weeks);
                }
            }
            case NTH_WEEKDAY -> {
                YearMonth month = YearMonth.from(first);
                while (out.size() < max) {
                    LocalDate d = nth(month);
                    if (d.isAfter(last)) break;
                    if (!d.isBefore(first)) out.add(d);
                    month = month.plusMonths(1);
                }
            }
            case MONTHLY -> {
                if (weekday.isPresent()) return onWeekdayOfFirst(first).dates(first, last, max);
                for (int i = 0; out.size() < max; i++) {
                    YearMonth ym = YearMonth.from(first).plusMonths(i);
                    LocalDate d = ym.atDay(Math.min(first.getDayOfMonth(), ym.lengthOfMonth()));
                    if (d.isAfter(last)) break;
                    out.add(d);
                }
            }
        }
        return out;
    }

    /**
     * "En gång i månaden på fredagar" from a start date: the weekday in the same week of the month as the first such
     * day from the start (the 2nd Friday, …; the last when it is the 5th), every month.
     */
    private SeriesRule onWeekdayOfFirst(LocalDate first) {
        LocalDate day = first.with(TemporalAdjusters.nextOrSame(weekday.orElseThrow()));
        int week = (day.getDayOfMonth() - 1) / 7 + 1;
        return new SeriesRule(Kind.NTH_WEEKDAY, 1, week > 4 ? -1 : week, weekday);
    }

    private LocalDate nth(YearMonth month) {
        DayOfWeek day = weekday.orElseThrow();
        return ordinal < 0 ? month.atEndOfMonth().with(TemporalAdjusters.lastInMonth(day))
                : month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, day));
    }

    /** The rule in words, Swedish: "var fjärde vecka", "tredje fredagen varje månad", "månadsvis". */
    public String swedish() {
        return switch (kind) {
            case WEEKLY -> (weeks == 1 ? "varje vecka" : weeks == 2 ? "varannan vecka" : "var " + weeks + ":e vecka")
                    + weekday.map(d -> " på " + svDay(d) + "ar").orElse("");
            case NTH_WEEKDAY -> (ordinal < 0 ? "sista" : List.of("första", "andra", "tredje", "fjärde").get(ordinal - 1))
                    + " " + svDay(weekday.orElseThrow()) + "en varje månad";
            case MONTHLY -> "månadsvis" + weekday.map(d -> " på " + svDay(d) + "ar").orElse("");
        };
    }

    private static String svDay(DayOfWeek d) {
        return List.of("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag").get(d.getValue() - 1);
    }
}
