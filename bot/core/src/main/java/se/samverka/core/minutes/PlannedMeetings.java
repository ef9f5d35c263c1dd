package se.samverka.core.minutes;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import se.samverka.core.domain.Group;
import se.samverka.core.domain.Minutes;
import se.samverka.core.engine.Settings;
import se.samverka.core.port.MeetingRepository;

/**
 * The next meetings imported minutes plan ("Nästa möte: 20 oktober 9-12 Halmstad", "Planerade möten"): those still
 * ahead become meetings of the group, unless the group meets that day already; those past are history and are left.
 */
final class PlannedMeetings {
    private PlannedMeetings() {}

    /** Adds the planned meetings still ahead of {@code now}; how many were added. */
    static int add(MeetingRepository meetings, Group group, Settings settings, Minutes minutes, String digest,
                   Instant now) {
        int added = 0;
        for (Minutes.Meeting next : minutes.nextMeetings()) {
            if (next.date().isEmpty()) continue;
            LocalTime startTime = next.start().orElse(settings.meetingStart());
            ZonedDateTime start = next.date().get().atTime(startTime).atZone(group.zone());
            if (!start.toInstant().isAfter(now)) continue;
            boolean taken = meetings.all(group.scope()).stream().anyMatch(m -> !m.cancelled()
                    && m.startIn(group.zone()).toLocalDate().equals(start.toLocalDate()));
            if (taken) continue;
            ZonedDateTime end = next.end().or(() -> Optional.of(settings.meetingEnd())).filter(e -> e.isAfter(startTime))
                    .map(e -> next.date().get().atTime(e).atZone(group.zone())).orElse(start.plusHours(2));
            Optional<String> place = next.place().map(p -> p.length() <= 300 ? p : p.substring(0, 300));
            meetings.add(group.scope(), start.toInstant(), end.toInstant(), place, Optional.empty(),
                    "import-" + digest.substring(0, 16) + "-" + start.toLocalDate() + "@samverka");
            added++;
        }
        return added;
    }
}
