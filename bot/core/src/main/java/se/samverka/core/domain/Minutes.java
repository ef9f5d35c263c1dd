package se.samverka.core.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/** What a minutes document says, in the shape of the evaluation schema (see ../shared/eval/README.md). */
public record Minutes(Meeting meeting, List<Person> participants, List<Person> absent, Optional<String> noteTaker,
                      List<String> agendaItems, List<Decision> decisions, List<Action> actionItems,
                      List<Report> roundTable, List<Meeting> nextMeetings) {

    public record Meeting(Optional<LocalDate> date, Optional<LocalTime> start, Optional<LocalTime> end,
                          Optional<String> place) {}

    public record Person(String name, Optional<String> org) {}

    /** @param agendaItem the index of the point it was made under, from 0 */
    public record Decision(String text, Optional<Integer> agendaItem) {}

    public record Action(List<String> owners, String task, Optional<LocalDate> due, String sourceText) {}

    public record Report(String name, String report) {}
}
