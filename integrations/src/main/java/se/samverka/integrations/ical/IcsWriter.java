package se.samverka.integrations.ical;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Version;
import net.fortuna.ical4j.model.property.XProperty;

/**
 * RFC 5545 calendars with iCal4j: METHOD:REQUEST invitations (UID, SEQUENCE, DTSTAMP, ORGANIZER, an ATTENDEE per
 * member with CN and RSVP, LOCATION, DESCRIPTION with the agenda), METHOD:CANCEL for a cancelled meeting, and
 * METHOD:PUBLISH feeds; times in the group's zone with a VTIMEZONE of the same name ({@link TimeZones}).
 */
public final class IcsWriter {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
    public static final String PRODUCT = "-//Samverka//Samverka meeting assistant//SV";

    private IcsWriter() {}

    public record Person(String name, String email) {
        public Person {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(email, "email");
        }
    }

    /** One meeting as an event. */
    public record Event(String uid, int sequence, ZonedDateTime start, ZonedDateTime end, String summary,
                        Optional<String> location, String description, Optional<Person> organizer, List<Person> attendees,
                        boolean cancelled) {
        public Event {
            attendees = List.copyOf(attendees);
        }
    }

    public enum Kind { REQUEST, CANCEL, PUBLISH }

    /** The calendar text (CRLF lines, folded at 75 octets by {@link Folding}). */
    public static String write(Kind kind, ZoneId zone, List<Event> events, Instant stamp) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(new Version(new ParameterList(), Version.VALUE_2_0));
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        calendar.add(new Method(kind.name()));
        if (kind == Kind.PUBLISH) calendar.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
        calendar.add(vtimezone(zone));
        for (Event e : events) calendar.add(event(e, zone, stamp, kind));
        // iCal4j's own folding counts characters (75 of them can be 150 octets of Swedish or Arabic): fold here
        return Folding.fold(calendar.toString());
    }

    private static VEvent event(Event e, ZoneId zone, Instant stamp, Kind kind) {
        VEvent v = new VEvent(false);
        v.add(new Uid(e.uid()));
        v.add(new Sequence(e.sequence()));
        v.add(new DtStamp(stamp));
        v.add(new DtStart<>(new ParameterList(List.of(new TzId(zone.getId()))), LOCAL.format(e.start().withZoneSameInstant(zone))));
        v.add(new DtEnd<>(new ParameterList(List.of(new TzId(zone.getId()))), LOCAL.format(e.end().withZoneSameInstant(zone))));
        v.add(new Summary(e.summary()));
        e.location().ifPresent(l -> v.add(new Location(l)));
        if (!e.description().isBlank()) v.add(new Description(e.description()));
        e.organizer().ifPresent(o -> v.add(new Organizer(new ParameterList(List.of(new Cn(o.name()))), mailto(o.email()))));
        if (kind != Kind.PUBLISH) e.attendees().forEach(a -> attendee(e, a, kind).ifPresent(v::add));
        v.add(e.cancelled() || kind == Kind.CANCEL ? new Status(Status.VALUE_CANCELLED) : new Status(Status.VALUE_CONFIRMED));
        return v;
    }

    /**
     * An invited member: asked to answer (RSVP) a REQUEST, unless no one could receive the answer (the organiser's
     * address is a placeholder under .invalid). The organiser, when a member too, is the chair who has accepted; in a
     * CANCEL the organiser is left out (they cancelled it, they did not decline it) and no one is said to have
     * declined — the meeting is called off, the attendees are only told.
     */
    private static Optional<Attendee> attendee(Event e, Person a, Kind kind) {
        boolean organiser = e.organizer().map(o -> o.email().strip().equalsIgnoreCase(a.email().strip())).orElse(false);
        if (organiser && kind == Kind.CANCEL) return Optional.empty();
        ParameterList parameters;
        if (organiser) {
            parameters = new ParameterList(List.of(new Cn(a.name()), Role.CHAIR, PartStat.ACCEPTED, new Rsvp(false)));
        } else if (kind == Kind.CANCEL) {
            parameters = new ParameterList(List.of(new Cn(a.name()), Role.REQ_PARTICIPANT));
        } else {
            boolean answerable = e.organizer().map(o -> !o.email().strip().toLowerCase(Locale.ROOT)
                    .endsWith(".invalid")).orElse(false);
            parameters = new ParameterList(List.of(new Cn(a.name()), Role.REQ_PARTICIPANT, PartStat.NEEDS_ACTION,
                    new Rsvp(answerable)));
        }
        return Optional.of(new Attendee(parameters, mailto(a.email())));
    }

    private static URI mailto(String email) {
        return URI.create("mailto:" + email.strip());
    }

    private static VTimeZone vtimezone(ZoneId zone) {
        String text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:" + PRODUCT + "\r\n" + TimeZones.vtimezone(zone) + "END:VCALENDAR\r\n";
        try {
            Calendar parsed = new CalendarBuilder().build(new StringReader(text));
            return (VTimeZone) parsed.getComponents().get(0);
        } catch (IOException | ParserException e) {
            throw new IllegalStateException("cannot build the VTIMEZONE of " + zone, e);
        }
    }
}
