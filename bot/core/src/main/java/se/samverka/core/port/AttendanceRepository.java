package se.samverka.core.port;

import java.time.Instant;
import java.util.List;
import se.samverka.core.domain.Attendance;
import se.samverka.core.domain.GroupScope;

/** Who came and who sent apologies. */
public interface AttendanceRepository {
    void set(GroupScope group, long meetingId, long memberId, Attendance.Status status, Instant at);

    List<Attendance> forMeeting(GroupScope group, long meetingId);
}
