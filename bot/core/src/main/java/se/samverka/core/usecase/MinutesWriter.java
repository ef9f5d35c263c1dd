package se.samverka.core.usecase;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import se.samverka.core.agenda.AgendaLayout;
import se.samverka.core.agenda.Section;
import se.samverka.core.chat.Block;
import se.samverka.core.chat.Reply;
import se.samverka.core.domain.ActionItem;
import se.samverka.core.domain.AgendaItem;
import se.samverka.core.domain.Attendance;
import se.samverka.core.domain.Decision;
import se.samverka.core.domain.Meeting;
import se.samverka.core.domain.Member;
import se.samverka.core.domain.Note;
import se.samverka.core.domain.Role;
import se.samverka.core.record.NoteText;
import se.samverka.core.text.Texts;

/**
 * The minutes ("minnesanteckningar") of a meeting in Markdown, laid out the way the groups write them: time,
 * place, participants by organisation, apologies, numbered points with their notes, "Beslut:" lines and action items,
 * the points from the previous meeting, laget runt, next meeting and who was at the keyboard.
 */
final class MinutesWriter {
    /** "Planerade möten": the meetings of the coming year after the minuted one. */
    private static final int PLANNED_MONTHS = 12;

    private final Ctx ctx;
    private final Texts t;
    private final ZoneId zone;
    private final StringBuilder md = new StringBuilder();

    private MinutesWriter(Ctx ctx) {
        this.ctx = ctx;
        this.t = ctx.t;
        this.zone = ctx.group.zone();
    }

    static Reply minutes(Ctx ctx) {
        Meeting meeting = ctx.meetings().require(ctx.args, ctx.meetings().forMinutes(), "meeting.noneAtAll");
        String markdown = new MinutesWriter(ctx).write(meeting);
        String file = ctx.t.get("minutes.fileName", ctx.meetings().localDate(meeting)) + ".md";
        return Reply.ok(new Block.Document(file, "text/markdown", markdown));
    }

    String write(Meeting meeting) {
        AgendaView agenda = AgendaView.of(ctx, meeting);
        List<Decision> decisions = ctx.store.decisions().forMeeting(ctx.scope, meeting.id());
        List<ActionItem> actions = ctx.store.actions().all(ctx.scope).stream()
                .filter(a -> a.meetingId().equals(Optional.of(meeting.id()))).toList();
        List<Note> notes = ctx.store.notes().forMeeting(ctx.scope, meeting.id());

        line("# " + t.get("minutes.title", ctx.group.name()));
        line("");
        line("**" + ctx.meetings().localDate(meeting) + "**" + (meeting.cancelled() ? " — " + t.get("meeting.cancelledMark") : ""));
        line("");
        line(t.get("minutes.time", t.time(meeting.startIn(zone).toLocalTime()), t.time(meeting.endIn(zone).toLocalTime())));
        line("");
        line(t.get("minutes.place", MeetingFinder.placeText(meeting).orElse("—")));
        line("");
        participants(meeting);

        int number = 0;
        Optional<Section> section = Optional.empty();
        for (AgendaItem item : agenda.items()) {
            number = Math.max(number, agenda.numberOf(item.id())); // fixed numbers may leave gaps
            Optional<Section> under = agenda.sectionOf(item.id());
            if (under.isPresent() && !under.equals(section)) {
                line("**" + under.get().title() + "**");
                line("");
            }
            section = under;
            line("## " + agenda.numberOf(item.id()) + ". " + item.text()
                    + agenda.layout().lineOf(item.id()).map(new AgendaText(ctx)::tabled).orElse(""));
            line("");
            List<AgendaLayout.Line> subItems = agenda.layout().subItems(item.id());
            subItems.forEach(sub -> line("- " + sub.label() + " " + sub.item().text()));
            if (!subItems.isEmpty()) line("");
            notes(notes.stream().filter(n -> n.agendaItemId() == item.id()).toList());
            decisionsAndActions(decisions.stream().filter(d -> d.agendaItemId().equals(Optional.of(item.id()))).toList(),
                    actions.stream().filter(a -> a.agendaItemId().equals(Optional.of(item.id()))).toList());
        }
        if (!agenda.carried().isEmpty()) {
            number++;
            line("## " + number + ". " + t.get("agenda.fromPrevious"));
            line("");
            for (ActionItem a : agenda.carried()) line("- " + actionText(a) + " — " + t.get(a.open() ? "minutes.open" : "minutes.done"));
            line("");
        }
        List<Decision> otherDecisions = decisions.stream().filter(d -> d.agendaItemId().isEmpty()).toList();
        List<ActionItem> otherActions = actions.stream().filter(a -> a.agendaItemId().isEmpty()).toList();
        List<Note> otherNotes = notes.stream().filter(n -> agenda.numberOf(n.agendaItemId()) < 0).toList();
        if (!otherDecisions.isEmpty() || !otherActions.isEmpty() || !otherNotes.isEmpty()) {
            number++;
            line("## " + number + ". " + t.get(agenda.items().isEmpty() ? "minutes.decisionsAndActions" : "minutes.otherMatters"));
            line("");
            notes(otherNotes);
            decisionsAndActions(otherDecisions, otherActions);
        }
        roundTable(meeting);
        nextMeetings(meeting);
        line("## " + t.get("minutes.noteTaker"));
        line("");
        line(noteTaker(meeting).orElse("—"));
        return md.toString();
    }

