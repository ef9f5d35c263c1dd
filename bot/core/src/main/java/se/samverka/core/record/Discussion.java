package se.samverka.core.record;

import java.util.List;
import java.util.Optional;
import se.samverka.core.agenda.AgendaLayout;
import se.samverka.core.domain.AgendaItem;
import se.samverka.core.domain.Note;

/**
 * Which point of a meeting's agenda a note or a decision belongs to: the one asked for, else the point being
 * discussed — the last one that got a note in that meeting. Points go by the agenda's own numbers, which stay fixed
 * once it is sent (a removed point leaves a gap).
 */
public final class Discussion {
    private Discussion() {}

    /** Where a record goes. */
    public sealed interface Choice {
        /** @param by how the point was chosen */
        record Point(AgendaItem item, String number, By by) implements Choice {}

        /** A number the agenda does not have. */
        record NoSuchPoint(String asked, int count) implements Choice {}

        /** The meeting has no agenda to write under. */
        record NoAgenda() implements Choice {}
    }

    public enum By { ASKED, DISCUSSED, FIRST }

    /** A note's point: the one asked for, else the one being discussed, else the first. */
    public static Choice forNote(AgendaLayout agenda, List<Note> notes, Optional<String> asked) {
        if (asked.isPresent()) return asked(agenda, asked.get());
        if (agenda.items().isEmpty()) return new Choice.NoAgenda();
        AgendaItem first = agenda.items().get(0);
        return discussed(agenda, notes).<Choice>map(p -> p)
                .orElseGet(() -> new Choice.Point(first, number(agenda, first), By.FIRST));
    }

    /**
     * A decision's point: the one asked for, else the one being discussed; empty when nothing has been noted yet
     * (the decision is then the meeting's, outside its points).
     */
    public static Optional<Choice> forDecision(AgendaLayout agenda, List<Note> notes, Optional<String> asked) {
        if (asked.isPresent()) return Optional.of(asked(agenda, asked.get()));
        return discussed(agenda, notes).map(p -> p);
    }

    /** The point the last note of the meeting is under, while it is on the agenda. */
    public static Optional<Choice.Point> discussed(AgendaLayout agenda, List<Note> notes) {
        for (int n = notes.size() - 1; n >= 0; n--) {
            Optional<AgendaLayout.Line> line = agenda.lineOf(notes.get(n).agendaItemId());
            if (line.isPresent()) return Optional.of(new Choice.Point(line.get().item(), line.get().label(), By.DISCUSSED));
        }
        return Optional.empty();
    }

    private static Choice asked(AgendaLayout agenda, String number) {
        return agenda.line(number).<Choice>map(l -> new Choice.Point(l.item(), number, By.ASKED))
                .orElseGet(() -> new Choice.NoSuchPoint(number, agenda.items().size()));
    }

    private static String number(AgendaLayout agenda, AgendaItem item) {
        return agenda.lineOf(item.id()).map(AgendaLayout.Line::label).orElse("1");
    }
}
