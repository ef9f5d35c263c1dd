package se.samverka.integrations.ical;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import se.samverka.core.port.Invitations;

/** The core's {@link Invitations} written by {@link IcsWriter} (iCal4j). */
public final class IcsInvitations implements Invitations {

    @Override
    public String invitation(ZoneId zone, Meeting meeting, Instant now) {
        return IcsWriter.write(meeting.cancelled() ? IcsWriter.Kind.CANCEL : IcsWriter.Kind.REQUEST, zone,
                List.of(event(meeting)), now);
    }

    @Override
    public String feed(ZoneId zone, String name, List<Meeting> meetings, Instant now) {
        return IcsWriter.write(IcsWriter.Kind.PUBLISH, zone, meetings.stream().map(IcsInvitations::event).toList(), now);
    }

    private static IcsWriter.Event event(Meeting m) {
        return new IcsWriter.Event(m.uid(), m.sequence(), m.start(), m.end(), m.summary(), m.location(), m.description(),
                m.organizer().map(o -> new IcsWriter.Person(o.name(), o.email())),
                m.attendees().stream().map(a -> new IcsWriter.Person(a.name(), a.email())).toList(), m.cancelled());
    }
}
