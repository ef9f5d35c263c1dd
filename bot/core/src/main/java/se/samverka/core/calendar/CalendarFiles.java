package se.samverka.core.calendar;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.samverka.core.agenda.AgendaView;
import se.samverka.core.chat.Block;
import se.samverka.core.domain.AgendaItem;
import se.samverka.core.domain.Group;
import se.samverka.core.domain.Meeting;
import se.samverka.core.domain.Member;
import se.samverka.core.domain.Role;
import se.samverka.core.engine.Ctx;
import se.samverka.core.meeting.MeetingFinder;
import se.samverka.core.port.Invitations;
import se.samverka.core.port.Store;
import se.samverka.core.text.Texts;

/** A meeting as the calendar files show it: summary, place, the agenda as text, organiser and attendees. */
public final class CalendarFiles {
    private CalendarFiles() {}

    static Invitations.Meeting of(Store store, Group group, Meeting m, Instant now, Optional<Member> actor) {
        Texts t = Texts.of(group.lang());
        List<Member> roster = store.members().roster(group.scope());
        List<AgendaItem> agenda = AgendaView.items(store, group.scope(), m, now);
        StringBuilder description = new StringBuilder(t.get("calendar.intro", group.name()));
        m.host().ifPresent(h -> description.append('\n').append(t.get("calendar.host", h)));
        description.append("\n\n").append(t.get("calendar.agenda")).append(":\n");
        if (agenda.isEmpty()) description.append(t.get("calendar.noAgenda"));
        for (int i = 0; i < agenda.size(); i++) description.append(i + 1).append(". ").append(agenda.get(i).text()).append('\n');
        description.append("\n").append(t.get("calendar.footer"));
        Optional<Invitations.Person> organizer = roster.stream().filter(x -> x.role() == Role.CHAIR && x.email().isPresent())
                .findFirst()
                .or(() -> roster.stream().filter(x -> x.role().manages() && x.email().isPresent()).findFirst())
                .or(() -> actor.filter(a -> a.email().isPresent()))
                .map(x -> new Invitations.Person(x.name(), x.email().get()));
        List<Invitations.Person> attendees = roster.stream().filter(x -> x.email().isPresent())
                .map(x -> new Invitations.Person(x.name(), x.email().get())).toList();
        return new Invitations.Meeting(m.icsUid(), m.sequence(), m.startIn(group.zone()), m.endIn(group.zone()),
                t.get("calendar.subject", group.name()), MeetingFinder.placeText(m), description.toString().strip(),
                organizer, attendees, m.cancelled());
    }

    /** The invitation (or cancellation) to attach to the reply of a meeting change, when calendar files are made. */
    public static Optional<Block.Document> attachment(Ctx ctx, Meeting m) {
        if (ctx.invitations.isEmpty()) return Optional.empty();
        String ics = ctx.invitations.get().invitation(ctx.group.zone(), of(ctx.store, ctx.group, m, ctx.now, ctx.actor), ctx.now);
        String name = ctx.t.get(m.cancelled() ? "calendar.cancelFile" : "calendar.inviteFile",
                m.startIn(ctx.group.zone()).toLocalDate()) + ".ics";
        return Optional.of(new Block.Document(name, Block.Document.CALENDAR + "; method=" + (m.cancelled() ? "CANCEL" : "REQUEST"), ics));
    }

    /**
     * The meetings a series has just booked, in one calendar file (METHOD:PUBLISH) that calendars import whole: an
     * invitation (REQUEST) may carry only one meeting (RFC 5546 — one UID a message), and Outlook reads only the first
     * event of a REQUEST with several. Each meeting keeps its own UID and SEQUENCE, so a later move or cancellation of
     * one of them (a REQUEST or CANCEL file) updates the event imported from this file.
     */
    public static Optional<Block.Document> series(Ctx ctx, List<Meeting> meetings) {
        if (ctx.invitations.isEmpty() || meetings.isEmpty()) return Optional.empty();
        List<Invitations.Meeting> events = meetings.stream().map(m -> of(ctx.store, ctx.group, m, ctx.now, ctx.actor)).toList();
        String ics = ctx.invitations.get().feed(ctx.group.zone(), ctx.group.name(), events, ctx.now);
        String name = ctx.t.get("calendar.seriesFile", meetings.get(0).startIn(ctx.group.zone()).toLocalDate()) + ".ics";
        return Optional.of(new Block.Document(name, Block.Document.CALENDAR + "; method=PUBLISH", ics));
    }
}
