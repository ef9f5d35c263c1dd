package se.samverka.core.minutes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;
import se.samverka.core.domain.ActionItem;
import se.samverka.core.domain.AgendaItem;
import se.samverka.core.domain.Decision;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.domain.Meeting;
import se.samverka.core.domain.Member;
import se.samverka.core.domain.Minutes;
import se.samverka.core.domain.Note;
import se.samverka.core.domain.RoundTableEntry;
import se.samverka.core.minutes.MinutesImport.Tally;
import se.samverka.core.port.Store;
import se.samverka.core.record.NoteText;
import se.samverka.core.text.Likeness;

/**
 * The records of imported minutes merged into what the meeting holds already: each agenda item, decision, action
 * item, laget runt report and note is matched to the stored one it is most {@link Likeness alike} (each stored one
 * at most once; a decision also by its first sentence; an action item also needs an owner in common, a report the
 * same member, a note the same item) and
 * only those without a match are added. So minutes of a meeting the group kept in chat add only what chat missed,
 * and the same minutes twice add nothing.
 */
final class ImportRecords {

    /** The end of a sentence: a full stop, question or exclamation mark, then a capital letter after the space. */
    private static final Pattern FIRST_SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})");

    private final Store store;
    private final GroupScope scope;
    private final Meeting meeting;
    private final Function<String, Optional<Member>> person;
    private final List<Long> items = new ArrayList<>();
    private final List<Decision> decisions = new ArrayList<>();

    /** @param person the roster member (or new guest) a name in the minutes means */
    ImportRecords(Store store, GroupScope scope, Meeting meeting, Function<String, Optional<Member>> person) {
        this.store = store;
        this.scope = scope;
        this.meeting = meeting;
        this.person = person;
    }

    Tally agenda(List<String> titles) {
        List<AgendaItem> stored = store.agenda().forMeeting(scope, meeting.id());
        Set<Long> used = new HashSet<>();
        int added = 0;
        for (String title : titles) {
            String text = cut(title, 500);
            Optional<AgendaItem> same = best(stored, used, s -> Likeness.score(s.text(), text), AgendaItem::id);
            if (same.isEmpty()) added++;
            items.add(same.orElseGet(() -> store.agenda().addToMeeting(scope, meeting.id(), text, Optional.empty(),
                    meeting.start())).id());
        }
        return new Tally(added, titles.size() - added);
    }

    Tally decisions(List<Minutes.Decision> read) {
        List<Decision> stored = store.decisions().forMeeting(scope, meeting.id());
        Set<Long> used = new HashSet<>();
        int added = 0;
        for (Minutes.Decision d : read) {
            String text = cut(d.text(), 4000);
            Optional<Decision> same = best(stored, used, s -> sameDecision(s.text(), text), Decision::id);
            if (same.isEmpty()) added++;
            decisions.add(same.orElseGet(() -> store.decisions().add(scope, Optional.of(meeting.id()), item(d.agendaItem()),
                    text, Optional.empty(), meeting.start())));
        }
        return new Tally(added, read.size() - added);
    }

    /**
     * How alike a stored decision and one read from minutes are: as wholes, or by their first sentences when each
     * says something (three stems or more). Minutes often add to a decision what chat kept apart ("Bjuda in ngn från
     * analysavdelningen … statistik. Ev. koppla ihop detta med forskningen …" and the action item split off it),
     * so the rest may differ while the decision itself is the same.
     */
    static double sameDecision(String stored, String read) {
        double whole = Likeness.score(stored, read);
        String a = FIRST_SENTENCE_END.split(stored.strip(), 2)[0];
        String b = FIRST_SENTENCE_END.split(read.strip(), 2)[0];
        if (Likeness.stems(a).size() < 3 || Likeness.stems(b).size() < 3) return whole;
        return Math.max(whole, Likeness.score(a, b));
    }

    /** Action items whose owners the roster (or a new guest) gives; those with no owner are left out. */
    Tally actions(List<Minutes.Action> read) {
        List<ActionItem> stored = store.actions().all(scope).stream()
                .filter(a -> a.meetingId().equals(Optional.of(meeting.id()))).toList();
        Set<Long> used = new HashSet<>();
        int added = 0;
        int already = 0;
        for (Minutes.Action a : read) {
            List<Long> owners = new ArrayList<>();
            for (String owner : a.owners()) person.apply(owner).ifPresent(m -> owners.add(m.id()));
            if (owners.isEmpty()) continue;
            String task = cut(a.task(), 1000);
            Optional<ActionItem> same = best(stored, used, s -> s.owners().stream().anyMatch(o -> owners.contains(o.id()))
                    ? Math.max(Likeness.score(s.task(), task), Likeness.score(s.task(), a.sourceText())) : 0, ActionItem::id);
            if (same.isPresent()) {
                already++;
                continue;
            }
            Optional<Long> decision = decisions.stream()
                    .filter(d -> d.text().contains(a.sourceText()) || a.sourceText().contains(d.text()))
                    .map(Decision::id).findFirst();
            store.actions().add(scope, task, owners.stream().distinct().toList(), a.due(), Optional.of(meeting.id()),
                    Optional.empty(), decision, Optional.empty(), meeting.start());
            added++;
        }
        return new Tally(added, already);
    }

    /** Laget runt reports of people the roster (or a new guest) gives. */
    Tally reports(List<Minutes.Report> read) {
        List<RoundTableEntry> stored = store.roundTable().forMeeting(scope, meeting.id());
        Set<Long> used = new HashSet<>();
        int added = 0;
        int already = 0;
        for (Minutes.Report r : read) {
            Optional<Member> m = person.apply(r.name());
            if (m.isEmpty()) continue;
            String text = cut(r.report(), 4000);
            Optional<RoundTableEntry> same = best(stored, used,
                    s -> s.memberId() == m.get().id() ? Likeness.score(s.report(), text) : 0, RoundTableEntry::id);
            if (same.isPresent()) {
                already++;
            } else {
                store.roundTable().add(scope, meeting.id(), m.get().id(), text, meeting.start());
                added++;
            }
        }
        return new Tally(added, already);
    }

    /** The discussion under each agenda item as that item's note; call after {@link #agenda}. */
    Tally notes(Minutes minutes) {
        List<Note> stored = store.notes().forMeeting(scope, meeting.id());
        Set<Long> used = new HashSet<>();
        int added = 0;
        int already = 0;
        for (int i = 0; i < items.size(); i++) {
            String text = cut(NoteText.clean(minutes.discussionOf(i)), NoteText.MAX);
            if (text.isBlank()) continue;
            long item = items.get(i);
            Optional<Note> same = best(stored, used,
                    s -> s.agendaItemId() == item ? Likeness.score(s.text(), text) : 0, Note::id);
            if (same.isPresent()) {
                already++;
            } else {
                store.notes().add(scope, meeting.id(), item, text, Optional.empty(), meeting.start());
                added++;
            }
        }
        return new Tally(added, already);
    }

    private Optional<Long> item(Optional<Integer> index) {
        return index.filter(i -> i >= 0 && i < items.size()).map(items::get);
    }

    /** The unused stored record most alike (score above 0), marked used. */
    private static <T> Optional<T> best(List<T> stored, Set<Long> used, ToDoubleFunction<T> score, Function<T, Long> id) {
        T best = null;
        double top = 0;
        for (T s : stored) {
            if (used.contains(id.apply(s))) continue;
            double v = score.applyAsDouble(s);
            if (v > top) {
                top = v;
                best = s;
            }
        }
        if (best != null) used.add(id.apply(best));
        return Optional.ofNullable(best);
    }

    static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
