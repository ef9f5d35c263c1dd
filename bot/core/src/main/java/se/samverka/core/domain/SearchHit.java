package se.samverka.core.domain;

import java.util.Objects;
import java.util.Optional;

/** One search result: a decision, an action item, an agenda point or a note. */
public record SearchHit(Kind kind, long id, int number, String text, Optional<Long> meetingId) {
    public enum Kind { DECISION, ACTION, AGENDA, NOTE }

    public SearchHit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(meetingId, "meetingId");
    }
}
