package se.samverka.storage;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import se.samverka.core.domain.Attendance;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.port.AttendanceRepository;

final class SqliteAttendanceRepository implements AttendanceRepository {
    private final Sql sql;

    SqliteAttendanceRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void set(GroupScope group, long meetingId, long memberId, Attendance.Status status, Instant at) {
        sql.update("""
                INSERT INTO attendance (group_id, meeting_id, member_id, status, recorded_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (meeting_id, member_id) DO UPDATE SET status = excluded.status, recorded_at = excluded.recorded_at
                """, group.groupId(), meetingId, memberId, status.name().toLowerCase(Locale.ROOT), Sql.stamp(at));
    }

    @Override
    public List<Attendance> forMeeting(GroupScope group, long meetingId) {
        return sql.list("""
                SELECT a.meeting_id, a.member_id, a.status FROM attendance a
                JOIN meeting m ON m.group_id = a.group_id AND m.id = a.meeting_id
                WHERE m.workspace_id = ? AND a.group_id = ? AND a.meeting_id = ? ORDER BY a.member_id
                """, rs -> new Attendance(rs.getLong("meeting_id"), rs.getLong("member_id"),
                        Attendance.Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT))),
                group.workspaceId(), group.groupId(), meetingId);
    }
}
