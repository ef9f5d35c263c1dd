package se.samverka.minutes.reading;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates and times as minutes write them (English month names too): 2017-09-05, 24-09-16, 20171127, 8 oktober 2007, den 9e, 13/6, 09.00-12.00, kl. 13. */
final class SwedishDates {
    static final List<String> MONTHS = List.of("januari", "februari", "mars", "april", "maj", "juni", "juli",
            "augusti", "september", "oktober", "november", "december");
    private static final String MONTH = "(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"
            + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec|january|february|march|may|june|july|august|october|oct)\\.?";
    static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b");
    /** "24-09-16", "24.12.06": year, month and day in two digits each, the year in this century. */
    static final Pattern SHORT = Pattern.compile("(?<![\\d.:/-])(\\d{2})([-.])(\\d{2})\\2(\\d{2})(?![\\d:/-]|\\.\\d)");
    /** "20171127": a year, month and day run together. */
    static final Pattern COMPACT = Pattern.compile("(?<![\\d.,/-])((?:19|20)\\d{2})(\\d{2})(\\d{2})(?![\\d,/-]|\\.\\d)");
    /** "8 oktober 2007", "den 9:e mars"; of a meeting over days ("2-3 mars 2013") the first day. */
    static final Pattern DAY_MONTH = Pattern.compile("(?iu)\\b(\\d{1,2})\\.?(?:\\s*[-–]\\s*\\d{1,2}\\.?)?(?::?e|:a)?\\s+" + MONTH + "(?:,?\\s+(\\d{4}))?\\b");
    static final Pattern SLASH = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})(?:[-/](\\d{2,4}))?\\b");
    static final Pattern DAY_ONLY = Pattern.compile("(?iu)\\bden\\s+(\\d{1,2})(?::?e|:a)\\b");
    static final Pattern RANGE = Pattern.compile("(?<![\\d/-])(\\d{1,2})(?:[.:](\\d{2}))?\\s*-\\s*(\\d{1,2})(?:[.:](\\d{2}))?(?![\\d/])");
    static final Pattern CLOCK = Pattern.compile("(?<![\\d/-])(\\d{1,2})[.:](\\d{2})(?![\\d/])");
    static final Pattern KL = Pattern.compile("(?iu)\\bkl(?:ockan|\\.)?\\s*(\\d{1,2})(?:[.:](\\d{2}))?");

    private SwedishDates() {}

    /** A date found in the text with where it ends. */
    record Found(LocalDate date, int start, int end) {}

    /** The first full date (with a day) in the text; a date without a year takes {@code year} (or is skipped). */
    static Optional<Found> first(String text, Optional<Integer> year, Optional<LocalDate> after) {
        Found best = null;
        Matcher iso = ISO.matcher(text);
        if (iso.find()) best = date(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                Integer.parseInt(iso.group(3)), iso.start(), iso.end());
        Matcher sh = SHORT.matcher(text);
        while (sh.find() && (best == null || sh.start() < best.start())) {
            Found f = date(2000 + Integer.parseInt(sh.group(1)), Integer.parseInt(sh.group(3)), Integer.parseInt(sh.group(4)),
                    sh.start(), sh.end());
            if (f != null) {
                best = f;
                break;
            }
        }
        Matcher co = COMPACT.matcher(text);
        while (co.find() && (best == null || co.start() < best.start())) {
            Found f = date(Integer.parseInt(co.group(1)), Integer.parseInt(co.group(2)), Integer.parseInt(co.group(3)),
                    co.start(), co.end());
            if (f != null) {
                best = f;
                break;
            }
        }
        Matcher dm = DAY_MONTH.matcher(text);
        while (dm.find()) {
            if (best != null && dm.start() > best.start()) break;
            int month = month(dm.group(2));
            Integer y = dm.group(3) != null ? Integer.valueOf(dm.group(3)) : year.orElse(null);
            if (y == null) continue;
            Found f = date(y, month, Integer.parseInt(dm.group(1)), dm.start(), dm.end());
            if (f != null && dm.group(3) == null && after.isPresent() && f.date().isBefore(after.get().minusDays(1))) {
                f = new Found(f.date().plusYears(1), f.start(), f.end());
            }
            if (f != null) {
                best = f;
                break;
            }
        }
        if (best == null && year.isPresent()) {
            Matcher sl = SLASH.matcher(text);
            while (sl.find()) {
                Found f = date(year.get(), Integer.parseInt(sl.group(2)), Integer.parseInt(sl.group(1)), sl.start(), sl.end());
                if (f != null) {
                    best = f;
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    static int month(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace(".", "");
        if (w.equals("may")) return 5; // English minutes: the months whose first letters differ
        if (w.startsWith("oct")) return 10;
        for (int i = 0; i < MONTHS.size(); i++) {
            if (MONTHS.get(i).startsWith(w.length() >= 3 ? w.substring(0, 3) : w)) return i + 1;
        }
        return 0;
    }

    private static Found date(int y, int m, int d, int start, int end) {
        if (y < 1900 || y > 2100) return null;
        try {
            return new Found(LocalDate.of(y, m, d), start, end);
        } catch (DateTimeException e) {
            return null;
        }
    }

    static LocalTime time(String hour, String minute) {
        int h = Integer.parseInt(hour);
        int m = minute == null ? 0 : Integer.parseInt(minute);
        if (h > 23 || m > 59) return null;
        return LocalTime.of(h, m);
    }

    /** The first time range in the text ("09.00-12.00", "13-17"), as start and end. */
    static Optional<LocalTime[]> range(String text) {
        Matcher r = RANGE.matcher(text);
        while (r.find()) {
            LocalTime a = time(r.group(1), r.group(2));
            LocalTime b = time(r.group(3), r.group(4));
            if (a != null && b != null && b.isAfter(a) && (r.group(2) != null || r.group(4) != null
                    || Integer.parseInt(r.group(1)) >= 6)) {
                return Optional.of(new LocalTime[] {a, b});
            }
        }
        return Optional.empty();
    }

    /** The first clock time ("17.00", "kl 18", "12:50"). */
    static Optional<LocalTime> clock(String text) {
        Matcher c = CLOCK.matcher(text);
        Matcher k = KL.matcher(text);
        int cs = c.find() ? c.start() : Integer.MAX_VALUE;
        int ks = k.find() ? k.start() : Integer.MAX_VALUE;
        if (cs == Integer.MAX_VALUE && ks == Integer.MAX_VALUE) return Optional.empty();
        return Optional.ofNullable(cs <= ks ? time(c.group(1), c.group(2)) : time(k.group(1), k.group(2)));
    }
}
