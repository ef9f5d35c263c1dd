package se.samverka.storage;

import java.time.Instant;
import java.util.List;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.domain.RoundTableEntry;
import se.samverka.core.port.RoundTableRepository;

final class SqliteRoundTableRepository implements RoundTableRepository {
    private final Sql sql;

    SqliteRoundTableRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public RoundTableEntry add(GroupScope group, long meetingId, long memberId, String report, Instant at) {
        long id = sql.insert("""
                INSERT INTO round_table_entry (group_id, meeting_id, member_id, report, submitted_at) VALUES (?, ?, ?, ?, ?)
                """, group.groupId(), meetingId, memberId, report, Sql.stamp(at));
        return new RoundTableEntry(id, meetingId, memberId, report, at);
    }

    @Override
    public List<RoundTableEntry> forMeeting(GroupScope group, long meetingId) {
        return sql.list("""
                SELECT r.id, r.meeting_id, r.member_id, r.report, r.submitted_at FROM round_table_entry r
                JOIN meeting m ON m.group_id = r.group_id AND m.id = r.meeting_id
                WHERE m.workspace_id = ? AND r.group_id = ? AND r.meeting_id = ? AND r.removed_at IS NULL ORDER BY r.id
                """, rs -> new RoundTableEntry(rs.getLong("id"), rs.getLong("meeting_id"), rs.getLong("member_id"),
                        rs.getString("report"), Instant.parse(rs.getString("submitted_at"))),
                group.workspaceId(), group.groupId(), meetingId);
    }
}
