package se.samverka.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.samverka.core.domain.GroupScope;

/** Which version (SEQUENCE) of each meeting's invitation has been e-mailed, and failed sendings to try again. */
public interface InvitationLog {

    record Sent(long meetingId, int sequence, boolean cancelled, int attempts, Optional<Instant> nextTry) {}

    Optional<Sent> byMeeting(GroupScope group, long meetingId);

    void sent(GroupScope group, long meetingId, int sequence, boolean cancelled, Instant at);

    void failed(GroupScope group, long meetingId, int attempts, Instant nextTry, String error);

    List<GroupScope> due(Instant now);
}
