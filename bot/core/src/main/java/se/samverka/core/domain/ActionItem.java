package se.samverka.core.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Something one or more members (or organisations: "Länsstyrelsen", "alla kommuner") will do, numbered per group
 * (#1, #2, …).
 */
public record ActionItem(long id, int number, String task, List<Member> owners, Optional<LocalDate> due,
                         Status status, Optional<Long> meetingId, Optional<Long> agendaItemId,
                         Optional<Long> decisionId, Instant createdAt, Optional<Instant> doneAt,
                         Optional<Progress> progress, List<OrganisationOwner> organisations) {

    public enum Status { OPEN, DONE }

    /** What the owner said of the item before a meeting: still going on, or moved to the meeting after it. */
    public record Progress(Kind kind, long meetingId, Instant at) {
        public enum Kind { ONGOING, POSTPONED }
    }

    /** What the owner said for this meeting, if anything. */
    public Optional<Progress.Kind> progressFor(long meetingId) {
        return progress.filter(p -> p.meetingId() == meetingId).map(Progress::kind);
    }

    public ActionItem {
        Objects.requireNonNull(task, "task");
        owners = List.copyOf(owners);
        organisations = List.copyOf(organisations);
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(agendaItemId, "agendaItemId");
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(doneAt, "doneAt");
        Objects.requireNonNull(progress, "progress");
    }

    /** An item owned by members only. */
    public ActionItem(long id, int number, String task, List<Member> owners, Optional<LocalDate> due, Status status,
                      Optional<Long> meetingId, Optional<Long> agendaItemId, Optional<Long> decisionId,
                      Instant createdAt, Optional<Instant> doneAt, Optional<Progress> progress) {
        this(id, number, task, owners, due, status, meetingId, agendaItemId, decisionId, createdAt, doneAt, progress,
                List.of());
    }

    /** Whether the member owns it, or belongs to an organisation that does. */
    public boolean concerns(Member member) {
        return ownedBy(member.id()) || organisations.stream().anyMatch(o -> o.includes(member));
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
