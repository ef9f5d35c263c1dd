package se.samverka.core.port;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.samverka.core.domain.ActionItem;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.domain.OrganisationOwner;

/** Action items with their owners, numbered per group. */
public interface ActionRepository {
    ActionItem add(GroupScope group, String task, List<Long> ownerIds, Optional<LocalDate> due,
                   Optional<Long> meetingId, Optional<Long> agendaItemId, Optional<Long> decisionId,
                   Optional<Long> createdBy, Instant createdAt);

    /** An item owned by members and organisations (at least one of either). */
    ActionItem add(GroupScope group, String task, List<Long> ownerIds, List<OrganisationOwner> organisations,
                   Optional<LocalDate> due, Optional<Long> meetingId, Optional<Long> agendaItemId,
                   Optional<Long> decisionId, Optional<Long> createdBy, Instant createdAt);

    Optional<ActionItem> byNumber(GroupScope group, int number);

    /** Marks it done; false when it was not open. */
    boolean markDone(GroupScope group, long actionId, Optional<Long> doneBy, Instant at);

    /** Records what the owner said of an open item for a meeting, and its new due date when it moved. */
    void progress(GroupScope group, long actionId, ActionItem.Progress progress, Optional<LocalDate> newDue);

    /**
     * A new task, owners (members and organisations) and due date for an item (an edit, or an edit taken back);
     * false when it is removed.
     */
    boolean change(GroupScope group, long actionId, String task, List<Long> ownerIds, List<OrganisationOwner> organisations,
                   Optional<LocalDate> due);

    /** Open items, earliest due first (items without due date last). */
    List<ActionItem> open(GroupScope group);

    /** Every item, by number. */
    List<ActionItem> all(GroupScope group);
}
