package se.samverka.storage;

import java.time.Instant;
import java.util.Optional;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.port.ImportedDocuments;

/** imported_document: one row per document and group. */
final class SqliteImportedDocuments implements ImportedDocuments {
    private final Sql sql;

    SqliteImportedDocuments(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<Long> meetingOf(GroupScope group, String digest) {
        return sql.one("SELECT meeting_id FROM imported_document WHERE group_id = ? AND digest = ?",
                rs -> rs.getLong(1), group.groupId(), digest);
    }

    @Override
    public void record(GroupScope group, String digest, String fileName, long meetingId, Instant at) {
        sql.update("INSERT INTO imported_document (group_id, digest, file_name, meeting_id, imported_at) VALUES (?, ?, ?, ?, ?)",
                group.groupId(), digest, fileName, meetingId, Sql.stamp(at));
    }
}
