package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Attendee;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverka.config.ConfigLoader;
import se.samverka.integrations.ical.IcsInvitations;

/**
 * The calendar files the console saves, read back by an independent parser (biweekly): folded at 75 octets with
 * Swedish and Arabic text whole, always an ORGANIZER, a cancellation that does not list the organiser as declining,
 * and a file for a series of meetings.
 */
class ConsoleCalendarFilesTest {
    static final String SWEDISH = "Återrapportering från länsstyrelsens samråd om näringslivets kompetensförsörjning i "
            + "Hylte, Falkenberg och Varberg – åtgärder och övrigt";
    static final String ARABIC = "تقرير عن اجتماع التشاور مع المحافظة بشأن توفير الكفاءات لقطاع الأعمال في هالمستاد";

    @TempDir
    Path folder;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    String console(String... commands) throws Exception {
        out.reset();
        String input = String.join("\n", commands) + "\n";
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"console", "--db", folder.resolve("samverka.db").toString(), "--as", "Amina Boulaabi"},
                Map.of(), new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false, clock);
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    Path saved(String text, String name) {
        Path file = folder.resolve("invitations").resolve(name);
        assertTrue(text.contains("📎 " + file), text);
        return file;
    }

    /** Every line at most 75 octets, and each line whole UTF-8 on its own. */
    static String foldedAt75Octets(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        int start = 0;
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                assertTrue(i - start <= 75, (i - start) + " octets in " + file.getFileName() + ": "
                        + new String(bytes, start, i - start, StandardCharsets.UTF_8));
                assertTrue(start == i || (bytes[start] & 0xC0) != 0x80, "a line begins inside a UTF-8 sequence");
                start = i + 2;
            }
        }
        assertEquals(bytes.length, start, "ends with CRLF");
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void anInvitationIsFoldedAt75OctetsKeepsItsTextAndHasAnOrganiserAndTheCancellationDeclinesNoOne() throws Exception {
        String text = console("grupp skapa Strategisk grupp integration",
                "medlem Boel Abelson-Crossley, Region Halland, boel@example.se, ordförande",
                "medlem Åsa Öberg-Ärlemalm, Halmstads kommun, asa.oberg-arlemalm@halmstad.se",
                "medlem عائشة الحسيني, Arbetsförmedlingen, aisha@example.se",
                "möte 10 december 2026 9-12 Länsstyrelsen i Hallands län, Slottsgatan",
                "punkt " + SWEDISH, "punkt " + ARABIC,
                "flytta 10 december 2026 till 11 december 2026 13-16", "ställ in 11 december 2026");
        ICalendar request = Biweekly.parse(foldedAt75Octets(saved(text, "inbjudan-2026-12-11.ics"))).first();
        VEvent event = request.getEvents().get(0);
        String description = event.getDescription().getValue();
        assertTrue(description.contains("1. " + SWEDISH + "\n2. " + ARABIC + "\n"), description);
        assertEquals("boel@example.se", event.getOrganizer().getEmail());
        assertEquals("Boel Abelson-Crossley", event.getOrganizer().getCommonName());
        assertEquals(List.of("Åsa Öberg-Ärlemalm", "عائشة الحسيني"), event.getAttendees().stream()
                .filter(a -> "NEEDS-ACTION".equals(a.getParticipationStatus().getValue())).map(Attendee::getCommonName).toList());

        String cancelText = foldedAt75Octets(saved(text, "installt-2026-12-11.ics"));
        VEvent cancelled = Biweekly.parse(cancelText).first().getEvents().get(0);
        assertEquals("boel@example.se", cancelled.getOrganizer().getEmail());
        assertEquals(List.of("asa.oberg-arlemalm@halmstad.se", "aisha@example.se"),
                cancelled.getAttendees().stream().map(Attendee::getEmail).toList(), "the organiser is no attendee of the cancellation");
        assertTrue(!cancelText.contains("DECLINED"), cancelText);
    }

    @Test
    void withNoAddressAnywhereTheOrganiserIsAnAddressNoOneIsAskedToAnswer() throws Exception {
        String text = console("grupp skapa Strategisk grupp integration", "medlem Tor Jacobsen, Falkenberg, tor@example.se",
                "möte 10 december 2026 9-12 Halmstad");
        VEvent event = Biweekly.parse(foldedAt75Octets(saved(text, "inbjudan-2026-12-10.ics"))).first().getEvents().get(0);
        assertEquals(IcsInvitations.NO_REPLY, event.getOrganizer().getEmail());
        assertEquals("Samverka", event.getOrganizer().getCommonName());
        assertEquals(Boolean.FALSE, event.getAttendees().get(0).getRsvp());
    }

    @Test
    void aSeriesOfMeetingsIsSavedAsOneCalendarFileWithEveryMeeting() throws Exception {
        String text = console("grupp skapa Strategisk grupp integration",
                "medlem Boel Abelson-Crossley, Region Halland, boel@example.se, ordförande",
                "mötesserie tredje fredagen varje månad kl 9-12 från 1 januari 2027 till och med 30 april 2027 värdar: Falkenberg, Hylte");
        Path file = saved(text, "motesserie-2027-01-15.ics");
        ICalendar calendar = Biweekly.parse(foldedAt75Octets(file)).first();
        assertEquals("PUBLISH", calendar.getMethod().getValue());
        ZoneId stockholm = ZoneId.of("Europe/Stockholm");
        List<LocalDate> days = calendar.getEvents().stream()
                .map(e -> e.getDateStart().getValue().toInstant().atZone(stockholm).toLocalDate()).toList();
        assertEquals(List.of(LocalDate.of(2027, 1, 15), LocalDate.of(2027, 2, 19), LocalDate.of(2027, 3, 19),
                LocalDate.of(2027, 4, 16)), days);
        assertEquals(4, calendar.getEvents().stream().map(e -> e.getUid().getValue()).distinct().count(), "each its own UID");
        assertTrue(calendar.getEvents().stream().allMatch(e -> "boel@example.se".equals(e.getOrganizer().getEmail())));
        assertEquals(List.of("Falkenberg", "Hylte", "Falkenberg", "Hylte"),
                calendar.getEvents().stream().map(e -> e.getLocation().getValue()).toList());

        // a later move of one meeting is an invitation with the same UID, to update what was imported
        String moved = console("flytta 19 februari 2027 till 18 februari 2027");
        VEvent update = Biweekly.parse(foldedAt75Octets(saved(moved, "inbjudan-2027-02-18.ics"))).first().getEvents().get(0);
        assertEquals(calendar.getEvents().get(1).getUid().getValue(), update.getUid().getValue());
    }
}
