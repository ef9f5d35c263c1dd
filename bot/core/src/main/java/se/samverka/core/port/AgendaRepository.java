package se.samverka.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.samverka.core.domain.AgendaItem;
import se.samverka.core.domain.GroupScope;

/** Standing items and items proposed for a meeting. */
public interface AgendaRepository {
    AgendaItem addStanding(GroupScope group, String text, Optional<Long> proposerId, Instant at);

    AgendaItem addToMeeting(GroupScope group, long meetingId, String text, Optional<Long> proposerId, Instant at);

    /** The standing items in force at {@code at} (added before, not yet retired), in order. */
    List<AgendaItem> standing(GroupScope group, Instant at);

    /** Retires a standing item from {@code at} on (old minutes keep it); false when there was none in force. */
    boolean retireStanding(GroupScope group, long itemId, Instant at);

    /** Items proposed for the meeting (not their sub-items), in order. */
    List<AgendaItem> forMeeting(GroupScope group, long meetingId);

    Optional<AgendaItem> byId(GroupScope group, long itemId);

    /** Sections, sub-items, presenters and times, tabled items and fixed numbers. */
    AgendaStructureRepository structure();
}
