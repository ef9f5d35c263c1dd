package se.samverka.core.time;

import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/** "9-12", "kl. 13": a start time and, when given, an end time. */
public record TimeRange(LocalTime start, Optional<LocalTime> end) {
    public TimeRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }
}
