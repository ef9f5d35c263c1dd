package se.samverka.storage;

import java.time.Instant;
import java.util.List;
import se.samverka.core.domain.GroupScope;

/**
 * The retry state that tables of per-meeting outgoing work share (calendar_event, sent_invitation): one row per
 * meeting with attempts, next_try and last_error; a failure is recorded there, and the groups with work due are found.
 */
final class MeetingRetries {
    private final Sql sql;
    private final String table;

    /** @param table a table keyed by meeting_id with group_id, attempts, next_try and last_error (a constant, never input) */
    MeetingRetries(Sql sql, String table) {
        this.sql = sql;
        this.table = table;
    }

    void failed(GroupScope group, long meetingId, int attempts, Instant nextTry, String error) {
        sql.update("""
                INSERT INTO %s (meeting_id, group_id, attempts, next_try, last_error) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (meeting_id) DO UPDATE SET attempts = excluded.attempts, next_try = excluded.next_try,
                    last_error = excluded.last_error
                """.formatted(table), meetingId, group.groupId(), attempts, Sql.stamp(nextTry), error);
    }

    /** The groups with a retry due at {@code now}. */
    List<GroupScope> due(Instant now) {
        return sql.list("""
                SELECT DISTINCT m.workspace_id, m.group_id FROM %s r JOIN meeting m ON m.id = r.meeting_id
                WHERE r.next_try IS NOT NULL AND r.next_try <= ?
                """.formatted(table), rs -> new GroupScope(rs.getLong(1), rs.getLong(2)), Sql.stamp(now));
    }
}
