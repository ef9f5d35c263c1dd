package se.samverka.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samverka.core.domain.AgendaItem;
import se.samverka.core.domain.Group;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.domain.Lang;
import se.samverka.core.domain.Meeting;
import se.samverka.core.port.CalendarService;
import se.samverka.core.text.Texts;

class CalendarSyncTest {
    static final Group GROUP = new Group(new GroupScope(1, 1), "Strategisk grupp <integration>",
            ZoneId.of("Europe/Stockholm"), Lang.SV);
    static final Meeting MEETING = new Meeting(7, Instant.parse("2026-12-10T12:00:00Z"), Instant.parse("2026-12-10T15:00:00Z"),
            Optional.of("Halmstad"), Optional.of("Länsstyrelsen"), Meeting.Status.PLANNED, Optional.empty(), "uid-7@samverka", 0);

    @Test
    void theBackoffDoublesFromAMinuteToAnHour() {
        assertEquals(Duration.ofMinutes(1), CalendarSync.backoff(1));
        assertEquals(Duration.ofMinutes(2), CalendarSync.backoff(2));
        assertEquals(Duration.ofMinutes(32), CalendarSync.backoff(6));
        assertEquals(Duration.ofHours(1), CalendarSync.backoff(7));
        assertEquals(Duration.ofHours(1), CalendarSync.backoff(500));
    }

    @Test
    void theEventHasLocalTimesThePlaceAndTheAgendaWithTextEscaped() {
        AgendaItem item = new AgendaItem(1, Optional.of(7L), false, "Budget <2027> & framåt", Optional.empty(), 1);
        CalendarService.Event event = CalendarSync.event(GROUP, Texts.of(Lang.SV), MEETING,
                List.of(new CalendarService.Attendee("Tor", "tor@example.se")), List.of(item));
        assertEquals("2026-12-10T13:00+01:00[Europe/Stockholm]", event.start().toString());
        assertEquals(Optional.of("Halmstad (Länsstyrelsen)"), event.location());
        assertEquals("uid-7@samverka", event.key());
        assertTrue(event.bodyHtml().contains("<li>Budget &lt;2027&gt; &amp; framåt</li>"), event.bodyHtml());
        assertTrue(event.bodyHtml().contains("Strategisk grupp &lt;integration&gt;"), event.bodyHtml());

        String hash = CalendarSync.hash(event);
        assertEquals(hash, CalendarSync.hash(CalendarSync.event(GROUP, Texts.of(Lang.SV), MEETING,
                List.of(new CalendarService.Attendee("Tor", "tor@example.se")), List.of(item))), "the same event, the same digest");
        assertNotEquals(hash, CalendarSync.hash(CalendarSync.event(GROUP, Texts.of(Lang.SV), MEETING,
                List.of(new CalendarService.Attendee("Tor", "tor@example.se"), new CalendarService.Attendee("Amina", "amina@example.se")),
                List.of(item))), "a new attendee is a change");
    }
}
