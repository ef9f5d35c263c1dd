package se.samverka.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.domain.Meeting;

/** Meetings of a group. */
public interface MeetingRepository {
    Meeting add(GroupScope group, Instant start, Instant end, Optional<String> place, Optional<String> host,
                String icsUid);

    /** New times; raises the iCalendar sequence. */
    void reschedule(GroupScope group, long meetingId, Instant start, Instant end);

    /** A new place and host organisation; raises the iCalendar sequence. */
    void changePlace(GroupScope group, long meetingId, Optional<String> place, Optional<String> host);

    /** Marks it cancelled; raises the iCalendar sequence. */
    void cancel(GroupScope group, long meetingId);

    void setNoteTaker(GroupScope group, long meetingId, long memberId);

    Optional<Meeting> byId(GroupScope group, long meetingId);

    /** Every meeting, cancelled ones too, by start time. */
    List<Meeting> all(GroupScope group);

    /** Planned meetings that end after {@code after}, by start time. */
    List<Meeting> upcoming(GroupScope group, Instant after);
}
