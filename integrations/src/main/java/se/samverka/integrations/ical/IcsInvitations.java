package se.samverka.integrations.ical;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.samverka.core.port.Invitations;

/**
 * The core's {@link Invitations} written by {@link IcsWriter} (iCal4j). Every calendar file has an ORGANIZER (RFC 5546
 * wants one in a REQUEST and a CANCEL): the group's chair, secretary or acting member with an e-mail address, as the
 * core chose; failing that, the deployment's own mailbox (GRAPH_ORGANIZER, else SMTP_FROM) under the name "Samverka";
 * failing that, {@value #NO_REPLY}, an address that can never receive mail (RFC 2606), and then no one is asked to
 * answer (RSVP=FALSE).
 */
public final class IcsInvitations implements Invitations {
    public static final String NO_REPLY = "noreply@samverka.invalid";
    static final String NAME = "Samverka";

    private final Person fallback;

    /** Without a mailbox of its own (the console without e-mail or Outlook). */
    public IcsInvitations() {
        this(Optional.empty());
    }

    /** @param mailbox the deployment's mailbox, for meetings whose group has no chair or secretary with an address */
    public IcsInvitations(Optional<String> mailbox) {
        Objects.requireNonNull(mailbox, "mailbox");
        this.fallback = new Person(NAME, mailbox.map(String::strip).filter(m -> m.contains("@")).orElse(NO_REPLY));
    }

    @Override
    public String invitation(ZoneId zone, Meeting meeting, Instant now) {
        return IcsWriter.write(meeting.cancelled() ? IcsWriter.Kind.CANCEL : IcsWriter.Kind.REQUEST, zone,
                List.of(event(meeting)), now);
    }

    @Override
    public String feed(ZoneId zone, String name, List<Meeting> meetings, Instant now) {
        return IcsWriter.write(IcsWriter.Kind.PUBLISH, zone, meetings.stream().map(this::event).toList(), now);
    }

    private IcsWriter.Event event(Meeting m) {
        Person organizer = m.organizer().orElse(fallback);
        return new IcsWriter.Event(m.uid(), m.sequence(), m.start(), m.end(), m.summary(), m.location(), m.description(),
                Optional.of(new IcsWriter.Person(organizer.name(), organizer.email())),
                m.attendees().stream().map(a -> new IcsWriter.Person(a.name(), a.email())).toList(), m.cancelled());
    }
}
