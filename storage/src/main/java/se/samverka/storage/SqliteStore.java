package se.samverka.storage;

import java.nio.file.Path;
import java.time.Clock;
import se.samverka.core.port.Store;

/** Opens the SQLite file and hands the core every storage port. */
public final class SqliteStore {
    private SqliteStore() {}

    /** The ports on an opened database. */
    public static Store on(Database db, Clock clock) {
        Sql sql = new Sql(db);
        return new Store(db, new SqliteGroupRepository(sql, clock), new SqliteMemberRepository(sql),
                new SqliteMeetingRepository(sql), new SqliteAgendaRepository(sql), new SqliteDecisionRepository(sql),
                new SqliteActionRepository(sql), new SqliteAttendanceRepository(sql),
                new SqliteRoundTableRepository(sql), new SqliteSearchIndex(sql), new SqliteAuditLog(sql),
                new SqliteDeliveryLog(sql), new SqliteCalendarEventRepository(sql),
                new SqliteConversationReferences(sql, clock), new SqliteImportedDocuments(sql),
                new SqliteSeriesRepository(sql), new SqliteInvitationLog(sql),
                new SqliteGroupSettings(sql), new SqliteOutbox(sql),
                new SqliteNoteRepository(sql), new SqliteRecordChanges(sql), new SqliteJustering(sql));
    }

    public static Store open(Path file, Clock clock) {
        return on(Database.sqlite(file), clock);
    }
}
