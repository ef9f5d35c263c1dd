package se.samverka.core.minutes;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.samverka.core.domain.AgendaItem;
import se.samverka.core.domain.Attendance;
import se.samverka.core.domain.Decision;
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
 * sent apologies, the agenda, the decisions, the action items (open, owners matched to the roster) and laget runt.
 * People the roster does not know are added as guests. One document is one transaction; a document imported
 * before (the same text) changes nothing.
 */
public final class MinutesImport {

    /** What became of one document. */
    public record Result(Outcome outcome, Optional<ZonedDateTime> meeting, int people, int guests, int agendaItems,
                         int decisions, int actionItems, int reports, String message) {}

    /** REFUSED: no meeting date; LOCKED: the group's meeting that day has justerade minutes (nothing is added to them). */
    public enum Outcome { IMPORTED, ALREADY_IMPORTED, REFUSED, LOCKED }

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
                return new Result(Outcome.ALREADY_IMPORTED, at, 0, 0, 0, 0, 0, 0, "already imported");
            }
            if (minutes.meeting().date().isEmpty()) {
                return new Result(Outcome.REFUSED, Optional.empty(), 0, 0, 0, 0, 0, 0, "no meeting date found in the document");
            }
            return carryOut(group, fileName, digest, minutes);
        }, r -> r.outcome() == Outcome.IMPORTED);
    }

    private Result carryOut(Group group, String fileName, String digest, Minutes minutes) {
        GroupScope scope = group.scope();
        Instant now = clock.instant();
        LocalTime startTime = minutes.meeting().start().orElse(settings.meetingStart());
        ZonedDateTime start = minutes.meeting().date().get().atTime(startTime).atZone(group.zone());
        ZonedDateTime end = minutes.meeting().end().filter(e -> e.isAfter(startTime))
                .map(e -> minutes.meeting().date().get().atTime(e).atZone(group.zone()))
                .orElse(start.plusHours(3));
        Optional<Meeting> existing = store.meetings().all(scope).stream()
                .filter(m -> !m.cancelled() && m.startIn(group.zone()).toLocalDate().equals(start.toLocalDate()))
                .findFirst();
        if (existing.filter(m -> Lock.locking(store.justering(), scope, m.id()).isPresent()).isPresent()) {
            return new Result(Outcome.LOCKED, Optional.of(existing.get().startIn(group.zone())), 0, 0, 0, 0, 0, 0,
                    "the minutes of the meeting of " + start.toLocalDate() + " are justerade (locked); nothing imported");
        }
        Meeting meeting = existing
                .orElseGet(() -> store.meetings().add(scope, start.toInstant(), end.toInstant(), minutes.meeting().place(),
                        Optional.empty(), "import-" + digest.substring(0, 24) + "@samverka"));
        int[] guests = {0};
        Map<String, Member> people = new LinkedHashMap<>();
        for (Minutes.Person p : minutes.participants()) {
            person(scope, p.name(), p.org(), guests).ifPresent(m -> {
                people.put(m.name(), m);
                store.attendance().set(scope, meeting.id(), m.id(), Attendance.Status.PRESENT, meeting.start());
            });
        }
        for (Minutes.Person p : minutes.absent()) {
            person(scope, p.name(), p.org(), guests).ifPresent(m -> {
                people.put(m.name(), m);
                store.attendance().set(scope, meeting.id(), m.id(), Attendance.Status.ABSENT, meeting.start());
            });
        }
        minutes.noteTaker().flatMap(n -> person(scope, n, Optional.empty(), guests))
                .ifPresent(m -> store.meetings().setNoteTaker(scope, meeting.id(), m.id()));
        List<AgendaItem> items = new ArrayList<>();
        for (String title : minutes.agendaItems()) {
            items.add(store.agenda().addToMeeting(scope, meeting.id(), cut(title, 500), Optional.empty(), meeting.start()));
        }
        List<Decision> decisions = new ArrayList<>();
        for (Minutes.Decision d : minutes.decisions()) {
            Optional<Long> item = d.agendaItem().filter(i -> i >= 0 && i < items.size()).map(i -> items.get(i).id());
            decisions.add(store.decisions().add(scope, Optional.of(meeting.id()), item, cut(d.text(), 4000),
                    Optional.empty(), meeting.start()));
        }
        int actions = 0;
        for (Minutes.Action a : minutes.actionItems()) {
            List<Long> owners = new ArrayList<>();
            for (String owner : a.owners()) person(scope, owner, Optional.empty(), guests).ifPresent(m -> owners.add(m.id()));
            if (owners.isEmpty()) continue;
            Optional<Long> decision = decisions.stream()
                    .filter(d -> d.text().contains(a.sourceText()) || a.sourceText().contains(d.text()))
                    .map(Decision::id).findFirst();
            store.actions().add(scope, cut(a.task(), 1000), owners.stream().distinct().toList(), a.due(),
                    Optional.of(meeting.id()), Optional.empty(), decision, Optional.empty(), meeting.start());
            actions++;
        }
        int reports = 0;
        for (Minutes.Report r : minutes.roundTable()) {
            Optional<Member> m = person(scope, r.name(), Optional.empty(), guests);
            if (m.isPresent()) {
                store.roundTable().add(scope, meeting.id(), m.get().id(), cut(r.report(), 4000), meeting.start());
                reports++;
            }
        }
        store.imports().record(scope, digest, cut(fileName, 300), meeting.id(), now);
        store.audit().record(scope, Optional.empty(), "minutes.import", fileName, now);
        return new Result(Outcome.IMPORTED, Optional.of(meeting.startIn(group.zone())), people.size(), guests[0],
                items.size(), decisions.size(), actions, reports, "imported");
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

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    static String digest(String text) {
        return HexFormat.of().formatHex(Sha256.of(text.strip()));
    }
}
