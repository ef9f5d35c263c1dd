package se.samverka.storage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.port.SeriesRepository;

/** meeting_series and series_meeting. */
final class SqliteSeriesRepository implements SeriesRepository {
    private final Sql sql;

    SqliteSeriesRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Series add(GroupScope group, String command, List<String> hosts, Instant at) {
        long id = sql.insert("INSERT INTO meeting_series (workspace_id, group_id, command, hosts, created_at) VALUES (?, ?, ?, ?, ?)",
                group.workspaceId(), group.groupId(), command, String.join("\n", hosts), Sql.stamp(at));
        return new Series(id, command, List.copyOf(hosts), false);
    }

    @Override
    public void addMeeting(GroupScope group, long seriesId, long meetingId, int position) {
        sql.update("INSERT INTO series_meeting (group_id, series_id, meeting_id, position) VALUES (?, ?, ?, ?)",
                group.groupId(), seriesId, meetingId, position);
    }

    @Override
    public Optional<Series> current(GroupScope group) {
        return sql.one("""
                SELECT id, command, hosts, ended_at FROM meeting_series
                WHERE workspace_id = ? AND group_id = ? AND ended_at IS NULL ORDER BY id DESC LIMIT 1
                """, rs -> new Series(rs.getLong("id"), rs.getString("command"),
                rs.getString("hosts").isEmpty() ? List.of() : List.of(rs.getString("hosts").split("\n")),
                rs.getString("ended_at") != null), group.workspaceId(), group.groupId());
    }

    @Override
    public List<Long> meetings(GroupScope group, long seriesId) {
        return sql.list("SELECT meeting_id FROM series_meeting WHERE group_id = ? AND series_id = ? ORDER BY position",
                rs -> rs.getLong(1), group.groupId(), seriesId);
    }

    @Override
    public int lastPosition(GroupScope group, long seriesId) {
        return sql.one("SELECT COALESCE(MAX(position), -1) FROM series_meeting WHERE group_id = ? AND series_id = ?",
                rs -> rs.getInt(1), group.groupId(), seriesId).orElse(-1);
    }

    @Override
    public void end(GroupScope group, long seriesId, Instant at) {
        sql.update("UPDATE meeting_series SET ended_at = ? WHERE group_id = ? AND id = ?", Sql.stamp(at), group.groupId(), seriesId);
    }
}
