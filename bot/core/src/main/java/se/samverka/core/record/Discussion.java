package se.samverka.core.record;

import java.util.List;
import java.util.Optional;
import se.samverka.core.domain.AgendaItem;
import se.samverka.core.domain.Note;

/**
 * Which point of a meeting's agenda a note or a decision belongs to: the one asked for, else the point being
 * discussed — the last one that got a note in that meeting.
 */
public final class Discussion {
    private Discussion() {}

    /** Where a record goes. */
    public sealed interface Choice {
        /** @param by how the point was chosen */
        record Point(AgendaItem item, int number, By by) implements Choice {}

        /** A number the agenda does not have. */
        record NoSuchPoint(int asked, int count) implements Choice {}

        /** The meeting has no agenda to write under. */
        record NoAgenda() implements Choice {}
    }

    public enum By { ASKED, DISCUSSED, FIRST }

    /** A note's point: the one asked for, else the one being discussed, else the first. */
    public static Choice forNote(List<AgendaItem> agenda, List<Note> notes, Optional<Integer> asked) {
        if (asked.isPresent()) return asked(agenda, asked.get());
        if (agenda.isEmpty()) return new Choice.NoAgenda();
        return discussed(agenda, notes).<Choice>map(p -> p).orElseGet(() -> new Choice.Point(agenda.get(0), 1, By.FIRST));
    }

    /**
     * A decision's point: the one asked for, else the one being discussed; empty when nothing has been noted yet
     * (the decision is then the meeting's, outside its points).
     */
    public static Optional<Choice> forDecision(List<AgendaItem> agenda, List<Note> notes, Optional<Integer> asked) {
        if (asked.isPresent()) return Optional.of(asked(agenda, asked.get()));
        return discussed(agenda, notes).map(p -> p);
    }

    /** The point the last note of the meeting is under, while it is on the agenda. */
    public static Optional<Choice.Point> discussed(List<AgendaItem> agenda, List<Note> notes) {
        for (int n = notes.size() - 1; n >= 0; n--) {
            long itemId = notes.get(n).agendaItemId();
            for (int i = 0; i < agenda.size(); i++) {
                if (agenda.get(i).id() == itemId) return Optional.of(new Choice.Point(agenda.get(i), i + 1, By.DISCUSSED));
            }
        }
        return Optional.empty();
    }

    private static Choice asked(List<AgendaItem> agenda, int number) {
        if (number < 1 || number > agenda.size()) return new Choice.NoSuchPoint(number, agenda.size());
        return new Choice.Point(agenda.get(number - 1), number, By.ASKED);
    }
}
