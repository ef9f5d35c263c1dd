package se.samverka.storage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.port.InvitationLog;

/** sent_invitation. */
final class SqliteInvitationLog implements InvitationLog {
    private final Sql sql;

    SqliteInvitationLog(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<Sent> byMeeting(GroupScope group, long meetingId) {
        return sql.one("SELECT * FROM sent_invitation WHERE group_id = ? AND meeting_id = ?",
                rs -> new Sent(rs.getLong("meeting_id"), rs.getInt("sequence"), rs.getInt("cancelled") == 1, rs.getInt("attempts"),
                        Sql.optionalString(rs, "next_try").map(Instant::parse)), group.groupId(), meetingId);
    }

    @Override
    public void sent(GroupScope group, long meetingId, int sequence, boolean cancelled, Instant at) {
        sql.update("""
                INSERT INTO sent_invitation (meeting_id, group_id, sequence, cancelled, sent_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (meeting_id) DO UPDATE SET sequence = excluded.sequence, cancelled = excluded.cancelled,
                    sent_at = excluded.sent_at, attempts = 0, next_try = NULL, last_error = NULL
                """, meetingId, group.groupId(), sequence, cancelled ? 1 : 0, Sql.stamp(at));
    }

    @Override
    public void failed(GroupScope group, long meetingId, int attempts, Instant nextTry, String error) {
        sql.update("""
                INSERT INTO sent_invitation (meeting_id, group_id, attempts, next_try, last_error) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (meeting_id) DO UPDATE SET attempts = excluded.attempts, next_try = excluded.next_try,
                    last_error = excluded.last_error
                """, meetingId, group.groupId(), attempts, Sql.stamp(nextTry), error);
    }

    @Override
    public List<GroupScope> due(Instant now) {
        return sql.list("""
                SELECT DISTINCT m.workspace_id, m.group_id FROM sent_invitation s JOIN meeting m ON m.id = s.meeting_id
                WHERE s.next_try IS NOT NULL AND s.next_try <= ?
                """, rs -> new GroupScope(rs.getLong(1), rs.getLong(2)), Sql.stamp(now));
    }
}
