package se.samverka.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationTest {
    @TempDir
    Path folder;

    @Test
    void migratesAnEmptyFileToTheWholeSchema() {
        Path file = folder.resolve("nested/dir/samverka.db");
        try (Database db = Database.sqlite(file)) {
            assertTrue(Files.isRegularFile(file), "the file and its folders are created");
            Sql sql = new Sql(db);
            List<String> tables = db.inTransaction(() -> sql.list(
                    "SELECT name FROM sqlite_master WHERE type IN ('table') AND name NOT LIKE 'search_text_%'"
                            + " AND name NOT LIKE 'search_trigram_%' ORDER BY name",
                    rs -> rs.getString(1)));
            assertEquals(List.of("action_item", "action_org_owner", "action_owner", "agenda_item", "agenda_item_detail", "agenda_number",
                    "agenda_section", "agenda_sent", "attendance", "audit_log", "binding_code", "calendar_claim", "calendar_event", "channel_binding",
                    "chat_group", "conversation_ref", "decision", "flyway_schema_history", "group_setting", "imported_document",
                    "inbox", "meeting", "meeting_guest", "meeting_note", "meeting_series", "member", "member_identity", "minutes_adjuster",
                    "minutes_approval", "minutes_archive", "minutes_comment", "minutes_version", "outbox",
                    "processed_request", "record_change", "round_table_entry", "scheduled_tasks", "search_text", "search_trigram",
                    "sent_invitation", "series_meeting", "web_draft", "web_link_use", "web_secret", "web_session", "workspace"), tables);
            assertEquals("wal", db.inTransaction(() -> sql.one("PRAGMA journal_mode", rs -> rs.getString(1)).orElseThrow()));
            assertEquals(1, db.inTransaction(() -> sql.one("PRAGMA foreign_keys", rs -> rs.getInt(1)).orElseThrow()));
            assertEquals("27", db.inTransaction(() -> sql.one(
                    "SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank DESC LIMIT 1",
                    rs -> rs.getString(1)).orElseThrow()));
        }
    }

    @Test
    void opensAnExistingFileWithoutMigratingAgainAndKeepsItsData() {
        Path file = folder.resolve("samverka.db");
        try (Database db = Database.sqlite(file)) {
            db.inTransaction(() -> new Sql(db).insert("INSERT INTO workspace (platform, external_id) VALUES ('test', 'T1')"));
        }
        try (Database db = Database.sqlite(file)) {
            assertEquals(1L, db.inTransaction(() -> new Sql(db).one("SELECT COUNT(*) FROM workspace", rs -> rs.getLong(1)).orElseThrow()));
        }
    }

    @Test
    void foreignKeysAreEnforced() {
        try (Database db = Database.sqlite(folder.resolve("samverka.db"))) {
            assertThrows(StorageException.class, () -> db.inTransaction(() -> new Sql(db).insert(
                    "INSERT INTO chat_group (workspace_id, name, time_zone, locale, created_at) VALUES (99, 'x', 'UTC', 'sv', 'now')")));
        }
    }

    @Test
    void refusesDatabaseAccessOutsideATransaction() {
        try (Database db = Database.sqlite(folder.resolve("samverka.db"))) {
            assertThrows(IllegalStateException.class, () -> new Sql(db).list("SELECT 1", rs -> rs.getInt(1)));
        }
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        try (Database db = Database.sqlite(folder.resolve("samverka.db"))) {
            Sql sql = new Sql(db);
            assertThrows(IllegalStateException.class, () -> db.inTransaction(() -> {
                sql.insert("INSERT INTO workspace (platform, external_id) VALUES ('test', 'T1')");
                throw new IllegalStateException("boom");
            }));
            db.inTransaction(() -> sql.insert("INSERT INTO workspace (platform, external_id) VALUES ('test', 'T2')"),
                    id -> false);
            assertEquals(0L, db.inTransaction(() -> sql.one("SELECT COUNT(*) FROM workspace", rs -> rs.getLong(1)).orElseThrow()));
        }
    }
}
