package se.samverka.minutes.reading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.samverka.core.domain.Minutes;

/**
 * One document as the stages read it: its lines (from {@link Layout}), and what each stage has found so far — the
 * later stages read what the earlier ones left: the agenda's lines tell a decision which point it is under, the
 * attendance tells the action stage who the people are, and lines a stage has claimed (an attendance list, a
 * round-table entry) are no action sentences.
 */
final class Reading {
    final List<String> lines;
    final Minutes.Meeting meeting;
    final List<Minutes.Person> participants = new ArrayList<>();
    final List<Minutes.Person> absent = new ArrayList<>();
    Optional<String> noteTaker = Optional.empty();
    final List<String> agenda = new ArrayList<>();
    /** The line of each agenda point, to its index in {@link #agenda}. */
    final Map<Integer, Integer> agendaAtLine = new LinkedHashMap<>();
    final List<Minutes.Decision> decisions = new ArrayList<>();
    final List<Minutes.Action> actions = new ArrayList<>();
    final List<Minutes.Report> round = new ArrayList<>();
    final List<Minutes.Meeting> next = new ArrayList<>();
    /** Lines an earlier stage read as something else than running text (attendance, laget runt). */
    final Set<Integer> claimed = new HashSet<>();
    /** Lower-case name words of the meeting's people, and one-word organisations. */
    final Set<String> knownNames = new HashSet<>();
    final Set<String> knownOrgs = new HashSet<>();

    /** A whole document: its head gives the meeting. */
    Reading(String text) {
        this.lines = Layout.lines(Layout.normalize(text));
        this.meeting = Header.meeting(lines);
    }

    /** A text that is not a whole document (a decision typed in chat), read as of {@code today}. */
    Reading(String text, LocalDate today) {
        this.lines = Layout.lines(Layout.normalize(text));
        this.meeting = new Minutes.Meeting(Optional.of(today), Optional.empty(), Optional.empty(), Optional.empty());
    }

    Minutes minutes() {
        return new Minutes(meeting, participants, absent, noteTaker, agenda, decisions, actions, round, next);
    }

    Optional<Integer> year() {
        return meeting.date().map(LocalDate::getYear);
    }

    Optional<Integer> nextNonBlank(int i) {
        for (int j = i + 1; j < lines.size(); j++) if (!lines.get(j).isBlank()) return Optional.of(j);
        return Optional.empty();
    }

    boolean isPoint(int line) {
        return agendaAtLine.containsKey(line);
    }
}
