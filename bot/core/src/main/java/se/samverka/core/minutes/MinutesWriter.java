package se.samverka.core.minutes;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.samverka.core.actions.OwnerNames;
import se.samverka.core.agenda.AgendaLayout;
import se.samverka.core.agenda.AgendaText;
import se.samverka.core.agenda.AgendaView;
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
import se.samverka.core.engine.Ctx;
import se.samverka.core.group.Roster;
import se.samverka.core.justering.States;
import se.samverka.core.meeting.AttendanceCommands;
import se.samverka.core.meeting.MeetingFinder;
import se.samverka.core.minutes.MinutesContent;
import se.samverka.core.minutes.MinutesDocument;
import se.samverka.core.minutes.MinutesLayout;
import se.samverka.core.text.Texts;

/**
 * protokoll / minutes: reads what the minutes of a meeting say from the store ({@link MinutesContent}) and hands it
 * to {@link MinutesLayout}, which lays it out the way the groups write them. The reply carries the Markdown of the
 * {@link MinutesDocument}; HTML and Word are rendered from the same document.
 */
public final class MinutesWriter {
    /** "Planerade möten": the meetings of the coming year after the minuted one. */
    private static final int PLANNED_MONTHS = 12;
    /** "protokoll 18 september lång": the date written out instead of the seed's 2017-09-05. */
    private static final Pattern LONG_DATE = Pattern.compile("(?iu)(?:^|\\s+)(lång|långt datum|long|long date)$");
    private static final Pattern ISO_DATE = Pattern.compile("(?iu)(?:^|\\s+)(iso)$");

    private final Ctx ctx;
    private final Texts t;
    private final ZoneId zone;
    /** Whether the meeting's minutes go through justering (and number their decisions by §). */
    private boolean justering;

    private MinutesWriter(Ctx ctx) {
        this.ctx = ctx;
        this.t = ctx.t;
        this.zone = ctx.group.zone();
    }

    public static Reply minutes(Ctx ctx) {
        String args = ctx.args.strip();
        boolean longDate = LONG_DATE.matcher(args).find();
        args = ISO_DATE.matcher(LONG_DATE.matcher(args).replaceFirst("")).replaceFirst("").strip();
        Meeting meeting = ctx.meetings().require(args, ctx.meetings().forMinutes(), "meeting.noneAtAll");
        MinutesDocument document = withAdjusters(ctx, meeting, new MinutesWriter(ctx).document(meeting, longDate));
        if (States.any(ctx, meeting)) document = withState(ctx, meeting, document);
        String markdown = document.markdown();
        String file = ctx.t.get("minutes.fileName", ctx.meetings().localDate(meeting)) + ".md";
        return Reply.ok(new Block.Document(file, "text/markdown", markdown));
    }

    /** The minutes as the justerare are asked to approve them: without the state, which changes as they answer. */
    public static String markdown(Ctx ctx, Meeting meeting) {
        return withAdjusters(ctx, meeting, new MinutesWriter(ctx).document(meeting, false)).markdown();
    }

    /** "Justerare" after Vid tangenterna, when the meeting has them. */
    private static MinutesDocument withAdjusters(Ctx ctx, Meeting meeting, MinutesDocument document) {
        List<Member> adjusters = States.adjusters(ctx, meeting);
        if (adjusters.isEmpty()) return document;
        List<MinutesDocument.Part> parts = new ArrayList<>(document.parts());
        parts.add(new MinutesDocument.Part.Heading(2, ctx.t.get("minutes.adjusters")));
        parts.add(new MinutesDocument.Part.Paragraph(List.of(Roster.listNames(adjusters))));
        return new MinutesDocument(document.title(), document.footer(), parts);
    }

    /** The state of justering under the title: utkast, skickat för justering, justerat av … */
    private static MinutesDocument withState(Ctx ctx, Meeting meeting, MinutesDocument document) {
        List<MinutesDocument.Part> parts = new ArrayList<>(document.parts());
        parts.add(Math.min(1, parts.size()), new MinutesDocument.Part.Paragraph(List.of("", States.line(ctx, meeting))));
        return new MinutesDocument(document.title(), document.footer(), parts);
    }

    MinutesDocument document(Meeting meeting, boolean longDate) {
        justering = States.any(ctx, meeting);
        return MinutesLayout.layout(content(meeting, longDate), t);
    }

