package se.samverka.core.domain;

import java.time.Instant;
import java.util.Objects;

/** One member's contribution to "laget runt" for a meeting. */
public record RoundTableEntry(long id, long meetingId, long memberId, String report, Instant submittedAt) {
    public RoundTableEntry {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(submittedAt, "submittedAt");
    }
}
