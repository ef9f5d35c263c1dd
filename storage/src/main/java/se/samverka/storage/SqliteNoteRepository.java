package se.samverka.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.domain.Note;
import se.samverka.core.port.NoteRepository;

final class SqliteNoteRepository implements NoteRepository {
    private static final String SELECT = """
            SELECT id, number, meeting_id, agenda_item_id, text, written_by, written_at
            FROM meeting_note WHERE workspace_id = ? AND group_id = ? AND removed_at IS NULL
            """;

    private final Sql sql;

    SqliteNoteRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Note add(GroupScope group, long meetingId, long agendaItemId, String text, Optional<Long> writtenBy,
                    Instant at) {
        int number = sql.one("SELECT COALESCE(MAX(number), 0) + 1 FROM meeting_note WHERE workspace_id = ? AND group_id = ?",
                rs -> rs.getInt(1), group.workspaceId(), group.groupId()).orElse(1);
        long id = sql.insert("""
                INSERT INTO meeting_note (workspace_id, group_id, number, meeting_id, agenda_item_id, text, written_by,
                                          written_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, group.workspaceId(), group.groupId(), number, meetingId, agendaItemId, text, writtenBy,
                Sql.stamp(at));
        return new Note(id, number, meetingId, agendaItemId, text, writtenBy, at);
    }

    @Override
    public List<Note> forMeeting(GroupScope group, long meetingId) {
        return sql.list(SELECT + " AND meeting_id = ? ORDER BY id", SqliteNoteRepository::note,
                group.workspaceId(), group.groupId(), meetingId);
    }

    @Override
    public Optional<Note> byNumber(GroupScope group, int number) {
        return sql.one(SELECT + " AND number = ?", SqliteNoteRepository::note, group.workspaceId(), group.groupId(), number);
    }

    private static Note note(ResultSet rs) throws SQLException {
        return new Note(rs.getLong("id"), rs.getInt("number"), rs.getLong("meeting_id"), rs.getLong("agenda_item_id"),
                rs.getString("text"), Sql.optionalLong(rs, "written_by"), Instant.parse(rs.getString("written_at")));
    }
}
