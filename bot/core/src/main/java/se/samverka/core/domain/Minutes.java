package se.samverka.core.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * What a minutes document says, in the shape of the evaluation schema (see ../shared/eval/README.md), and the
 * discussion written under each agenda item ({@code discussion.get(i)} for {@code agendaItems.get(i)}, blank when
 * there is none; the decisions, action items and laget runt reports are not in it).
 */
public record Minutes(Meeting meeting, List<Person> participants, List<Person> absent, Optional<String> noteTaker,
                      List<String> agendaItems, List<Decision> decisions, List<Action> actionItems,
                      List<Report> roundTable, List<Meeting> nextMeetings, List<String> discussion) {

    public Minutes {
        discussion = List.copyOf(discussion);
    }

    /** Without the discussion text. */
    public Minutes(Meeting meeting, List<Person> participants, List<Person> absent, Optional<String> noteTaker,
                   List<String> agendaItems, List<Decision> decisions, List<Action> actionItems,
                   List<Report> roundTable, List<Meeting> nextMeetings) {
        this(meeting, participants, absent, noteTaker, agendaItems, decisions, actionItems, roundTable, nextMeetings,
                List.of());
    }

    /** The same, with the discussion under each agenda item. */
    public Minutes withDiscussion(List<String> perItem) {
        return new Minutes(meeting, participants, absent, noteTaker, agendaItems, decisions, actionItems, roundTable,
                nextMeetings, perItem);
    }

    /** The discussion under agenda item {@code i}; blank when none was read. */
    public String discussionOf(int i) {
        return i >= 0 && i < discussion.size() ? discussion.get(i) : "";
    }

    public record Meeting(Optional<LocalDate> date, Optional<LocalTime> start, Optional<LocalTime> end,
                          Optional<String> place) {}

    public record Person(String name, Optional<String> org) {}

    /** @param agendaItem the index of the point it was made under, from 0 */
    public record Decision(String text, Optional<Integer> agendaItem) {}

    public record Action(List<String> owners, String task, Optional<LocalDate> due, String sourceText) {}

    public record Report(String name, String report) {}
}
