package se.samverka.minutes.reading;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samverka.core.domain.Minutes;

/**
 * A task's due date: "senast 15 mars", "före 2025-04-01", "till nästa möte" (the next meeting read), "innan den
 * 12:e", and in English "by 1 June".
 */
final class Due {
    private static final Pattern BY = Pattern.compile("(?iu)\\b(?:senast|innan|före|till|by|before|until)\\s+(.{0,40})");
    private static final Pattern DAY = Pattern.compile("(?iu)^den\\s+(\\d{1,2})(?::?e|:a)");

    private Due() {}

    static Optional<LocalDate> of(Reading r, String task) {
        Matcher by = BY.matcher(task);
        while (by.find()) {
            String rest = by.group(1);
            if (rest.toLowerCase(Locale.ROOT).matches("(?:nästa möte|the next meeting|next meeting).*")) {
                return r.next.stream().map(Minutes.Meeting::date).flatMap(Optional::stream).findFirst();
            }
            Optional<SwedishDates.Found> d = SwedishDates.first(rest, r.year(), r.meeting.date());
            if (d.isPresent()) return Optional.of(d.get().date());
            Matcher day = DAY.matcher(rest);
            if (day.find() && r.meeting.date().isPresent()) {
                try {
                    LocalDate m = r.meeting.date().get();
                    LocalDate due = m.withDayOfMonth(Integer.parseInt(day.group(1)));
                    return Optional.of(due.isBefore(m) ? due.plusMonths(1) : due);
                } catch (DateTimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
