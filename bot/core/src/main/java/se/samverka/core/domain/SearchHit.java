package se.samverka.core.domain;

import java.util.Objects;
import java.util.Optional;

/** One search result: a decision, an action item, an agenda point, a note or a laget runt report (with who gave it). */
public record SearchHit(Kind kind, long id, int number, String text, Optional<Long> meetingId, Optional<String> who) {
    public enum Kind { DECISION, ACTION, AGENDA, ROUND, NOTE }

    public SearchHit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(who, "who");
    }
}
