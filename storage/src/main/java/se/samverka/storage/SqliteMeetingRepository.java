package se.samverka.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.domain.Meeting;
import se.samverka.core.port.MeetingRepository;

final class SqliteMeetingRepository implements MeetingRepository {
    private static final String SELECT = """
            SELECT id, starts_at, ends_at, place, host_organisation, status, note_taker_id, ics_uid, sequence
            FROM meeting WHERE workspace_id = ? AND group_id = ?
            """;

    private final Sql sql;

    SqliteMeetingRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Meeting add(GroupScope group, Instant start, Instant end, Optional<String> place, Optional<String> host,
                       String icsUid) {
        long id = sql.insert("""
                INSERT INTO meeting (workspace_id, group_id, starts_at, ends_at, place, host_organisation, ics_uid)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, group.workspaceId(), group.groupId(), start.getEpochSecond(), end.getEpochSecond(), place, host,
                icsUid);
        return byId(group, id).orElseThrow();
    }

    @Override
    public void reschedule(GroupScope group, long meetingId, Instant start, Instant end) {
        sql.updateOne("""
                UPDATE meeting SET starts_at = ?, ends_at = ?, sequence = sequence + 1
                WHERE workspace_id = ? AND group_id = ? AND id = ?
                """, start.getEpochSecond(), end.getEpochSecond(), group.workspaceId(), group.groupId(), meetingId);
    }

    @Override
    public void changePlace(GroupScope group, long meetingId, Optional<String> place, Optional<String> host) {
        sql.updateOne("""
                UPDATE meeting SET place = ?, host_organisation = ?, sequence = sequence + 1
                WHERE workspace_id = ? AND group_id = ? AND id = ?
                """, place, host, group.workspaceId(), group.groupId(), meetingId);
    }

    @Override
    public void cancel(GroupScope group, long meetingId) {
        sql.updateOne("""
                UPDATE meeting SET status = 'cancelled', sequence = sequence + 1
                WHERE workspace_id = ? AND group_id = ? AND id = ?
                """, group.workspaceId(), group.groupId(), meetingId);
    }

    @Override
    public void setNoteTaker(GroupScope group, long meetingId, long memberId) {
        sql.updateOne("UPDATE meeting SET note_taker_id = ? WHERE workspace_id = ? AND group_id = ? AND id = ?",
                memberId, group.workspaceId(), group.groupId(), meetingId);
    }

    @Override
    public Optional<Meeting> byId(GroupScope group, long meetingId) {
        return sql.one(SELECT + " AND id = ?", SqliteMeetingRepository::meeting,
                group.workspaceId(), group.groupId(), meetingId);
    }

    @Override
    public List<Meeting> all(GroupScope group) {
        return sql.list(SELECT + " ORDER BY starts_at, id", SqliteMeetingRepository::meeting,
                group.workspaceId(), group.groupId());
    }

    @Override
    public List<Meeting> upcoming(GroupScope group, Instant after) {
        return sql.list(SELECT + " AND status = 'planned' AND ends_at > ? ORDER BY starts_at, id",
                SqliteMeetingRepository::meeting, group.workspaceId(), group.groupId(), after.getEpochSecond());
    }

    private static Meeting meeting(ResultSet rs) throws SQLException {
        return new Meeting(rs.getLong("id"), Instant.ofEpochSecond(rs.getLong("starts_at")),
                Instant.ofEpochSecond(rs.getLong("ends_at")), Sql.optionalString(rs, "place"),
                Sql.optionalString(rs, "host_organisation"),
                Meeting.Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
                Sql.optionalLong(rs, "note_taker_id"), rs.getString("ics_uid"), rs.getInt("sequence"));
    }
}
