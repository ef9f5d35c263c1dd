package se.samverka.core.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Something one or more members will do, numbered per group (#1, #2, …). */
public record ActionItem(long id, int number, String task, List<Member> owners, Optional<LocalDate> due,
                         Status status, Optional<Long> meetingId, Optional<Long> agendaItemId,
                         Optional<Long> decisionId, Instant createdAt, Optional<Instant> doneAt) {

    public enum Status { OPEN, DONE }

    public ActionItem {
        Objects.requireNonNull(task, "task");
        owners = List.copyOf(owners);
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(agendaItemId, "agendaItemId");
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(doneAt, "doneAt");
    }

    public boolean open() {
        return status == Status.OPEN;
    }

    public boolean overdueOn(LocalDate today) {
        return open() && due.map(d -> d.isBefore(today)).orElse(false);
    }

    public boolean ownedBy(long memberId) {
        return owners.stream().anyMatch(m -> m.id() == memberId);
    }
}
