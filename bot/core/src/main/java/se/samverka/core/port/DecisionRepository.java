package se.samverka.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.samverka.core.domain.Decision;
import se.samverka.core.domain.GroupScope;

/** Decisions, numbered per group. */
public interface DecisionRepository {
    Decision add(GroupScope group, Optional<Long> meetingId, Optional<Long> agendaItemId, String text,
                 Optional<Long> recordedBy, Instant recordedAt);

    List<Decision> forMeeting(GroupScope group, long meetingId);

    Optional<Decision> byNumber(GroupScope group, int number);

    /** The decisions recorded at or after {@code from}, by number. */
    List<Decision> since(GroupScope group, java.time.Instant from);
}
