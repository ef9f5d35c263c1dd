package se.samverka.core.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/** One meeting of a group. Times are instants; the group's zone turns them into local times. */
public record Meeting(long id, Instant start, Instant end, Optional<String> place, Optional<String> host,
                      Status status, Optional<Long> noteTakerId, String icsUid, int sequence) {

    public enum Status { PLANNED, CANCELLED }

    public Meeting {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) throw new IllegalArgumentException("a meeting must end after it starts");
        place = Objects.requireNonNull(place, "place").filter(s -> !s.isBlank());
        host = Objects.requireNonNull(host, "host").filter(s -> !s.isBlank());
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(noteTakerId, "noteTakerId");
        Objects.requireNonNull(icsUid, "icsUid");
    }

    public boolean cancelled() {
        return status == Status.CANCELLED;
    }

    public ZonedDateTime startIn(ZoneId zone) {
        return start.atZone(zone);
    }

    public ZonedDateTime endIn(ZoneId zone) {
        return end.atZone(zone);
    }
}
