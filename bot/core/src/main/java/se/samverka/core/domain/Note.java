package se.samverka.core.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What was said under a point of a meeting ("Fbg: 3 personer som jobbar med detta…"), numbered per group so it can
 * be referred to later ({@code anteckning 7}). One note is one message; its lines are its paragraphs.
 */
public record Note(long id, int number, long meetingId, long agendaItemId, String text, Optional<Long> writtenBy,
                   Instant writtenAt) {
    public Note {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(writtenBy, "writtenBy");
        Objects.requireNonNull(writtenAt, "writtenAt");
        if (text.isBlank()) throw new IllegalArgumentException("a note has text");
    }

    /** The paragraphs, in order: the lines of the text. */
    public List<String> paragraphs() {
        return text.lines().filter(l -> !l.isBlank()).toList();
    }
}
