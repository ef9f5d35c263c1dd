package se.samverka.core.minutes;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.samverka.core.domain.Attendance;
import se.samverka.core.domain.Group;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.domain.Meeting;
import se.samverka.core.domain.Member;
import se.samverka.core.domain.Minutes;
import se.samverka.core.domain.NewMember;
import se.samverka.core.domain.Role;
import se.samverka.core.engine.Settings;
import se.samverka.core.group.MemberLine;
import se.samverka.core.group.Roster;
import se.samverka.core.justering.Lock;
import se.samverka.core.port.Store;
import se.samverka.core.text.Sha256;

/**
 * Puts old minutes into a group's history: the meeting (or the group's meeting that day), who was there and who
 * sent apologies, the agenda with the discussion under each point as its note, the decisions, the action items
 * (open, owners matched to the roster) and laget runt, merged with what the meeting holds already (see
 * {@link ImportRecords}); the next meetings it plans that are still ahead become meetings. People the roster does
 * not know are added as guests. A document that does not look like minutes ({@link MinutesEvidence}) is refused.
 * One document is one transaction; a document imported before (the same text) changes nothing.
 */
public final class MinutesImport {

    /** How many records of one kind were added and how many were there already. */
    public record Tally(int added, int already) {
        public static final Tally NONE = new Tally(0, 0);
    }

    /**
     * What became of one document.
     *
     * @param missing for {@link Outcome#NOT_MINUTES}: what the document lacks that minutes have
     */
    public record Result(Outcome outcome, Optional<ZonedDateTime> meeting, int people, int guests, Tally agenda,
                         Tally decisions, Tally actions, Tally reports, Tally notes, int plannedMeetings,
                         List<MinutesEvidence.Missing> missing) {
        static Result refused(Outcome outcome, Optional<ZonedDateTime> meeting, List<MinutesEvidence.Missing> missing) {
            return new Result(outcome, meeting, 0, 0, Tally.NONE, Tally.NONE, Tally.NONE, Tally.NONE, Tally.NONE, 0,
                    missing);
        }
    }

    /**
     * NOT_MINUTES: not the record of a meeting; NO_DATE: minutes, but of which day they do not say; LOCKED: the
     * group's meeting that day has justerade minutes (nothing is added to them).
     */
    public enum Outcome { IMPORTED, ALREADY_IMPORTED, NOT_MINUTES, NO_DATE, LOCKED }

    private final Store store;
    private final Clock clock;
    private final Settings settings;

    public MinutesImport(Store store, Clock clock, Settings settings) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Imports one document's content into the group; {@code text} is the document's text (its digest is the key). */
    public Result importInto(Group group, String fileName, String text, Minutes minutes) {
        String digest = digest(text);
        GroupScope scope = group.scope();
        return store.transactions().inTransaction(() -> {
            Optional<Long> before = store.imports().meetingOf(scope, digest);
            if (before.isPresent()) {
                Optional<ZonedDateTime> at = store.meetings().byId(scope, before.get()).map(m -> m.startIn(group.zone()));
                return Result.refused(Outcome.ALREADY_IMPORTED, at, List.of());
            }
            MinutesEvidence.Verdict verdict = MinutesEvidence.of(minutes);
            if (!verdict.minutes()) return Result.refused(Outcome.NOT_MINUTES, Optional.empty(), verdict.missing());
            if (minutes.meeting().date().isEmpty()) return Result.refused(Outcome.NO_DATE, Optional.empty(), List.of());
            Optional<Meeting> locked = store.meetings().all(scope).stream()
                    .filter(m -> !m.cancelled() && m.startIn(group.zone()).toLocalDate().equals(minutes.meeting().date().get()))
                    .filter(m -> Lock.locking(store.justering(), scope, m.id()).isPresent())
                    .findFirst();
            if (locked.isPresent()) {
                return Result.refused(Outcome.LOCKED, Optional.of(locked.get().startIn(group.zone())), List.of());
            }
            return carryOut(group, fileName, digest, minutes);
        }, r -> r.outcome() == Outcome.IMPORTED);
    }

