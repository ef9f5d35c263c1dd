package se.samverka.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.samverka.core.actions.OwnerNames;
import se.samverka.core.agenda.AgendaLayout;
import se.samverka.core.agenda.Agendas;
import se.samverka.core.domain.ActionItem;
import se.samverka.core.domain.Attendance;
import se.samverka.core.domain.Decision;
import se.samverka.core.domain.Meeting;
import se.samverka.core.domain.Member;
import se.samverka.core.domain.Note;
import se.samverka.core.port.Justering;
import se.samverka.core.port.RecordChanges;
import se.samverka.core.port.Store;
import se.samverka.core.text.Texts;

/**
 * What the editor page of a meeting shows: each item (and sub-item) with its notes, decisions and action items,
 * each with the version it is at (the id of its latest change, which a form carries so that a save over someone
 * else's later change is caught); the roster and the meeting's guests to pick owners and who is present from; laget
 * runt; the state of the minutes and the justerare's comments.
 */
final class EditorView {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private final Store store;
    private final Clock clock;

    EditorView(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** A record's version: the id of its latest change (0 when it has none). */
    long version(WebPages.Visit v, RecordChanges.Kind kind, long refId) {
        List<RecordChanges.Entry> history = store.changes().history(v.scope(), kind, refId);
        return history.isEmpty() ? 0 : history.get(history.size() - 1).id();
    }

    /** Who made a record's latest change and when ("Sara Ek 14:05"), for "ändrat av … under tiden". */
    String lastChange(WebPages.Visit v, RecordChanges.Kind kind, long refId) {
        List<RecordChanges.Entry> history = store.changes().history(v.scope(), kind, refId);
        if (history.isEmpty()) return "?";
        RecordChanges.Entry last = history.get(history.size() - 1);
        String who = last.actorId().flatMap(id -> store.members().byId(v.scope(), id)).map(Member::name).orElse("?");
        return who + " " + CLOCK.format(last.at().atZone(v.group().zone()));
    }

    Optional<Map<String, Object>> model(WebPages.Visit v, long meetingId) {
        Optional<Meeting> found = store.meetings().byId(v.scope(), meetingId);
        if (found.isEmpty()) return Optional.empty();
        Meeting m = found.get();
        Texts t = v.t();
        LocalDate day = m.startIn(v.group().zone()).toLocalDate();
        AgendaLayout layout = Agendas.read(store, v.scope(), m, clock.instant(), v.group().zone());
        List<Note> notes = store.notes().forMeeting(v.scope(), m.id());
        List<Decision> decisions = store.decisions().forMeeting(v.scope(), m.id());
        List<ActionItem> actions = store.actions().all(v.scope()).stream()
                .filter(a -> a.meetingId().map(id -> id == m.id()).orElse(false)).toList();
        List<Justering.Comment> comments = store.justering().comments(v.scope(), m.id());
        Map<Long, Member> people = Views.members(store, v);
        List<Member> guests = store.members().guests(v.scope(), m.id());
        guests.forEach(g -> people.put(g.id(), g));
        List<Map<String, Object>> items = new ArrayList<>();
        for (AgendaLayout.Line line : layout.lines()) {
            long id = line.item().id();
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", id);
            item.put("label", line.label());
            item.put("text", line.item().text());
            item.put("sub", line.depth() > 0);
            item.put("notes", notes.stream().filter(n -> n.agendaItemId() == id).map(n -> Map.<String, Object>of("number", n.number(),
                    "text", n.text(), "version", version(v, RecordChanges.Kind.NOTE, n.id()))).toList());
            item.put("decisions", decisions.stream().filter(d -> d.agendaItemId().filter(i -> i == id).isPresent())
                    .map(d -> Map.<String, Object>of("number", d.number(), "text", d.text(),
                            "version", version(v, RecordChanges.Kind.DECISION, d.id()))).toList());
            item.put("actions", actions.stream().filter(a -> a.agendaItemId().filter(i -> i == id).isPresent())
                    .map(a -> Map.<String, Object>of("number", a.number(), "text", actionText(a, t), "task", a.task(),
                            "owners", OwnerNames.of(a, t), "due", a.due().map(LocalDate::toString).orElse(""),
                            "version", version(v, RecordChanges.Kind.ACTION, a.id()))).toList());
            item.put("comments", commentsOf(comments, Optional.of(id), people));
            items.add(item);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("id", m.id());
        model.put("title", t.get("page.editorTitle", t.longDate(day)));
        model.put("items", items);
        model.put("labels", layout.lines().stream().map(AgendaLayout.Line::label).toList());
        model.put("people", people.values().stream().map(Member::name).toList());
        model.put("owners", owners(v, people, actions));
        model.put("attendance", attendance(v, m, people, guests));
        model.put("round", store.roundTable().forMeeting(v.scope(), m.id()).stream().map(e -> Map.<String, Object>of(
                "name", Optional.ofNullable(people.get(e.memberId())).map(Member::name).orElse("?"), "report", e.report())).toList());
        model.put("comments", commentsOf(comments, Optional.empty(), people));
        Optional<Justering.Version> latest = store.justering().latest(v.scope(), m.id());
        model.put("locked", latest.filter(Justering.Version::locked).isPresent());
        model.put("state", state(t, latest));
        model.put("requested", latest.flatMap(Justering.Version::comment).filter(c -> latest.get().state() == Justering.State.DRAFT)
                .orElse(""));
        return Optional.of(model);
    }

    /** What an action item's owner may be picked from: the roster and the meeting's guests, the organisations, everyone. */
    private List<String> owners(WebPages.Visit v, Map<Long, Member> people, List<ActionItem> actions) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        people.values().forEach(p -> names.add(p.name()));
        store.members().roster(v.scope()).stream().map(Member::organisation).flatMap(Optional::stream).map(String::strip)
                .sorted(String.CASE_INSENSITIVE_ORDER).forEach(names::add);
        names.add(v.t().get("owner.municipalities"));
        names.add(v.t().get("owner.everyone"));
        actions.forEach(a -> names.addAll(OwnerNames.of(a, v.t()))); // an owner no longer on the roster stays pickable
        return List.copyOf(names);
    }

    /** Who a meeting's forms may name: the roster and its guests (who was there, who reported) and owners (also organisations). */
    record Namable(java.util.Set<String> people, java.util.Set<String> owners) {}

    Namable namable(WebPages.Visit v, long meetingId) {
        Map<Long, Member> people = Views.members(store, v);
        store.members().guests(v.scope(), meetingId).forEach(g -> people.put(g.id(), g));
        List<ActionItem> actions = store.actions().all(v.scope()).stream()
                .filter(a -> a.meetingId().map(id -> id == meetingId).orElse(false)).toList();
        return new Namable(people.values().stream().map(Member::name).collect(java.util.stream.Collectors.toSet()),
                java.util.Set.copyOf(owners(v, people, actions)));
    }

    /** Each member's present/absent (or neither yet), and the meeting's guests (present or not; never "förhinder"). */
    private List<Map<String, Object>> attendance(WebPages.Visit v, Meeting m, Map<Long, Member> people, List<Member> guests) {
        Map<Long, Attendance.Status> status = new java.util.HashMap<>();
        store.attendance().forMeeting(v.scope(), m.id()).forEach(a -> status.put(a.memberId(), a.status()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Member p : people.values()) {
            Attendance.Status s = status.get(p.id());
            rows.add(Map.of("name", p.name(), "guest", guests.stream().anyMatch(g -> g.id() == p.id()),
                    "status", s == null ? "" : s == Attendance.Status.PRESENT ? "present" : "absent"));
        }
        return rows;
    }

    /** The text an action item is edited as: its owners, task and due date, as åtgärd reads them. */
    static String actionText(ActionItem a, Texts t) {
        return OwnerNames.list(a, t) + " " + a.task() + a.due().map(d -> (t.lang() == se.samverka.core.domain.Lang.EN ? " by " : " senast ") + d)
                .orElse("");
    }

    /** utkast, skickat för justering, justerat (låst). */
    static String state(Texts t, Optional<Justering.Version> latest) {
        if (latest.isEmpty()) return t.get("page.stateDraft");
        return switch (latest.get().state()) {
            case DRAFT -> t.get("page.stateDraft");
            case SENT -> t.get("page.stateSent", latest.get().number());
            case APPROVED -> t.get("page.stateLocked", latest.get().number());
        };
    }

    static List<Map<String, Object>> commentsOf(List<Justering.Comment> comments, Optional<Long> item, Map<Long, Member> people) {
        return comments.stream().filter(c -> c.agendaItemId().equals(item)).map(c -> Map.<String, Object>of(
                "name", Optional.ofNullable(people.get(c.memberId())).map(Member::name).orElse("?"), "text", c.text(),
                "approving", c.approving(), "version", c.versionId())).toList();
    }
}
