package se.samverka.integrations.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.property.Attendee;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The invitations read back by an independent parser (biweekly), property by property, and compared with saved files. */
class IcsWriterTest {
    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    static final Instant STAMP = Instant.parse("2026-11-22T09:15:00Z");

    static IcsWriter.Event meeting(int sequence, boolean cancelled, ZonedDateTime start) {
        return new IcsWriter.Event("0b5f8c1e-2f3a-4c55-9d7e-1a2b3c4d5e6f@samverka", sequence, start, start.plusHours(3),
                "Strategisk grupp integration – möte", Optional.of("Halmstad (Länsstyrelsen)"),
                "Dagordning:\n1. Laget runt\n2. Budget 2027; beslut, åtgärder", Optional.of(new IcsWriter.Person("Boel Abelson-Crossley",
                        "boel@example.se")),
                List.of(new IcsWriter.Person("Tor Jacobsen", "tor@falkenberg.se"), new IcsWriter.Person("Amina Boulaabi", "amina@example.se")),
                cancelled);
    }

    static void assertSaved(String name, String ics) throws Exception {
        Path file = Path.of(System.getProperty("samverka.root", ".."), "integrations/src/test/resources/ical", name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, ics);
        }
        assertEquals(Files.readString(file), ics, "differs from " + file + " (-Dgolden.update=true rewrites it)");
    }

    @Test
    void anInvitationIsReadBackPropertyByProperty() throws Exception {
        ZonedDateTime winter = ZonedDateTime.of(2026, 12, 10, 9, 0, 0, 0, STOCKHOLM);
        String ics = IcsWriter.write(IcsWriter.Kind.REQUEST, STOCKHOLM, List.of(meeting(0, false, winter)), STAMP);
        assertSaved("request.ics", ics);
        assertTrue(ics.contains("DTSTART;TZID=Europe/Stockholm:20261210T090000\r\n"), ics);
        assertTrue(!ics.contains("Berlin"), "the zone keeps its own name");

        ICalendar cal = Biweekly.parse(ics).first();
        assertEquals("REQUEST", cal.getMethod().getValue());
        assertEquals(IcsWriter.PRODUCT, cal.getProductId().getValue());
        VEvent e = cal.getEvents().get(0);
        assertEquals("0b5f8c1e-2f3a-4c55-9d7e-1a2b3c4d5e6f@samverka", e.getUid().getValue());
        assertEquals(0, e.getSequence().getValue());
        assertEquals(STAMP, e.getDateTimeStamp().getValue().toInstant());
        assertEquals(winter.toInstant(), e.getDateStart().getValue().toInstant(), "09:00 in Stockholm is 08:00 UTC in December");
        assertEquals(winter.plusHours(3).toInstant(), e.getDateEnd().getValue().toInstant());
        assertEquals("Strategisk grupp integration – möte", e.getSummary().getValue());
        assertEquals("Halmstad (Länsstyrelsen)", e.getLocation().getValue());
        assertEquals("Dagordning:\n1. Laget runt\n2. Budget 2027; beslut, åtgärder", e.getDescription().getValue());
        assertEquals("boel@example.se", e.getOrganizer().getEmail());
        assertEquals("Boel Abelson-Crossley", e.getOrganizer().getCommonName());
        List<Attendee> attendees = e.getAttendees();
        assertEquals(2, attendees.size());
        assertEquals("Tor Jacobsen", attendees.get(0).getCommonName());
        assertEquals("tor@falkenberg.se", attendees.get(0).getEmail());
        assertEquals(Boolean.TRUE, attendees.get(0).getRsvp());
        assertEquals("CONFIRMED", e.getStatus().getValue());

        TimezoneAssignment tz = cal.getTimezoneInfo().getTimezone(e.getDateStart());
        VTimezone vtz = tz.getComponent();
        assertEquals("Europe/Stockholm", vtz.getTimezoneId().getValue(), "the TZID of DTSTART is defined in the file");
        assertEquals(1, cal.getTimezoneInfo().getComponents().size(), "one VTIMEZONE");
    }

    @Test
    void summerTimeAndAChangeAndACancellation() throws Exception {
        ZonedDateTime summer = ZonedDateTime.of(2027, 6, 3, 13, 0, 0, 0, STOCKHOLM);
        String moved = IcsWriter.write(IcsWriter.Kind.REQUEST, STOCKHOLM, List.of(meeting(1, false, summer)), STAMP);
        VEvent e = Biweekly.parse(moved).first().getEvents().get(0);
        assertEquals(summer.toInstant(), e.getDateStart().getValue().toInstant(), "13:00 in June is 11:00 UTC");
        assertEquals(1, e.getSequence().getValue());

        String cancel = IcsWriter.write(IcsWriter.Kind.CANCEL, STOCKHOLM, List.of(meeting(2, true, summer)), STAMP);
        assertSaved("cancel.ics", cancel);
        ICalendar cal = Biweekly.parse(cancel).first();
        assertEquals("CANCEL", cal.getMethod().getValue());
        assertEquals("CANCELLED", cal.getEvents().get(0).getStatus().getValue());
        assertEquals(2, cal.getEvents().get(0).getSequence().getValue());
    }

    @Test
    void aZoneWithoutSummerTimeAndOneSouthOfTheEquator() {
        for (String id : List.of("Asia/Tokyo", "America/Sao_Paulo", "Australia/Sydney", "America/New_York")) {
            ZoneId zone = ZoneId.of(id);
            ZonedDateTime at = ZonedDateTime.of(2027, 1, 15, 9, 0, 0, 0, zone);
            ZonedDateTime later = ZonedDateTime.of(2027, 7, 15, 9, 0, 0, 0, zone);
            String ics = IcsWriter.write(IcsWriter.Kind.PUBLISH, zone, List.of(meeting(0, false, at), meeting(0, false, later)), STAMP);
            List<VEvent> events = Biweekly.parse(ics).first().getEvents();
            assertEquals(at.toInstant(), events.get(0).getDateStart().getValue().toInstant(), id);
            assertEquals(later.toInstant(), events.get(1).getDateStart().getValue().toInstant(), id);
        }
    }
}
