package se.samverka.integrations.graph;

import com.microsoft.graph.models.AttendeeType;
import com.microsoft.graph.models.BodyType;
import com.microsoft.graph.models.DateTimeTimeZone;
import com.microsoft.graph.models.EmailAddress;
import com.microsoft.graph.models.ItemBody;
import com.microsoft.graph.models.Location;
import com.microsoft.graph.models.OnlineMeetingProviderType;
import com.microsoft.graph.users.item.events.item.cancel.CancelPostRequestBody;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.samverka.core.port.CalendarService;

/**
 * Meetings as events in the organiser's Outlook calendar ({@code /users/{organiser}/events}): times in the group's
 * zone (e.g. Europe/Stockholm), every member an attendee (members in other tenants get the invitation as external
 * guests), the place, the agenda as the HTML body and, when {@code GRAPH_TEAMS_LINK} is on, a Teams meeting.
 * A create carries the meeting's UID as Graph's transactionId, so a create sent twice makes one event.
 * Needs the application permission Calendars.ReadWrite (limited to the organiser's mailbox by an access policy).
 */
public final class GraphCalendar implements CalendarService {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private final Graph graph;

    public GraphCalendar(Graph graph) {
        this.graph = graph;
    }

    @Override
    public Saved create(CalendarService.Event event) {
        com.microsoft.graph.models.Event e = toGraph(event);
        e.setTransactionId(event.key());
        if (graph.settings().teamsLink()) {
            e.setIsOnlineMeeting(true);
            e.setOnlineMeetingProvider(OnlineMeetingProviderType.TeamsForBusiness);
        }
        try {
            return saved(events().post(e));
        } catch (RuntimeException ex) {
            throw Graph.failure("create event", ex);
        }
    }

    @Override
    public Saved update(String eventId, CalendarService.Event event) {
        try {
            return saved(events().byEventId(eventId).patch(toGraph(event)));
        } catch (RuntimeException ex) {
            if (Graph.status(ex) == 404) throw new Gone(eventId);
            throw Graph.failure("update event", ex);
        }
    }

    @Override
    public void cancel(String eventId, String comment) {
        CancelPostRequestBody body = new CancelPostRequestBody();
        body.setComment(comment);
        try {
            events().byEventId(eventId).cancel().post(body);
        } catch (RuntimeException ex) {
            if (Graph.status(ex) == 404) return; // already gone
            throw Graph.failure("cancel event", ex);
        }
    }

    private com.microsoft.graph.users.item.events.EventsRequestBuilder events() {
        return graph.client().users().byUserId(graph.settings().organizer()).events();
    }

    private static Saved saved(com.microsoft.graph.models.Event e) {
        Optional<String> join = Optional.ofNullable(e.getOnlineMeeting()).map(m -> m.getJoinUrl());
        return new Saved(e.getId(), join);
    }

    static com.microsoft.graph.models.Event toGraph(CalendarService.Event event) {
        com.microsoft.graph.models.Event e = new com.microsoft.graph.models.Event();
        e.setSubject(event.subject());
        ItemBody body = new ItemBody();
        body.setContentType(BodyType.Html);
        body.setContent(event.bodyHtml());
        e.setBody(body);
        e.setStart(time(event.start()));
        e.setEnd(time(event.end()));
        Location location = new Location();
        location.setDisplayName(event.location().orElse(""));
        e.setLocation(location);
        List<com.microsoft.graph.models.Attendee> attendees = new ArrayList<>();
        for (CalendarService.Attendee a : event.attendees()) {
            com.microsoft.graph.models.Attendee attendee = new com.microsoft.graph.models.Attendee();
            EmailAddress address = new EmailAddress();
            address.setAddress(a.email());
            address.setName(a.name());
            attendee.setEmailAddress(address);
            attendee.setType(AttendeeType.Required);
            attendees.add(attendee);
        }
        e.setAttendees(attendees);
        e.setAllowNewTimeProposals(true);
        return e;
    }

    private static DateTimeTimeZone time(ZonedDateTime t) {
        DateTimeTimeZone d = new DateTimeTimeZone();
        d.setDateTime(LOCAL.format(t));
        d.setTimeZone(t.getZone().getId());
        return d;
    }
}