    private MinutesContent content(Meeting meeting, boolean longDate) {
        AgendaView agenda = AgendaView.of(ctx, meeting);
        List<Decision> decisions = ctx.store.decisions().forMeeting(ctx.scope, meeting.id());
        List<ActionItem> actions = ctx.store.actions().all(ctx.scope).stream()
                .filter(a -> a.meetingId().equals(Optional.of(meeting.id()))).toList();
        List<Note> notes = ctx.store.notes().forMeeting(ctx.scope, meeting.id());
        List<MinutesContent.Entry> entries = new ArrayList<>();
        AgendaText marks = new AgendaText(ctx);
        Optional<Section> section = Optional.empty();
        for (AgendaLayout.Line line : agenda.layout().lines()) { // numbers as fixed on the agenda (gaps stay gaps)
            if (line.depth() == 0 && line.section().isPresent() && !line.section().equals(section)) {
                entries.add(new MinutesContent.Section(line.section().get().title()));
            }
            if (line.depth() == 0) section = line.section();
            long id = line.item().id();
            entries.add(point(line.label(), line.item().text() + marks.tabled(line),
                    notes.stream().filter(n -> n.agendaItemId() == id).toList(),
                    decisions.stream().filter(d -> d.agendaItemId().equals(Optional.of(id))).toList(),
                    actions.stream().filter(a -> a.agendaItemId().equals(Optional.of(id))).toList()));
        }
        List<Decision> otherDecisions = decisions.stream().filter(d -> d.agendaItemId().isEmpty()).toList();
        List<ActionItem> otherActions = actions.stream().filter(a -> a.agendaItemId().isEmpty()).toList();
        List<Note> otherNotes = notes.stream().filter(n -> agenda.layout().lineOf(n.agendaItemId()).isEmpty()).toList();
        Optional<MinutesContent.Point> other = otherDecisions.isEmpty() && otherActions.isEmpty() && otherNotes.isEmpty()
                ? Optional.empty()
                : Optional.of(point("", t.get(agenda.items().isEmpty() ? "minutes.decisionsAndActions" : "minutes.otherMatters"),
                        otherNotes, otherDecisions, otherActions));
        List<Meeting> later = later(meeting);
        int year = meeting.startIn(zone).getYear();
        return new MinutesContent(ctx.group.name(), date(meeting, longDate), meeting.cancelled(),
                t.get("minutes.time", t.time(meeting.startIn(zone).toLocalTime()), t.time(meeting.endIn(zone).toLocalTime())),
                MeetingFinder.placeText(meeting).orElse("—"), participants(meeting),
                entries, agenda.carried().stream().map(a -> action(a, true)).toList(), other,
                ctx.store.roundTable().forMeeting(ctx.scope, meeting.id()).isEmpty() ? List.of()
                        : AttendanceCommands.byMember(ctx, ctx.store.roundTable().forMeeting(ctx.scope, meeting.id())),
                later.stream().findFirst().map(m -> shortMeeting(m, year)),
                later.stream().skip(1).map(m -> shortMeeting(m, year)).toList(), noteTaker(meeting));
    }

    /** The seed writes "2017 – 09 - 05": the ISO date; "5 september 2017" on request. */
    private String date(Meeting meeting, boolean longDate) {
        java.time.LocalDate day = ctx.meetings().localDate(meeting);
        return longDate ? t.shortDate(day) + " " + day.getYear() : day.toString();
    }

    private MinutesContent.Point point(String number, String title, List<Note> notes, List<Decision> decisions,
                                       List<ActionItem> actions) {
        return new MinutesContent.Point(number, title, notes.stream().flatMap(n -> n.paragraphs().stream()).toList(),
                decisions.stream().map(this::decisionText).toList(), actions.stream().map(a -> action(a, false)).toList());
    }

    /**
     * The decision as the minutes write it: minutes that go through justering number it (§ 3/2026); a decision
     * approved at once is marked.
     */
    private String decisionText(Decision d) {
        String paragraph = justering ? ctx.store.justering().paragraph(ctx.scope, d.id())
                .map(p -> " " + t.get("minutes.paragraph", p.number(), p.year())).orElse("") : "";
        return d.text() + paragraph + ctx.store.justering().decisionApproved(ctx.scope, d.id())
                .map(at -> " " + t.get("minutes.approvedAtOnce")).orElse("");
    }

    private MinutesContent.Action action(ActionItem a, boolean followedUp) {
        return new MinutesContent.Action(OwnerNames.sentence(a, t), a.task(), a.due().map(Object::toString),
                followedUp ? Optional.of(t.get(a.open() ? "minutes.open" : "minutes.done")) : Optional.empty());
    }

    /** Present and absent: those recorded, the meeting's guests, and everyone called when nothing was recorded. */
    private MinutesContent.Participants participants(Meeting meeting) {
        List<Member> guests = ctx.store.members().guests(ctx.scope, meeting.id());
        Map<Long, Attendance.Status> status = new LinkedHashMap<>();
        ctx.store.attendance().forMeeting(ctx.scope, meeting.id()).forEach(a -> status.put(a.memberId(), a.status()));
        boolean recorded = status.entrySet().stream().anyMatch(e -> e.getValue() == Attendance.Status.PRESENT
                && guests.stream().noneMatch(g -> g.id() == e.getKey()));
        List<MinutesContent.Person> present = new ArrayList<>();
        List<MinutesContent.Person> absent = new ArrayList<>();
        for (Member m : ctx.roster().members()) {
            Attendance.Status s = status.get(m.id());
            if (s == Attendance.Status.ABSENT) absent.add(person(m));
            else if (s == Attendance.Status.PRESENT || !recorded) present.add(person(m));
        }
        status.forEach((id, s) -> { // guests, and people who have left the roster since, still appear in old minutes
            if (ctx.roster().members().stream().noneMatch(m -> m.id() == id)) {
                ctx.store.members().byId(ctx.scope, id).ifPresent(m -> (s == Attendance.Status.ABSENT ? absent : present).add(person(m)));
            }
        });
        return new MinutesContent.Participants(present, absent, recorded);
    }

    private static MinutesContent.Person person(Member m) {
        return new MinutesContent.Person(m.name(), m.organisation(), m.role() == Role.GUEST);
    }

    private List<Meeting> later(Meeting meeting) {
        return ctx.meetings().all().stream()
                .filter(m -> !m.cancelled() && m.start().isAfter(meeting.start()))
                .filter(m -> m.start().isBefore(meeting.startIn(zone).plusMonths(PLANNED_MONTHS).toInstant()))
                .toList();
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
}
