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

    static final String SWEDISH = "Dagordning:\n1. Återrapportering från länsstyrelsens samråd om näringslivets "
            + "kompetensförsörjning i Hylte, Falkenberg och Varberg\n2. Ärenden; beslut, åtgärder – övrigt 👍";
    static final String ARABIC = "جدول الأعمال:\n1. تقرير عن اجتماع التشاور مع المحافظة بشأن توفير الكفاءات لقطاع الأعمال"
            + "\n2. المسائل والقرارات والإجراءات 🇸🇪";

    static IcsWriter.Event withOrganiserAmongAttendees(String summary, String description, boolean cancelled) {
        IcsWriter.Person boel = new IcsWriter.Person("Boel Abelson-Crossley", "Boel@Example.se");
        return new IcsWriter.Event("ab5f8c1e@samverka", cancelled ? 1 : 0, ZonedDateTime.of(2026, 12, 10, 9, 0, 0, 0, STOCKHOLM),
                ZonedDateTime.of(2026, 12, 10, 12, 0, 0, 0, STOCKHOLM), summary, Optional.of("Länsstyrelsen i Hallands län, Slottsgatan"),
                description, Optional.of(new IcsWriter.Person("Boel Abelson-Crossley", "boel@example.se")),
                List.of(boel, new IcsWriter.Person("Åsa Öberg-Ärlemalm", "asa.oberg-arlemalm@halmstad.se"),
                        new IcsWriter.Person("عائشة الحسيني", "aisha@example.se")), cancelled);
    }

    @Test
    void everyLineIsAtMost75OctetsAndTheSwedishAndArabicTextReadsBackWhole() throws Exception {
        for (String text : List.of(SWEDISH, ARABIC)) {
            String summary = text.substring(text.indexOf("1. ") + 3, text.indexOf("\n2."));
            for (IcsWriter.Kind kind : IcsWriter.Kind.values()) {
                String ics = IcsWriter.write(kind, STOCKHOLM, List.of(withOrganiserAmongAttendees(summary, text,
                        kind == IcsWriter.Kind.CANCEL)), STAMP);
                FoldingTest.assertFoldedLines(ics);
                assertTrue(ics.contains("\r\n "), "long lines are folded");
                VEvent e = Biweekly.parse(ics).first().getEvents().get(0);
                assertEquals(summary, e.getSummary().getValue(), kind.name());
                assertEquals(text, e.getDescription().getValue(), kind.name());
                assertEquals("Länsstyrelsen i Hallands län, Slottsgatan", e.getLocation().getValue());
            }
        }
    }

    @Test
    void theOrganiserIsTheChairInARequestAndNoAttendeeOfACancellation() {
        String request = IcsWriter.write(IcsWriter.Kind.REQUEST, STOCKHOLM, List.of(withOrganiserAmongAttendees("Möte", "x", false)), STAMP);
        VEvent invited = Biweekly.parse(request).first().getEvents().get(0);
        assertEquals("boel@example.se", invited.getOrganizer().getEmail());
        Attendee chair = invited.getAttendees().get(0);
        assertEquals("CHAIR", chair.getRole().getValue());
        assertEquals("ACCEPTED", chair.getParticipationStatus().getValue());
        assertEquals(Boolean.FALSE, chair.getRsvp());
        assertEquals("NEEDS-ACTION", invited.getAttendees().get(1).getParticipationStatus().getValue());
        assertEquals(Boolean.TRUE, invited.getAttendees().get(1).getRsvp());

        String cancel = IcsWriter.write(IcsWriter.Kind.CANCEL, STOCKHOLM, List.of(withOrganiserAmongAttendees("Möte", "x", true)), STAMP);
        VEvent cancelled = Biweekly.parse(cancel).first().getEvents().get(0);
        assertEquals("boel@example.se", cancelled.getOrganizer().getEmail());
        assertEquals(List.of("asa.oberg-arlemalm@halmstad.se", "aisha@example.se"),
                cancelled.getAttendees().stream().map(Attendee::getEmail).toList(), "the organiser is not an attendee");
        assertTrue(!cancel.contains("DECLINED"), "no one declined: the meeting is called off\n" + cancel);
        assertTrue(cancelled.getAttendees().stream().allMatch(a -> a.getParticipationStatus() == null), cancel);
    }

    @Test
    void noOneIsAskedToAnswerAnOrganiserWhoCannotReceiveIt() {
        IcsWriter.Event e = withOrganiserAmongAttendees("Möte", "x", false);
        IcsWriter.Event placeholder = new IcsWriter.Event(e.uid(), e.sequence(), e.start(), e.end(), e.summary(), e.location(),
                e.description(), Optional.of(new IcsWriter.Person("Samverka", "noreply@samverka.invalid")), e.attendees(), false);
        VEvent v = Biweekly.parse(IcsWriter.write(IcsWriter.Kind.REQUEST, STOCKHOLM, List.of(placeholder), STAMP)).first().getEvents().get(0);
        assertEquals("noreply@samverka.invalid", v.getOrganizer().getEmail());
        assertTrue(v.getAttendees().stream().allMatch(a -> Boolean.FALSE.equals(a.getRsvp())), "RSVP=FALSE for all");
    }
}
