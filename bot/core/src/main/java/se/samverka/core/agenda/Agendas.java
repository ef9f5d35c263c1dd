package se.samverka.core.agenda;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.domain.Meeting;
import se.samverka.core.port.AgendaStructureRepository;
import se.samverka.core.port.Store;

/** Reads a meeting's agenda from the store, for the chat, the minutes and the web pages alike. */
public final class Agendas {
    private Agendas() {}

    /**
     * The standing items in force when the agenda was sent, else when the meeting started (or now, for one still
     * ahead), and the meeting's own items: a standing item added or retired after sending changes later agendas only.
     */
    public static AgendaLayout read(Store store, GroupScope scope, Meeting meeting, Instant now, ZoneId zone) {
        AgendaStructureRepository structure = store.agenda().structure();
        Instant at = meeting.start().isAfter(now) ? now : meeting.start();
        Optional<Instant> sentAt = structure.sentAt(scope, meeting.id());
        if (sentAt.isPresent() && sentAt.get().isBefore(at)) at = sentAt.get();
        AgendaLayout.Parts parts = new AgendaLayout.Parts(store.agenda().standing(scope, at),
                store.agenda().forMeeting(scope, meeting.id()), structure.subItems(scope, meeting.id()),
                structure.sections(scope, meeting.id()), structure.details(scope, meeting.id()),
                structure.labels(scope, meeting.id()), sentAt.isPresent() || !meeting.start().isAfter(now));
        return AgendaLayout.of(parts, meeting.startIn(zone).toLocalTime());
    }

    /** Sent: by {@code dagordning skicka}, by the reminder the day before, or once the meeting has started. */
    public static boolean sent(Store store, GroupScope scope, Meeting meeting, Instant now) {
        return !meeting.start().isAfter(now) || store.agenda().structure().sentAt(scope, meeting.id()).isPresent();
    }
}
