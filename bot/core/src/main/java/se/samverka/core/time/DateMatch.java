package se.samverka.core.time;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date found at the start of a text.
 *
 * @param date          the date the bot will use
 * @param end           where the date expression ends in the text
 * @param yearGiven     the user wrote the year (or a relative expression fixed it)
 * @param rolledForward a date without a year had passed this year, so next year's is used
 */
public record DateMatch(LocalDate date, int end, boolean yearGiven, boolean rolledForward) {
    public DateMatch {
        Objects.requireNonNull(date, "date");
    }
}
