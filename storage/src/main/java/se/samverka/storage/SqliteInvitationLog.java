package se.samverka.storage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.port.InvitationLog;

/** sent_invitation. */
final class SqliteInvitationLog implements InvitationLog {
    private final Sql sql;
    private final MeetingRetries retries;

    SqliteInvitationLog(Sql sql) {
        this.sql = sql;
        this.retries = new MeetingRetries(sql, "sent_invitation");
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
        retries.failed(group, meetingId, attempts, nextTry, error);
    }

    @Override
    public List<GroupScope> due(Instant now) {
        return retries.due(now);
    }
}
