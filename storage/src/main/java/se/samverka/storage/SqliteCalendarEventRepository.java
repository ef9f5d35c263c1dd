package se.samverka.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.port.CalendarEventRepository;

/** calendar_event: one row per meeting that has been (or was meant to be) put in the organiser's calendar. */
final class SqliteCalendarEventRepository implements CalendarEventRepository {
    private final Sql sql;
    private final MeetingRetries retries;

    SqliteCalendarEventRepository(Sql sql) {
        this.sql = sql;
        this.retries = new MeetingRetries(sql, "calendar_event");
    }

    @Override
    public Optional<Synced> byMeeting(GroupScope group, long meetingId) {
        return sql.one("SELECT * FROM calendar_event WHERE group_id = ? AND meeting_id = ?",
                SqliteCalendarEventRepository::synced, group.groupId(), meetingId);
    }

    @Override
    public void saved(GroupScope group, long meetingId, String eventId, String hash, Optional<String> joinUrl) {
        sql.update("""
                INSERT INTO calendar_event (meeting_id, group_id, event_id, synced_hash, join_url) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (meeting_id) DO UPDATE SET event_id = excluded.event_id, synced_hash = excluded.synced_hash,
                    join_url = COALESCE(excluded.join_url, calendar_event.join_url), attempts = 0, next_try = NULL, last_error = NULL
                """, meetingId, group.groupId(), eventId, hash, joinUrl);
    }

    @Override
    public void failed(GroupScope group, long meetingId, int attempts, Instant nextTry, String error) {
        retries.failed(group, meetingId, attempts, nextTry, error);
    }

    @Override
    public List<GroupScope> due(Instant now) {
        return retries.due(now);
    }

    @Override
    public List<Synced> failing(GroupScope group) {
        return sql.list("SELECT * FROM calendar_event WHERE group_id = ? AND next_try IS NOT NULL ORDER BY meeting_id",
                SqliteCalendarEventRepository::synced, group.groupId());
    }

    private static Synced synced(ResultSet rs) throws SQLException {
        return new Synced(rs.getLong("meeting_id"), Sql.optionalString(rs, "event_id"),
                Sql.optionalString(rs, "synced_hash"), Sql.optionalString(rs, "join_url"), rs.getInt("attempts"),
                Sql.optionalString(rs, "next_try").map(Instant::parse), Sql.optionalString(rs, "last_error"));
    }
}