    private void participants(Meeting meeting) {
        Map<Long, Attendance.Status> status = new LinkedHashMap<>();
        ctx.store.attendance().forMeeting(ctx.scope, meeting.id()).forEach(a -> status.put(a.memberId(), a.status()));
        boolean recorded = status.containsValue(Attendance.Status.PRESENT);
        List<Member> present = new ArrayList<>();
        List<Member> absent = new ArrayList<>();
        for (Member m : ctx.roster().members()) {
            Attendance.Status s = status.get(m.id());
            if (s == Attendance.Status.ABSENT) absent.add(m);
            else if (s == Attendance.Status.PRESENT || !recorded) present.add(m);
        }
        status.forEach((id, s) -> { // people who have left the roster since still appear in old minutes
            if (ctx.roster().members().stream().noneMatch(m -> m.id() == id)) {
                ctx.store.members().byId(ctx.scope, id).ifPresent(m -> (s == Attendance.Status.ABSENT ? absent : present).add(m));
            }
        });
        line(t.get(recorded ? "minutes.participants" : "minutes.participantsExpected"));
        line("");
        Map<String, List<String>> byOrg = new TreeMap<>();
        for (Member m : present) byOrg.computeIfAbsent(m.organisation().orElse(""), k -> new ArrayList<>()).add(m.name());
        byOrg.forEach((org, names) -> line("- " + (org.isEmpty() ? "" : org + ": ") + String.join(", ", names)));
        line("");
        if (!absent.isEmpty()) {
            line(t.get("minutes.absent", absent.stream()
                    .map(m -> m.organisation().map(o -> o + ", " + m.name()).orElse(m.name()))
                    .collect(Collectors.joining("; "))));
            line("");
        }
    }

    /** What was said under the point, paragraph by paragraph in the order written; "- " lines in a row stay one list. */
    private void notes(List<Note> notes) {
        List<String> paragraphs = notes.stream().flatMap(n -> n.paragraphs().stream()).toList();
        for (int i = 0; i < paragraphs.size(); i++) {
            boolean listGoesOn = i > 0 && paragraphs.get(i).startsWith("- ") && paragraphs.get(i - 1).startsWith("- ");
            if (i > 0 && !listGoesOn) line("");
            line(NoteText.markdown(paragraphs.get(i)));
        }
        if (!paragraphs.isEmpty()) line("");
    }

    private void decisionsAndActions(List<Decision> decisions, List<ActionItem> actions) {
        for (Decision d : decisions) {
            line("**" + t.get("minutes.decision") + "** " + d.text());
            line("");
        }
        for (ActionItem a : actions) {
            line("- " + t.get("minutes.action") + " " + actionText(a));
        }
        if (!actions.isEmpty()) line("");
    }

    private String actionText(ActionItem a) {
        String owners = a.owners().stream().map(Member::name).collect(Collectors.joining(t.get("minutes.and")));
        String due = a.due().map(d -> " (" + t.get("actions.dueShort", d.toString()) + ")").orElse("");
        return owners + ": " + a.task() + due + " [#" + a.number() + "]";
    }

    private void roundTable(Meeting meeting) {
        var entries = ctx.store.roundTable().forMeeting(ctx.scope, meeting.id());
        if (entries.isEmpty()) return;
        line("## " + t.get("minutes.roundTable"));
        line("");
        AttendanceCommands.byMember(ctx, entries).forEach(l -> line("- " + l));
        line("");
    }

    private void nextMeetings(Meeting meeting) {
        List<Meeting> later = ctx.meetings().all().stream()
                .filter(m -> !m.cancelled() && m.start().isAfter(meeting.start()))
                .filter(m -> m.start().isBefore(meeting.startIn(zone).plusMonths(PLANNED_MONTHS).toInstant()))
                .toList();
        line("## " + t.get("minutes.nextMeeting"));
        line("");
        if (later.isEmpty()) {
            line(t.get("minutes.noNextMeeting"));
            line("");
            return;
        }
        int year = meeting.startIn(zone).getYear();
        line(shortMeeting(later.get(0), year));
        line("");
        if (later.size() > 1) {
            line(t.get("minutes.plannedMeetings"));
            line("");
            later.stream().skip(1).forEach(m -> line("- " + shortMeeting(m, year)));
            line("");
        }
    }

    /** "20 oktober 09.00–12.00 Halmstad (Länsstyrelsen)". */
    private String shortMeeting(Meeting m, int year) {
        var start = m.startIn(zone);
        return t.shortDate(start.toLocalDate()) + (start.getYear() != year ? " " + start.getYear() : "") + " "
                + t.time(start.toLocalTime()) + "–" + t.time(m.endIn(zone).toLocalTime())
                + MeetingFinder.placeText(m).map(p -> " " + p).orElse("");
    }

    private Optional<String> noteTaker(Meeting meeting) {
        Optional<String> named = meeting.noteTakerId().flatMap(id -> ctx.store.members().byId(ctx.scope, id)).map(Member::name);
        if (named.isPresent()) return named;
        String secretaries = ctx.roster().members().stream().filter(m -> m.role() == Role.SECRETARY)
                .map(Member::name).collect(Collectors.joining(", "));
        return Optional.of(secretaries).filter(s -> !s.isEmpty());
    }

    private void line(String text) {
        md.append(text).append('\n');
    }
}
