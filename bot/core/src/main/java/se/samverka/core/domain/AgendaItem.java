package se.samverka.core.domain;

import java.util.Objects;
import java.util.Optional;

/** A point on the agenda: standing (every meeting) or proposed for one meeting. */
public record AgendaItem(long id, Optional<Long> meetingId, boolean standing, String text,
                         Optional<Long> proposerId, int position) {
    public AgendaItem {
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(proposerId, "proposerId");
        if (standing == meetingId.isPresent()) {
            throw new IllegalArgumentException("a standing item has no meeting; a proposed item has one");
        }
    }
}