    private Result carryOut(Group group, String fileName, String digest, Minutes minutes) {
        GroupScope scope = group.scope();
        Instant now = clock.instant();
        Meeting meeting = meetingOf(group, digest, minutes);
        int[] guests = {0};
        Map<String, Member> people = new LinkedHashMap<>();
        Map<Long, Attendance.Status> known = new HashMap<>();
        store.attendance().forMeeting(scope, meeting.id()).forEach(a -> known.put(a.memberId(), a.status()));
        attend(scope, meeting, minutes.participants(), Attendance.Status.PRESENT, known, people, guests);
        attend(scope, meeting, minutes.absent(), Attendance.Status.ABSENT, known, people, guests);
        if (meeting.noteTakerId().isEmpty()) {
            minutes.noteTaker().flatMap(n -> person(scope, n, Optional.empty(), guests))
                    .ifPresent(m -> store.meetings().setNoteTaker(scope, meeting.id(), m.id()));
        }
        ImportRecords records = new ImportRecords(store, scope, meeting, name -> person(scope, name, Optional.empty(), guests));
        Tally agenda = records.agenda(minutes.agendaItems());
        Tally decisions = records.decisions(minutes.decisions());
        Tally actions = records.actions(minutes.actionItems());
        Tally reports = records.reports(minutes.roundTable());
        Tally notes = records.notes(minutes);
        int planned = PlannedMeetings.add(store.meetings(), group, settings, minutes, digest, now);
        store.imports().record(scope, digest, ImportRecords.cut(fileName, 300), meeting.id(), now);
        store.audit().record(scope, Optional.empty(), "minutes.import", fileName, now);
        return new Result(Outcome.IMPORTED, Optional.of(meeting.startIn(group.zone())), people.size(), guests[0],
                agenda, decisions, actions, reports, notes, planned, List.of());
    }

    /** The group's meeting that day, or a new one at the time the minutes give. */
    private Meeting meetingOf(Group group, String digest, Minutes minutes) {
        LocalTime startTime = minutes.meeting().start().orElse(settings.meetingStart());
        ZonedDateTime start = minutes.meeting().date().get().atTime(startTime).atZone(group.zone());
        ZonedDateTime end = minutes.meeting().end().filter(e -> e.isAfter(startTime))
                .map(e -> minutes.meeting().date().get().atTime(e).atZone(group.zone()))
                .orElse(start.plusHours(3));
        return store.meetings().all(group.scope()).stream()
                .filter(m -> !m.cancelled() && m.startIn(group.zone()).toLocalDate().equals(start.toLocalDate()))
                .findFirst()
                .orElseGet(() -> store.meetings().add(group.scope(), start.toInstant(), end.toInstant(),
                        minutes.meeting().place(), Optional.empty(), "import-" + digest.substring(0, 24) + "@samverka"));
    }

    /** Attendance for those the meeting has none for yet (what the group recorded itself stays). */
    private void attend(GroupScope scope, Meeting meeting, List<Minutes.Person> who, Attendance.Status status,
                        Map<Long, Attendance.Status> known, Map<String, Member> people, int[] guests) {
        for (Minutes.Person p : who) {
            person(scope, p.name(), p.org(), guests).ifPresent(m -> {
                people.put(m.name(), m);
                if (known.putIfAbsent(m.id(), status) == null) {
                    store.attendance().set(scope, meeting.id(), m.id(), status, meeting.start());
                }
            });
        }
    }

    /**
     * The roster member the minutes mean ("Tor Jacobsen", "Boel", "Laholm", a close misspelling), or a new guest
     * when the name is nobody on the roster; empty for what cannot be a name or is ambiguous.
     */
    private Optional<Member> person(GroupScope scope, String name, Optional<String> org, int[] guests) {
        String clean = name.replaceAll("\\([^)]*\\)", " ").replaceAll("\\s+", " ").strip();
        List<Member> everyone = store.members().roster(scope);
        Roster roster = new Roster(everyone);
        Roster.Lookup lookup = roster.find(clean);
        if (lookup instanceof Roster.Lookup.Found f) return Optional.of(f.member());
        if (lookup instanceof Roster.Lookup.Ambiguous) return Optional.empty();
        if (lookup instanceof Roster.Lookup.NotFound nf && nf.suggestions().size() == 1 && clean.length() >= 4
                && !clean.contains(" ")) {
            return Optional.of(nf.suggestions().get(0)); // "Beol" for Boel
        }
        if (!MemberLine.validName(clean) || clean.toLowerCase(Locale.ROOT).equals("alla")) return Optional.empty();
        guests[0]++;
        return Optional.of(store.members().add(scope, new NewMember(clean, org, Optional.empty(), Role.GUEST)));
    }

    static String digest(String text) {
        return HexFormat.of().formatHex(Sha256.of(text.strip()));
    }
}
