package se.samverka.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.samverka.core.agenda.ItemDetails;
import se.samverka.core.agenda.Section;
import se.samverka.core.domain.AgendaItem;
import se.samverka.core.domain.GroupScope;

/** The structure of agendas: sections, sub-items, presenters and times, tabled items and fixed numbers. */
public interface AgendaStructureRepository {

    /** One entry of a meeting's own sequence, for reordering: an item or a section. */
    record Slot(boolean section, long id) {}

    /** The sub-items of the meeting's items (and of standing items on this meeting), in order. */
    List<AgendaItem> subItems(GroupScope group, long meetingId);

    List<Section> sections(GroupScope group, long meetingId);

    /** The details of the items on the meeting (its own, its sub-items) and of every standing item. */
    Map<Long, ItemDetails> details(GroupScope group, long meetingId);

    /** The numbers the meeting's agenda was sent with; empty before it is sent. */
    Map<Long, String> labels(GroupScope group, long meetingId);

    Optional<Instant> sentAt(GroupScope group, long meetingId);

    /** Marks the agenda sent (if not already) and stores the numbers of items that have none yet. */
    void fix(GroupScope group, long meetingId, Map<Long, String> labels, Instant at);

    AgendaItem addSubItem(GroupScope group, long meetingId, long parentId, String text, Optional<Long> proposerId,
                          Instant at);

    Section addSection(GroupScope group, long meetingId, String title, Instant at);

    void setTiming(GroupScope group, long itemId, Optional<String> presenter, Optional<Integer> minutes);

    /** A standing item that stays last on every agenda. */
    void setClosing(GroupScope group, long itemId);

    /** Positions 1, 2, 3 … in the order given. */
    void reorder(GroupScope group, long meetingId, List<Slot> order);

    /** A copy of the item (with its details and sub-items) on the meeting {@code toMeetingId}; the item is marked tabled there. */
    AgendaItem table(GroupScope group, long itemId, long toMeetingId, Instant at);
}
