package se.samverka.core.port;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Calendar files (RFC 5545) for meetings: invitations, cancellations and a group's whole calendar. */
public interface Invitations {

    record Person(String name, String email) {
        public Person {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(email, "email");
        }
    }

    /** One meeting as the calendar shows it. */
    record Meeting(String uid, int sequence, ZonedDateTime start, ZonedDateTime end, String summary,
                   Optional<String> location, String description, Optional<Person> organizer, List<Person> attendees,
                   boolean cancelled) {
        public Meeting {
            attendees = List.copyOf(attendees);
        }
    }

    /** METHOD:REQUEST for a meeting planned or changed, METHOD:CANCEL for one cancelled. */
    String invitation(ZoneId zone, Meeting meeting, Instant now);

    /** METHOD:PUBLISH: every meeting of a group, for a calendar subscription. */
    String feed(ZoneId zone, String name, List<Meeting> meetings, Instant now);
}
