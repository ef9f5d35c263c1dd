package se.samverka.core.time;

import java.util.Objects;
import java.util.Optional;

/** A date and/or a time read from the start of a text; {@code end} is where the rest of the text begins. */
public record When(Optional<DateMatch> date, Optional<TimeMatch> time, int end) {
    public When {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(time, "time");
        if (date.isEmpty() && time.isEmpty()) throw new IllegalArgumentException("a When has a date or a time");
    }
}
