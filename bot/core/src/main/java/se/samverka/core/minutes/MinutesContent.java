package se.samverka.core.minutes;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the minutes of one meeting say, read from the store and not yet laid out: {@link MinutesLayout} turns it
 * into a {@link MinutesDocument}. Texts are final (dates and times already written as the group writes them).
 *
 * @param date       "2017-09-05" (the seed's way) or "5 september 2017"
 * @param entries    the agenda in order: numbered points, and the headings that group them
 * @param other      decisions, actions and notes under no point of the agenda
 * @param carried    "Punkter från föregående möte": the earlier items followed up, as action lines
 */
public record MinutesContent(String group, String date, boolean cancelled, String time, String place,
                             Participants participants, List<Entry> entries, List<Action> carried,
                             Optional<Point> other, List<String> roundTable, Optional<String> nextMeeting,
                             List<String> plannedMeetings, Optional<String> noteTaker) {
    public MinutesContent {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(participants, "participants");
        entries = List.copyOf(entries);
        carried = List.copyOf(carried);
        Objects.requireNonNull(other, "other");
        roundTable = List.copyOf(roundTable);
        Objects.requireNonNull(nextMeeting, "nextMeeting");
        plannedMeetings = List.copyOf(plannedMeetings);
        Objects.requireNonNull(noteTaker, "noteTaker");
    }

    /** @param recorded whether attendance was taken (otherwise those present are the ones called) */
    public record Participants(List<Person> present, List<Person> absent, boolean recorded) {
        public Participants {
            present = List.copyOf(present);
            absent = List.copyOf(absent);
        }
    }

    public record Person(String name, Optional<String> organisation, boolean guest) {
        public Person {
            Objects.requireNonNull(name, "name");
            organisation = Objects.requireNonNull(organisation, "organisation").filter(o -> !o.isBlank());
        }
    }

    /** A line of the agenda in the minutes: a point, or a heading over the points after it ("Samverkan:"). */
    public sealed interface Entry {}

    /** A heading that groups the points after it ("Erfarenhetsutbyte:"); not numbered. */
    public record Section(String title) implements Entry {
        public Section {
            Objects.requireNonNull(title, "title");
        }
    }

    /**
     * A point with what was said and decided under it.
     *
     * @param number "3", or "2.1" for a sub-item; empty for the catch-all "Övriga beslut och åtgärder"
     * @param notes  paragraphs in the order written; "- " paragraphs in a row are one list
     */
    public record Point(String number, String title, List<String> notes, List<String> decisions, List<Action> actions)
            implements Entry {
        public Point {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(title, "title");
            notes = List.copyOf(notes);
            decisions = List.copyOf(decisions);
            actions = List.copyOf(actions);
        }
    }

    /**
     * An action item as the minutes say it: "Boel Abelson-Crossley och Amina Boulaabi kollar upp … (senast …)".
     *
     * @param owners the owners' names already joined as a sentence ("Boel och Amina", "Länsstyrelsen")
     * @param status "öppen"/"klar" for a followed-up item, empty for one made at the meeting
     */
    public record Action(String owners, String task, Optional<String> due, Optional<String> status) {
        public Action {
            Objects.requireNonNull(owners, "owners");
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(status, "status");
        }
    }
}
