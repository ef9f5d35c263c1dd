package se.samverka.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.samverka.core.domain.AgendaItem;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.port.AgendaRepository;

final class SqliteAgendaRepository implements AgendaRepository {
    private static final String SELECT = """
            SELECT id, meeting_id, standing, text, proposer_id, position
            FROM agenda_item WHERE workspace_id = ? AND group_id = ? AND removed_at IS NULL
            """;

    private static final String NOT_SUB_ITEM = """
            NOT EXISTS (SELECT 1 FROM agenda_item_detail d WHERE d.agenda_item_id = agenda_item.id AND d.parent_id IS NOT NULL)""";

    private final Sql sql;
    private final SqliteAgendaStructure structure;

    SqliteAgendaRepository(Sql sql) {
        this.sql = sql;
        this.structure = new SqliteAgendaStructure(sql);
    }

    @Override
    public AgendaItem addStanding(GroupScope group, String text, Optional<Long> proposerId, Instant at) {
        int position = sql.one("""
                SELECT COALESCE(MAX(position), 0) + 1 FROM agenda_item
                WHERE workspace_id = ? AND group_id = ? AND standing = 1
                """, rs -> rs.getInt(1), group.workspaceId(), group.groupId()).orElse(1);
        long id = sql.insert("""
                INSERT INTO agenda_item (workspace_id, group_id, meeting_id, standing, text, proposer_id, position,
                                         created_at)
                VALUES (?, ?, NULL, 1, ?, ?, ?, ?)
                """, group.workspaceId(), group.groupId(), text, proposerId, position, Sql.stamp(at));
        return new AgendaItem(id, Optional.empty(), true, text, proposerId, position);
    }

    @Override
    public AgendaItem addToMeeting(GroupScope group, long meetingId, String text, Optional<Long> proposerId,
                                   Instant at) {
        int position = structure.nextPosition(group, meetingId);
        long id = sql.insert("""
                INSERT INTO agenda_item (workspace_id, group_id, meeting_id, standing, text, proposer_id, position,
                                         created_at)
                VALUES (?, ?, ?, 0, ?, ?, ?, ?)
                """, group.workspaceId(), group.groupId(), meetingId, text, proposerId, position, Sql.stamp(at));
        return new AgendaItem(id, Optional.of(meetingId), false, text, proposerId, position);
    }

    @Override
    public List<AgendaItem> standing(GroupScope group, Instant at) {
        // ISO-8601 instants in UTC compare correctly as text
        return sql.list(SELECT + " AND standing = 1 AND created_at <= ? AND (retired_at IS NULL OR retired_at > ?)"
                        + " ORDER BY position, id",
                SqliteAgendaRepository::item, group.workspaceId(), group.groupId(), Sql.stamp(at), Sql.stamp(at));
    }

    @Override
    public boolean retireStanding(GroupScope group, long itemId, Instant at) {
        return sql.update("""
                UPDATE agenda_item SET retired_at = ?
                WHERE workspace_id = ? AND group_id = ? AND id = ? AND standing = 1 AND retired_at IS NULL
                """, Sql.stamp(at), group.workspaceId(), group.groupId(), itemId) == 1;
    }

    @Override
    public List<AgendaItem> forMeeting(GroupScope group, long meetingId) {
        return sql.list(SELECT + " AND meeting_id = ? AND " + NOT_SUB_ITEM + " ORDER BY position, id", SqliteAgendaRepository::item,
                group.workspaceId(), group.groupId(), meetingId);
    }

    @Override
    public Optional<AgendaItem> byId(GroupScope group, long itemId) {
        return sql.one(SELECT + " AND id = ?", SqliteAgendaRepository::item, group.workspaceId(), group.groupId(),
                itemId);
    }

    @Override
    public SqliteAgendaStructure structure() {
        return structure;
    }

    static AgendaItem item(ResultSet rs) throws SQLException {
        return new AgendaItem(rs.getLong("id"), Sql.optionalLong(rs, "meeting_id"), rs.getInt("standing") == 1,
                rs.getString("text"), Sql.optionalLong(rs, "proposer_id"), rs.getInt("position"));
    }
}
