package se.samverka.core.port;

import java.time.Instant;
import java.util.List;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.domain.RoundTableEntry;

/** "Laget runt" reports per meeting. */
public interface RoundTableRepository {
    RoundTableEntry add(GroupScope group, long meetingId, long memberId, String report, Instant at);

    /** In the order they came in. */
    List<RoundTableEntry> forMeeting(GroupScope group, long meetingId);
}
