package se.samverka.core.domain;

import java.util.Objects;
import java.util.Optional;

/** One search result: a decision, an action item or an agenda point. */
public record SearchHit(Kind kind, long id, int number, String text, Optional<Long> meetingId) {
    public enum Kind { DECISION, ACTION, AGENDA }

    public SearchHit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(meetingId, "meetingId");
    }
}
