package se.samverka.minutes.reading;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samverka.core.domain.Minutes;

/**
 * The head of the document: the meeting's date (the first date of the first lines), its start and end ("Tid:
 * 09.00-12.00", "Tid och plats: … mellan 13.00 och 15.00", "kl. 18.00-20.00", "Mötet öppnades 9.05", "… som pågick kl.
 * 13.00 - 15.00") and place.
 */
final class Header {
    private static final Pattern PLACE = Pattern.compile("(?iu)^\\s*(?:#+\\s*)?(?:plats|lokal)(?:\\s+och\\s+tid)?\\s*:?\\s*(.*)$");
    /** The time after the place on a "Plats och tid" line (", kl. 09.00-11.30"). */
    private static final Pattern TIME_AFTER = Pattern.compile("(?iu),?\\s*(?:kl(?:ockan|\\.)?\\s*\\d{1,2}|\\d{1,2}[.:]\\d{2}\\s*-\\s*\\d{1,2}[.:]\\d{2}).*$");
    private static final Pattern TIME_AND_PLACE = Pattern.compile("(?iu)^\\s*tid och plats\\s*:\\s*(.*)$");
    private static final Pattern BETWEEN = Pattern.compile("(?iu)mellan\\s+(\\d{1,2})[.:](\\d{2})\\s+och\\s+(\\d{1,2})[.:](\\d{2})");
    private static final Pattern TID = Pattern.compile("(?iu)(?:^|\\s)tid\\b\\s*:?\\s*(.*)$");
    private static final Pattern MEETING_RANGE = Pattern.compile("(?iu)möte\\s+(\\d{1,2}(?:[.:]\\d{2})?\\s*-\\s*\\d{1,2}(?:[.:]\\d{2})?)");
    private static final Pattern KL_RANGE = Pattern.compile("(?iu)\\bkl(?:ockan|\\.)?\\s*(\\d{1,2}(?:[.:]\\d{2})?\\s*-\\s*\\d{1,2}(?:[.:]\\d{2})?)");
    private static final Pattern OPENED = Pattern.compile("(?iu)(?:öppna\\w*|öppnande)\\D{0,25}?(\\d{1,2}[.:]\\d{2})");
    private static final Pattern CLOSED = Pattern.compile("(?iu)(?:avslut\\w*|avslutande)\\D{0,25}?(\\d{1,2}[.:]\\d{2})");

    private static final Pattern LASTED = Pattern.compile("(?iu)\\bpågick\\s+(?:mellan\\s+)?(?:kl(?:ockan|\\.)?\\s*)?"
            + "(\\d{1,2}[.:]\\d{2}\\s*-\\s*\\d{1,2}[.:]\\d{2})");
    private static final Pattern DATE_LABEL = Pattern.compile("(?iu)(?:^|\\n)\\s*datum\\s*:?\\s*(\\d{2})(\\d{2})(\\d{2})(?!\\d)");

    private Header() {}

    /** The meeting the document is the minutes of. */
    static Minutes.Meeting meeting(List<String> lines) {
        // the head, without a next meeting's line (a copy run together has "Nästa möte … kl 13-15" among its first lines)
        String head = String.join("\n", lines.subList(0, Math.min(lines.size(), 12)).stream()
                .filter(l -> !Shapes.NEXT_OPENS.matcher(l).find() && !Shapes.NEXT.matcher(l).find()).toList());
        Optional<LocalDate> date = SwedishDates.first(head, Optional.empty(), Optional.empty()).map(SwedishDates.Found::date)
                .or(() -> labelledSixDigits(head));
        Fields f = new Fields();
        for (int i = 0; i < Math.min(lines.size(), 15); i++) f.read(lines, i);
        String all = String.join("\n", lines);
        if (f.start.isEmpty()) { // "2025-05-06 kl. 18.00-20.00"
            Matcher kl = KL_RANGE.matcher(head);
            Optional<LocalTime[]> range = kl.find() ? SwedishDates.range(kl.group(1)) : Optional.empty();
            if (range.isPresent()) {
                f.start = Optional.of(range.get()[0]);
                f.end = Optional.of(range.get()[1]);
            }
        }
        Matcher lasted = LASTED.matcher(all); // "Sammanträdet, som pågick kl. 13.00 - 15.00, förklaras avslutat"
        Optional<LocalTime[]> held = lasted.find() ? SwedishDates.range(lasted.group(1)) : Optional.empty();
        if (held.isPresent() && f.end.isEmpty() && (f.start.isEmpty() || f.start.get().equals(held.get()[0]))) {
            f.start = Optional.of(held.get()[0]);
            f.end = Optional.of(held.get()[1]);
        }
        if (f.start.isEmpty()) {
            Matcher o = OPENED.matcher(all);
            if (o.find()) f.start = SwedishDates.clock(o.group(1));
        }
        if (f.end.isEmpty()) {
            Matcher c = CLOSED.matcher(all);
            LocalTime from = f.start.orElse(null);
            if (c.find() && from != null) f.end = SwedishDates.clock(c.group(1)).filter(t -> t.isAfter(from));
        }
        if (f.start.isEmpty()) {
            Matcher kl = SwedishDates.KL.matcher(head);
            if (kl.find()) f.start = Optional.ofNullable(SwedishDates.time(kl.group(1), kl.group(2)));
        }
        return new Minutes.Meeting(date, f.start, f.end, f.place);
    }

    /** "Datum: 090603": six digits after the date's label are year, month and day. */
    private static Optional<LocalDate> labelledSixDigits(String head) {
        Matcher d = DATE_LABEL.matcher(head);
        if (!d.find()) return Optional.empty();
        try {
            return Optional.of(LocalDate.of(2000 + Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The time and place fields of the head's lines. */
    private static final class Fields {
        Optional<LocalTime> start = Optional.empty();
        Optional<LocalTime> end = Optional.empty();
        Optional<String> place = Optional.empty();

        void read(List<String> lines, int i) {
            String line = lines.get(i);
            Matcher tp = TIME_AND_PLACE.matcher(line);
            if (tp.find()) {
                String rest = tp.group(1);
                Matcher between = BETWEEN.matcher(rest);
                if (between.find()) {
                    start = Optional.ofNullable(SwedishDates.time(between.group(1), between.group(2)));
                    end = Optional.ofNullable(SwedishDates.time(between.group(3), between.group(4)));
                    place = Optional.of(rest.substring(0, between.start()).strip()).filter(s -> !s.isEmpty());
                }
                return;
            }
            Matcher tid = TID.matcher(line);
            if (start.isEmpty() && tid.find()) {
                String rest = tid.group(1);
                Matcher meetingRange = MEETING_RANGE.matcher(rest);
                Optional<LocalTime[]> range = meetingRange.find() ? SwedishDates.range(meetingRange.group(1)) : SwedishDates.range(rest);
                if (range.isPresent()) {
                    start = Optional.of(range.get()[0]);
                    end = Optional.of(range.get()[1]);
                }
            }
            Matcher p = PLACE.matcher(line);
            if (place.isEmpty() && p.find()) {
                String rest = p.group(1).strip();
                if (rest.isEmpty() && i + 1 < lines.size()) rest = lines.get(i + 1).strip();
                place = Optional.of(TIME_AFTER.matcher(rest).replaceFirst("").strip()).filter(s -> !s.isEmpty() && s.length() < 200);
            }
        }
    }
}
