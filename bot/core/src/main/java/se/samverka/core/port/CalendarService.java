package se.samverka.core.port;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An organiser's calendar outside the bot (Outlook through Microsoft Graph): a meeting becomes an event there,
 * with every member invited. Each call either succeeds or throws {@link DeliveryException}; the caller keeps
 * the meeting and tries again later.
 */
public interface CalendarService {

    /** Someone to invite. */
    record Attendee(String name, String email) {
        public Attendee {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(email, "email");
        }
    }

    /**
     * What the event should say.
     *
     * @param key a stable key of the meeting (its iCalendar UID): a create that is sent twice makes one event
     */
    record Event(String key, String subject, ZonedDateTime start, ZonedDateTime end, Optional<String> location,
                 String bodyHtml, List<Attendee> attendees) {
        public Event {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(bodyHtml, "bodyHtml");
            attendees = List.copyOf(attendees);
        }
    }

    /** The calendar's id of the event and, when it has one, the link to join it online. */
    record Saved(String eventId, Optional<String> joinUrl) {
        public Saved {
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(joinUrl, "joinUrl");
        }
    }

    /** The event was not found (deleted in the calendar): a new one has to be made. */
    final class Gone extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Gone(String eventId) {
            super("no such event: " + eventId);
        }
    }

    Saved create(Event event);

    /** Makes the event say this; throws {@link Gone} when it is no longer there. */
    Saved update(String eventId, Event event);

    /** Cancels the event and tells the attendees, with {@code comment}; an event already gone is fine. */
    void cancel(String eventId, String comment);
}
