package se.samverka.core.minutes;

import java.util.ArrayList;
import java.util.List;
import se.samverka.core.domain.Minutes;

/**
 * Whether what was read from a document is the record of a meeting held. Minutes name the day of the meeting and
 * say something only a meeting leaves: who took part (or sent apologies, or kept the notes), what was decided or
 * who does what, laget runt, the time it started or when the group meets next. Without a date they still count
 * when they say both who took part and what was decided. A plan, a presentation or a letter has headings and may
 * have a date, and sometimes a sentence that decides, but not that.
 */
public final class MinutesEvidence {

    /** What a document lacks that minutes have. */
    public enum Missing { DATE, PEOPLE, RECORDS }

    /** @param missing what the document lacks, in the order above (also when it is minutes) */
    public record Verdict(boolean minutes, List<Missing> missing) {}

    private MinutesEvidence() {}

    public static Verdict of(Minutes m) {
        boolean date = m.meeting().date().isPresent();
        boolean people = !m.participants().isEmpty() || !m.absent().isEmpty() || m.noteTaker().isPresent();
        boolean records = !m.decisions().isEmpty() || !m.actionItems().isEmpty() || !m.roundTable().isEmpty();
        boolean held = m.meeting().start().isPresent() || !m.nextMeetings().isEmpty();
        List<Missing> missing = new ArrayList<>();
        if (!date) missing.add(Missing.DATE);
        if (!people) missing.add(Missing.PEOPLE);
        if (!records) missing.add(Missing.RECORDS);
        return new Verdict(date && (people || records || held) || people && records, List.copyOf(missing));
    }
}
