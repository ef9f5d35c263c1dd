package se.samverka.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.samverka.core.domain.Decision;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.port.DecisionRepository;

final class SqliteDecisionRepository implements DecisionRepository {
    private static final String SELECT = """
            SELECT id, number, meeting_id, agenda_item_id, text, recorded_by, recorded_at
            FROM decision WHERE workspace_id = ? AND group_id = ? AND removed_at IS NULL
            """;

    private final Sql sql;

    SqliteDecisionRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Decision add(GroupScope group, Optional<Long> meetingId, Optional<Long> agendaItemId, String text,
                        Optional<Long> recordedBy, Instant recordedAt) {
        int number = sql.one("SELECT COALESCE(MAX(number), 0) + 1 FROM decision WHERE workspace_id = ? AND group_id = ?",
                rs -> rs.getInt(1), group.workspaceId(), group.groupId()).orElse(1);
        long id = sql.insert("""
                INSERT INTO decision (workspace_id, group_id, number, meeting_id, agenda_item_id, text, recorded_by,
                                      recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, group.workspaceId(), group.groupId(), number, meetingId, agendaItemId, text, recordedBy,
                Sql.stamp(recordedAt));
        return new Decision(id, number, meetingId, agendaItemId, text, recordedBy, recordedAt);
    }

    @Override
    public List<Decision> forMeeting(GroupScope group, long meetingId) {
        return sql.list(SELECT + " AND meeting_id = ? ORDER BY number", SqliteDecisionRepository::decision,
                group.workspaceId(), group.groupId(), meetingId);
    }

    @Override
    public List<Decision> since(GroupScope group, java.time.Instant from) {
        return sql.list(SELECT + " AND recorded_at >= ? ORDER BY number", SqliteDecisionRepository::decision,
                group.workspaceId(), group.groupId(), Sql.stamp(from));
    }

    @Override
    public Optional<Decision> byNumber(GroupScope group, int number) {
        return sql.one(SELECT + " AND number = ?", SqliteDecisionRepository::decision, group.workspaceId(),
                group.groupId(), number);
    }

    private static Decision decision(ResultSet rs) throws SQLException {
        return new Decision(rs.getLong("id"), rs.getInt("number"), Sql.optionalLong(rs, "meeting_id"),
                Sql.optionalLong(rs, "agenda_item_id"), rs.getString("text"), Sql.optionalLong(rs, "recorded_by"),
                Instant.parse(rs.getString("recorded_at")));
    }
}
