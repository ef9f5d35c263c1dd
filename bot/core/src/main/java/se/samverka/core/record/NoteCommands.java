package se.samverka.core.record;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samverka.core.agenda.AgendaLayout;
import se.samverka.core.agenda.AgendaView;
import se.samverka.core.chat.Reply;
import se.samverka.core.command.Grammar;
import se.samverka.core.command.Verb;
import se.samverka.core.domain.AgendaItem;
import se.samverka.core.domain.Meeting;
import se.samverka.core.domain.Member;
import se.samverka.core.domain.Note;
import se.samverka.core.engine.Ctx;
import se.samverka.core.justering.Lock;
import se.samverka.core.group.Mentions;
import se.samverka.core.meeting.MeetingFinder;
import se.samverka.core.port.RecordChanges;
import se.samverka.core.record.Discussion;
import se.samverka.core.record.ItemRef;
import se.samverka.core.record.NoteText;

/**
 * anteckning: the dispatcher's side of {@link se.samverka.core.record} — the meeting a note (or a decision) is for,
 * who may write it, and the replies. Which point a record goes under is {@link Discussion}'s rule.
 */
public final class NoteCommands {
    private static final Pattern NUMBER = Pattern.compile("#?(\\d{1,6})");
    private static final Pattern NEXT_OR_LAST = Pattern.compile(
            "(nästa|next|förra|senaste|last|previous)(\\s+(mötet|möte|meeting))?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private NoteCommands() {}

    public static Reply note(Ctx ctx) {
        String args = Mentions.resolve(Grammar.argsKeepingLines(ctx.in.text()).orElse(ctx.args), ctx.in.mentions(),
                ctx.in.conversation().platform(), ctx.scope, ctx.store.members());
        Matcher number = NUMBER.matcher(args.strip());
        if (number.matches()) return show(ctx, Integer.parseInt(number.group(1)));
        Member actor = ctx.requireMember();
        ItemRef ref = itemRef(ctx, args);
        String text = checkText(ctx, ref.text());
        Meeting meeting = recordable(ctx, ref.meeting().or(() -> ctx.meetings().current())
                .orElseThrow(() -> ctx.refuse("note.noMeeting")));
        AgendaLayout agenda = AgendaView.layout(ctx.store, ctx.scope, meeting, ctx.now, ctx.group.zone());
        List<Note> notes = ctx.store.notes().forMeeting(ctx.scope, meeting.id());
        Discussion.Choice.Point point = point(ctx, meeting, Discussion.forNote(agenda, notes, ref.item()));
        Note note = ctx.store.notes().add(ctx.scope, meeting.id(), point.item().id(), text, Optional.of(actor.id()), ctx.now);
        ctx.audit("note.add", "anteckning " + note.number());
        ctx.logAdd(RecordChanges.Kind.NOTE, note.id(), text);
        Reply.Builder reply = Reply.builder()
                .text(ctx.t.get("note.added", note.number(), point.number(), point.item().text()))
                .items(note.paragraphs(), false)
                .context(ctx.t.get("note.forMeeting", ctx.meetings().describe(meeting)));
        if (point.by() != Discussion.By.ASKED) {
            reply.context(ctx.t.get(point.by() == Discussion.By.DISCUSSED ? "note.discussedPoint" : "note.firstPoint",
                    point.number(), Verb.NOTE.word(ctx.lang)));
        }
        return reply.ok();
    }

    /** anteckning 7: the note, its meeting and point. */
    private static Reply show(Ctx ctx, int number) {
        Note note = ctx.store.notes().byNumber(ctx.scope, number).orElseThrow(() -> ctx.refuse("note.noSuchNote", number));
        Meeting meeting = ctx.store.meetings().byId(ctx.scope, note.meetingId()).orElseThrow();
        AgendaView view = AgendaView.of(ctx, meeting);
        String item = view.items().stream().filter(i -> i.id() == note.agendaItemId()).findFirst()
                .map(i -> ctx.t.get("note.underPoint", view.numberOf(i.id()), i.text())).orElse("");
        return Reply.builder().heading(ctx.t.get("note.heading", note.number()))
                .text(ctx.t.get("note.forMeeting", ctx.meetings().describe(meeting)) + item)
                .items(note.paragraphs(), false).ok();
    }

    /** The meeting and point a text names first ("18 september punkt 2: …"), and its own text. */
    public static ItemRef itemRef(Ctx ctx, String args) {
        return ItemRef.parse(args, (phrase, datesOnly) -> {
            if (!datesOnly && NEXT_OR_LAST.matcher(phrase).matches()) {
                return ctx.meetings().ref(phrase, 0).map(MeetingFinder.Ref::meeting);
            }
            if (ctx.dates().wholeDate(phrase).isEmpty()) return Optional.empty();
            return ctx.meetings().ref(phrase, 0).map(MeetingFinder.Ref::meeting);
        });
    }

    /**
     * A decision's point on {@code meeting}: the one asked for, else the one being discussed (the last with a note);
     * empty when neither — the decision then belongs to the meeting as a whole.
     */
    public static Optional<Discussion.Choice.Point> decisionPoint(Ctx ctx, Optional<Meeting> meeting, Optional<String> asked) {
        if (meeting.isEmpty()) {
            if (asked.isPresent()) throw ctx.refuse("decision.pointWithoutMeeting");
            return Optional.empty();
        }
        Meeting m = recordable(ctx, meeting.get());
        AgendaLayout agenda = AgendaView.layout(ctx.store, ctx.scope, m, ctx.now, ctx.group.zone());
        return Discussion.forDecision(agenda, ctx.store.notes().forMeeting(ctx.scope, m.id()), asked)
                .map(choice -> choice instanceof Discussion.Choice.NoSuchPoint no
                        ? reject(ctx, "decision.noSuchPoint", no.asked(), no.count())
                        : point(ctx, m, choice));
    }

    /** A meeting that can be written on: held today or before, not cancelled. */
    static Meeting recordable(Ctx ctx, Meeting meeting) {
        if (meeting.cancelled()) throw ctx.refuse("note.cancelled", ctx.meetings().describe(meeting));
        if (ctx.meetings().localDate(meeting).isAfter(ctx.today())) {
            throw ctx.refuse("note.notYet", ctx.meetings().describe(meeting));
        }
        Lock.requireOpen(ctx, meeting);
        return meeting;
    }

    private static Discussion.Choice.Point point(Ctx ctx, Meeting meeting, Discussion.Choice choice) {
        if (choice instanceof Discussion.Choice.Point p) return p;
        if (choice instanceof Discussion.Choice.NoSuchPoint no) {
            throw ctx.reject("note.noSuchPoint", no.asked(), no.count(), ctx.meetings().describe(meeting));
        }
        throw ctx.refuse("note.noAgenda", ctx.meetings().describe(meeting), Verb.AGENDA_ADD.word(ctx.lang));
    }

    private static Discussion.Choice.Point reject(Ctx ctx, String key, Object... args) {
        throw ctx.reject(key, args);
    }

    private static String checkText(Ctx ctx, String written) {
        String text = NoteText.clean(written);
        if (text.replaceAll("[\\s:.,;-]", "").isEmpty()) throw ctx.reject("note.needText");
        Optional<String> command = NoteText.commandWord(text);
        if (command.isPresent()) throw ctx.reject("note.commandWord", command.get());
        if (text.length() > NoteText.MAX) throw ctx.reject("text.tooLong", NoteText.MAX, text.length());
        return text;
    }
}
