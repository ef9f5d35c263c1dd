package se.samverka.core.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** "Beslut: …" — numbered per group (D1, D2, …). */
public record Decision(long id, int number, Optional<Long> meetingId, Optional<Long> agendaItemId, String text,
                       Optional<Long> recordedBy, Instant recordedAt) {
    public Decision {
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(agendaItemId, "agendaItemId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
