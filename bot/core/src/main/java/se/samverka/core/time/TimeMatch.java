package se.samverka.core.time;

import java.util.Objects;

/** A time range found at the start of a text, and where it ends. */
public record TimeMatch(TimeRange range, int end) {
    public TimeMatch {
        Objects.requireNonNull(range, "range");
    }
}
