package se.samverka.minutes.reading;

import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samverka.core.domain.Minutes;

/**
 * The next and planned meetings: at a line that opens with "Nästa möte", "Kommande möten", "Mötestider" … (or has
 * the phrase with a date after it), every date after the meeting's own on that line and the lines under it, with
 * its time and place where the line gives them; not a date the line says it is not ("och inte den 27 mars"); and a
 * later meeting of the body named with its date ("till styrelsens möte 7 mars").
 */
final class NextMeetings {
    private static final Pattern BODYS_MEETING = Pattern.compile("(?iu)\\b(?:styrelsens|gruppens|arbetsgruppens|nämndens|rådets"
            + "|direktionens|utskottets|arbetsutskottets)\\s+(?:nästa\\s+)?(?:möte|sammanträde)\\s+(?:den\\s+)?");
    private static final Pattern NOT_THIS_DATE = Pattern.compile("(?iu)\\binte\\s+(?:den\\s+|på\\s+)?$");
    private static final String TIME_PREFIX = "(?iu)^[,\\s]*(?:kl\\.?\\s*)?\\d{1,2}(?:[.:]\\d{2})?(?:\\s*-\\s*\\d{1,2}(?:[.:]\\d{2})?)?[,.\\s]*";

    private NextMeetings() {}

    static void read(Reading r) {
        for (int i = 0; i < r.lines.size(); i++) {
            Matcher nm = Shapes.NEXT.matcher(r.lines.get(i));
            if (!nm.find()) continue;
            // "… till nästa möte" in a task is a deadline, not the next meeting: the phrase must open the line
            // (a heading, "Nästa möte: …") or a date must follow it on the line
            boolean opens = Shapes.NEXT_OPENS.matcher(r.lines.get(i)).find()
                    || r.lines.get(i).strip().endsWith(":"); // "Styrelsen beslöt om styrelsemötens tidpunkter:" over a list
            if (!opens && SwedishDates.first(r.lines.get(i).substring(nm.end()), r.year(), r.meeting.date()).isEmpty()) continue;
            Integer point = r.agendaAtLine.get(i);
            for (int j = i; j < Math.min(r.lines.size(), i + 14); j++) {
                if (j > i && r.isPoint(j)) break;
                dates(r, r.lines.get(j));
            }
            if (point == null && !r.next.isEmpty()) break;
        }
        bodysMeetings(r);
    }

    /** "… till styrelsens möte 7 mars …": a later meeting of the body, by the date right after the phrase. */
    private static void bodysMeetings(Reading r) {
        for (String line : r.lines) {
            Matcher m = BODYS_MEETING.matcher(line);
            while (m.find()) {
                String after = line.substring(m.end());
                Optional<SwedishDates.Found> d = SwedishDates.first(after, r.year(), r.meeting.date());
                if (d.isEmpty() || d.get().start() > 0 || r.meeting.date().map(x -> !d.get().date().isAfter(x)).orElse(true)) continue;
                if (r.next.stream().noneMatch(x -> x.date().equals(Optional.of(d.get().date())))) {
                    r.next.add(new Minutes.Meeting(Optional.of(d.get().date()), Optional.empty(), Optional.empty(), Optional.empty()));
                }
            }
        }
    }

    /** Every date of the line: "16 april, 25 september samt 10 december". */
    private static void dates(Reading r, String line) {
        for (int from = 0; from < line.length(); ) {
            String rest = line.substring(from);
            Optional<SwedishDates.Found> d = SwedishDates.first(rest, r.year(), r.meeting.date());
            if (d.isEmpty()) break;
            from += d.get().end();
            if (r.meeting.date().map(m -> !d.get().date().isAfter(m)).orElse(false)) continue;
            if (NOT_THIS_DATE.matcher(rest.substring(0, d.get().start())).find()) continue;
            if (r.next.stream().anyMatch(m -> m.date().equals(Optional.of(d.get().date())))) continue;
            String after = rest.substring(d.get().end());
            Matcher nextDate = SwedishDates.DAY_MONTH.matcher(after);
            if (nextDate.find()) after = after.substring(0, nextDate.start());
            Optional<LocalTime[]> range = SwedishDates.range(after);
            String tail = after;
            Optional<LocalTime> start = range.map(t -> t[0]).or(() -> SwedishDates.clock(tail));
            Optional<LocalTime> end = range.map(t -> t[1]);
            String place = after.replaceAll(TIME_PREFIX, "").strip();
            r.next.add(new Minutes.Meeting(Optional.of(d.get().date()), start, end,
                    Optional.of(place).filter(p -> !p.isEmpty() && p.length() < 80 && Character.isUpperCase(p.codePointAt(0)))));
        }
    }
}
