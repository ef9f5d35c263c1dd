package se.samverka.core.domain;

import java.util.Objects;

/** Whether a member came to a meeting or sent apologies ("anmält förhinder"). */
public record Attendance(long meetingId, long memberId, Status status) {
    public enum Status { PRESENT, ABSENT }

    public Attendance {
        Objects.requireNonNull(status, "status");
    }
}
