package se.samverka.core.agenda;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samverka.core.agenda.AgendaLayout;
import se.samverka.core.agenda.Section;
import se.samverka.core.agenda.Timing;
import se.samverka.core.chat.Reply;
import se.samverka.core.domain.AgendaItem;
import se.samverka.core.domain.Meeting;
import se.samverka.core.domain.Member;
import se.samverka.core.engine.Ctx;
import se.samverka.core.justering.Lock;
import se.samverka.core.engine.Rejected;
import se.samverka.core.port.AgendaStructureRepository.Slot;
import se.samverka.core.port.AgendaStructureRepository;

/** rubrik, punkt under, punkt flytta, bordlägg, dagordning skicka: the structure of an agenda (issue 15.4). */
public final class AgendaStructureCommands {
    private static final Pattern SUB = Pattern.compile("^#?(\\d{1,3})\\s*[:.]?\\s+(.+)$", Pattern.DOTALL);
    private static final Pattern MOVE = Pattern.compile(
            "^#?(\\d{1,3})\\s+(?:(före|innan|before|efter|after)\\s+#?(\\d{1,3})|(först|first|sist|last))$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NUMBER = Pattern.compile("^#?(\\d{1,3})$");
    /** A meeting named first by its day ("2026-11-02 2: …"), as the minutes editor names the meeting it edits. */
    private static final Pattern ON_DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})\\s+(.+)$", Pattern.DOTALL);

    private AgendaStructureCommands() {}

    /** rubrik Erfarenhetsutbyte: the items added after it come under it. */
    public static Reply section(Ctx ctx) {
        ctx.requireMember();
        String title = AgendaCommands.checkText(ctx, ctx.args.strip().replaceFirst(":\\s*$", ""), "section.needTitle");
        Meeting meeting = agendaMeeting(ctx);
        AgendaView.fixNumbers(ctx.store, ctx.scope, meeting, ctx.now);
        Section section = structure(ctx).addSection(ctx.scope, meeting.id(), title, ctx.now);
        ctx.audit("agenda.section", "section " + section.id());
        return Reply.builder().text(ctx.t.get("section.added", title, ctx.meetings().describe(meeting))).ok();
    }

    /** punkt under 2: Statistik → 2.1. */
    public static Reply subItem(Ctx ctx) {
        Member actor = ctx.requireMember();
        On on = on(ctx, "agenda.noMeeting");
        Matcher m = SUB.matcher(on.rest());
        if (!m.matches()) throw ctx.reject("sub.form", ctx.args);
        Meeting meeting = on.meeting();
        AgendaView view = AgendaView.of(ctx, meeting);
        int number = Integer.parseInt(m.group(1));
        AgendaItem parent = view.item(number).orElseThrow(() -> noSuchItem(ctx, number, view));
        Timing.Item read = timing(ctx, m.group(2));
        String text = AgendaCommands.checkText(ctx, read.text());
        AgendaView.fixNumbers(ctx.store, ctx.scope, meeting, ctx.now);
        AgendaItem sub = structure(ctx).addSubItem(ctx.scope, meeting.id(), parent.id(), text, Optional.of(actor.id()), ctx.now);
        if (read.presenter().isPresent() || read.minutes().isPresent()) {
            structure(ctx).setTiming(ctx.scope, sub.id(), read.presenter(), read.minutes());
        }
        AgendaView.fixNumbers(ctx.store, ctx.scope, meeting, ctx.now);
        ctx.logAdd(se.samverka.core.port.RecordChanges.Kind.AGENDA, sub.id(), text); // ångra takes it back, as a punkt
        ctx.audit("agenda.sub", "item " + sub.id());
        String label = AgendaView.of(ctx, meeting).label(sub.id()).orElseThrow();
        return Reply.builder().text(ctx.t.get("sub.added", label, text, number, parent.text(),
                ctx.meetings().describe(meeting))).ok();
    }

    /** punkt flytta 4 före 2 / efter 2 / först / sist — until the agenda is sent. */
    public static Reply move(Ctx ctx) {
        ctx.requireManager();
        On on = on(ctx, "agenda.noMeetingAgenda");
        Matcher m = MOVE.matcher(on.rest());
        if (!m.matches()) throw ctx.reject("agendaMove.form", ctx.args);
        Meeting meeting = on.meeting();
        AgendaView view = AgendaView.of(ctx, meeting);
        AgendaItem moving = ownItem(ctx, view, Integer.parseInt(m.group(1)));
        Optional<AgendaItem> target = m.group(3) == null ? Optional.empty()
                : Optional.of(ownItem(ctx, view, Integer.parseInt(m.group(3))));
        if (target.isPresent() && target.get().id() == moving.id()) throw ctx.reject("agendaMove.same", m.group(1), ctx.args.strip());
        if (view.layout().sent()) {
            throw ctx.refuse("agendaMove.sent", ctx.meetings().describe(meeting), sentDay(ctx, meeting));
        }
        String how = (m.group(2) != null ? m.group(2) : m.group(4)).toLowerCase();
        List<Slot> before = sequence(ctx, meeting);
        List<Slot> after = moved(before, new Slot(false, moving.id()), target.map(t -> new Slot(false, t.id())), how);
        if (after.equals(before)) throw ctx.reject("agendaMove.same", m.group(1), ctx.args.strip());
        structure(ctx).reorder(ctx.scope, meeting.id(), after);
        ctx.audit("agenda.move", "item " + moving.id());
        AgendaView now = AgendaView.of(ctx, meeting);
        return AgendaCommands.render(ctx, now, Reply.builder().text(ctx.t.get("agendaMove.done", m.group(1),
                moving.text(), now.numberOf(moving.id())))).ok();
    }

    /** The meeting's own items and sections by position. */
    private static List<Slot> sequence(Ctx ctx, Meeting meeting) {
        record At(Slot slot, int position) {}
        List<At> all = new ArrayList<>();
        ctx.store.agenda().forMeeting(ctx.scope, meeting.id()).forEach(i -> all.add(new At(new Slot(false, i.id()), i.position())));
        structure(ctx).sections(ctx.scope, meeting.id()).forEach(s -> all.add(new At(new Slot(true, s.id()), s.position())));
        return all.stream().sorted(Comparator.comparingInt(At::position)).map(At::slot).toList();
    }

    /** The sequence with {@code moving} placed before or after {@code target}, or before the first or after the last item. */
    static List<Slot> moved(List<Slot> sequence, Slot moving, Optional<Slot> target, String how) {
        List<Slot> out = new ArrayList<>(sequence);
        out.remove(moving);
        int at = switch (how) {
            case "före", "innan", "before" -> out.indexOf(target.orElseThrow());
            case "efter", "after" -> out.indexOf(target.orElseThrow()) + 1;
            case "först", "first" -> firstItem(out);
            default -> lastItem(out) + 1;
        };
        out.add(at, moving);
        return out;
    }

    private static int firstItem(List<Slot> slots) {
        for (int i = 0; i < slots.size(); i++) if (!slots.get(i).section()) return i;
        return 0;
    }

    private static int lastItem(List<Slot> slots) {
        for (int i = slots.size() - 1; i >= 0; i--) if (!slots.get(i).section()) return i;
        return slots.size() - 1;
    }

    /** bordlägg 3: the item goes to the next meeting, marked there; it stays here, marked "bordlagd till …". */
    public static Reply table(Ctx ctx) {
        ctx.requireManager();
        Matcher m = NUMBER.matcher(ctx.args.strip());
        if (!m.matches()) throw ctx.reject("table.form", ctx.args);
        Meeting meeting = agendaMeeting(ctx, "agenda.noMeetingAgenda");
        AgendaView view = AgendaView.of(ctx, meeting);
        int number = Integer.parseInt(m.group(1));
        AgendaItem item = view.item(number).orElseThrow(() -> noSuchItem(ctx, number, view));
        if (item.standing()) throw ctx.refuse("table.standing", number, item.text());
        AgendaLayout.Line line = view.layout().lineOf(item.id()).orElseThrow();
        if (line.details().tabledTo().isPresent()) throw ctx.refuse("table.already", number, item.text());
        Meeting next = ctx.meetings().all().stream()
                .filter(x -> !x.cancelled() && x.start().isAfter(meeting.start())).findFirst()
                .orElseThrow(() -> ctx.refuse("table.noNext", ctx.meetings().describe(meeting)));
        AgendaView.fixNumbers(ctx.store, ctx.scope, meeting, ctx.now);
        AgendaView.fixNumbers(ctx.store, ctx.scope, next, ctx.now);
        AgendaItem copy = structure(ctx).table(ctx.scope, item.id(), next.id(), ctx.now);
        AgendaView.fixNumbers(ctx.store, ctx.scope, next, ctx.now);
        ctx.audit("agenda.table", "item " + item.id() + " → " + copy.id());
        return Reply.builder().text(ctx.t.get("table.done", number, item.text(), ctx.meetings().describe(next),
                AgendaView.of(ctx, next).numberOf(copy.id()))).ok();
    }

    /** dagordning skicka [<möte>]: posts the agenda to the channel; from now on its numbers stay. */
    public static Reply send(Ctx ctx) {
        ctx.requireManager();
        Meeting meeting = ctx.meetings().require(ctx.args, ctx.meetings().currentOrNext(), "agenda.noMeetingAgenda");
        if (meeting.cancelled()) throw ctx.refuse("agenda.cancelled", ctx.meetings().describe(meeting));
        AgendaView view = AgendaView.of(ctx, meeting);
        if (view.items().isEmpty()) throw ctx.refuse("agendaSend.empty", ctx.meetings().describe(meeting));
        AgendaView.send(ctx.store, ctx.scope, meeting, ctx.now);
        ctx.audit("agenda.send", "meeting " + meeting.id());
        return AgendaCommands.showing(ctx, meeting).context(ctx.t.get("agendaSend.fixed")).ok().withShared(true);
    }

    /** The meeting agenda commands work on: today's or the next, not cancelled, not justerad. */
    private static Meeting agendaMeeting(Ctx ctx) {
        return agendaMeeting(ctx, "agenda.noMeeting");
    }

    /** The same, refused with {@code noneKey} when there is none (adding, or changing what is there). */
    private static Meeting agendaMeeting(Ctx ctx, String noneKey) {
        return open(ctx, ctx.meetings().currentOrNext().orElseThrow(() -> ctx.refuse(noneKey)));
    }

    private static Meeting open(Ctx ctx, Meeting meeting) {
        if (meeting.cancelled()) throw ctx.refuse("agenda.cancelled", ctx.meetings().describe(meeting));
        Lock.requireOpen(ctx, meeting);
        return meeting;
    }

    /** The meeting a command's arguments name first by its day, else today's or the next; and the arguments after it. */
    private record On(Meeting meeting, String rest) {}

    private static On on(Ctx ctx, String noneKey) {
        Matcher day = ON_DAY.matcher(ctx.args.strip());
        if (!day.matches()) return new On(agendaMeeting(ctx, noneKey), ctx.args.strip());
        Meeting meeting = ctx.meetings().ref(day.group(1), 0).orElseThrow(() -> ctx.reject("meeting.notAMeeting", day.group(1))).meeting();
        return new On(open(ctx, meeting), day.group(2).strip());
    }

    /** An item of the meeting's own (not a standing one, which every meeting shares). */
    private static AgendaItem ownItem(Ctx ctx, AgendaView view, int number) {
        AgendaItem item = view.item(number).orElseThrow(() -> noSuchItem(ctx, number, view));
        if (item.standing()) throw ctx.refuse("agendaMove.standing", number, item.text());
        return item;
    }

    static Rejected noSuchItem(Ctx ctx, int number, AgendaView view) {
        if (view.items().isEmpty()) return ctx.refuse("agenda.noItems", ctx.meetings().describe(view.meeting()));
        String numbers = String.join(", ", view.items().stream().map(i -> String.valueOf(view.numberOf(i.id()))).toList());
        return ctx.reject("agenda.noSuchItem", number, numbers);
    }

    /** The item's text with its presenter and minutes read off the end; a time that is no time is refused. */
    static Timing.Item timing(Ctx ctx, String text) {
        Timing.Read read = Timing.read(text);
        if (read instanceof Timing.NotATime bad) throw ctx.reject("agenda.notATime", bad.part());
        return (Timing.Item) read;
    }

    private static String sentDay(Ctx ctx, Meeting meeting) {
        if (!meeting.start().isAfter(ctx.now)) return ctx.t.get("agendaMove.started");
        return structure(ctx).sentAt(ctx.scope, meeting.id())
                .map(at -> ctx.t.shortDate(at.atZone(ctx.group.zone()).toLocalDate()))
                .orElseGet(() -> ctx.t.get("agendaMove.started"));
    }

    private static AgendaStructureRepository structure(Ctx ctx) {
        return ctx.store.agenda().structure();
    }
}
