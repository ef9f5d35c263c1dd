package se.samverka.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.samverka.core.domain.GroupScope;

/** Which calendar event mirrors which meeting, what it was last made to say, and syncs that failed. */
public interface CalendarEventRepository {

    /**
     * The event of one meeting.
     *
     * @param eventId   the calendar's id, once the event is made
     * @param hash      a digest of what the event was last made to say ({@link #CANCELLED} once cancelled)
     * @param attempts  failed tries since the last success
     * @param nextTry   when to try again after a failure
     */
    record Synced(long meetingId, Optional<String> eventId, Optional<String> hash, Optional<String> joinUrl,
                  int attempts, Optional<Instant> nextTry, Optional<String> lastError) {}

    String CANCELLED = "cancelled";

    Optional<Synced> byMeeting(GroupScope group, long meetingId);

    /** Records a success: the event exists and says what {@code hash} digests. */
    void saved(GroupScope group, long meetingId, String eventId, String hash, Optional<String> joinUrl);

    /** Records a failure and when to try again. */
    void failed(GroupScope group, long meetingId, int attempts, Instant nextTry, String error);

    /** The groups that have a failed sync to try again at {@code now}. */
    List<GroupScope> due(Instant now);

    /** The meetings of the group whose last sync failed. */
    List<Synced> failing(GroupScope group);
}
