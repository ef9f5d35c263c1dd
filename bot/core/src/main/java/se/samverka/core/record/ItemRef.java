package se.samverka.core.record;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samverka.core.domain.Meeting;

/**
 * Where a note or a decision goes, as written before its text: {@code [<möte>] [punkt <nr>:] <text>} —
 * "punkt 2: Fbg: …", "punkt 2.1: …" (a sub-item), "18 september punkt 2: …", "2017-09-05: …", or only the text.
 *
 * @param meeting the meeting named first, if one was
 * @param item    the point's number as the agenda shows it ("2", "2.1"), if one was given
 * @param text    the rest: the note's or decision's own text, as written (a leading "Fbg:" is text)
 */
public record ItemRef(Optional<Meeting> meeting, Optional<String> item, String text) {
    private static final String POINT = "(?:punkt|point|item|p\\.)\\s*(\\d{1,3}(?:\\.\\d{1,2})?)\\b\\s*[:.,-]?\\s*";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL;
    private static final Pattern POINT_FIRST = Pattern.compile("^" + POINT + "(.*)$", FLAGS);
    private static final Pattern MEETING_THEN_POINT = Pattern.compile("^([^\\n:]{1,60}?)\\s+" + POINT + "(.*)$", FLAGS);
    private static final Pattern DATE_THEN_COLON = Pattern.compile("^([^\\n:]{1,40}?)\\s*:\\s*(.*)$", FLAGS);

    /** Finds the meeting a phrase names as a whole. */
    @FunctionalInterface
    public interface Meetings {
        /**
         * The meeting {@code phrase} names as a whole ("18 september", "förra mötet"); empty when the phrase is not
         * the name of a meeting at all. Throws the caller's refusal when it is a date without a meeting.
         *
         * @param datesOnly only a date counts (for a phrase before a colon, which may just as well be a speaker)
         */
        Optional<Meeting> named(String phrase, boolean datesOnly);
    }

    public static ItemRef parse(String text, Meetings meetings) {
        String s = text.strip();
        Matcher m = POINT_FIRST.matcher(s);
        if (m.matches()) return new ItemRef(Optional.empty(), Optional.of(m.group(1)), m.group(2).strip());
        m = MEETING_THEN_POINT.matcher(s);
        if (m.matches()) {
            Optional<Meeting> meeting = meetings.named(m.group(1).strip(), false);
            if (meeting.isPresent()) return new ItemRef(meeting, Optional.of(m.group(2)), m.group(3).strip());
        }
        m = DATE_THEN_COLON.matcher(s);
        if (m.matches() && m.group(1).matches(".*\\d.*")) {
            Optional<Meeting> meeting = meetings.named(m.group(1).strip(), true);
            if (meeting.isPresent()) return new ItemRef(meeting, Optional.empty(), m.group(2).strip());
        }
        return new ItemRef(Optional.empty(), Optional.empty(), s);
    }
}
