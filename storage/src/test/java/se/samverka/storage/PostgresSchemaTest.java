package se.samverka.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverka.config.PostgresSettings;

/** The PostgreSQL schema is SQLite's, and opening a server fails clearly when it cannot be used. */
class PostgresSchemaTest {
    @TempDir
    Path folder;

    @Test
    void anEmptyDatabaseIsMigratedToTheTablesOfTheSqliteFile() {
        LocalPostgres server = TestDatabase.server();
        List<String> sqlite;
        try (Database db = Database.sqlite(folder.resolve("s.db"))) {
            sqlite = db.read(() -> new Sql(db).list("SELECT name FROM sqlite_master WHERE type = 'table'"
                    + " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_%' ORDER BY name", rs -> rs.getString(1)));
        }
        try (Database db = Database.postgres(server.emptyDatabase())) {
            List<String> postgres = db.read(() -> new Sql(db).list("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'search_%'"
                    + " ORDER BY table_name", rs -> rs.getString(1)));
            assertEquals(sqlite, postgres, "the same tables (search: FTS5 tables there, search_entry here)");
            assertEquals("27", db.read(() -> new Sql(db).one("SELECT version FROM flyway_schema_history"
                    + " WHERE success ORDER BY installed_rank DESC LIMIT 1", rs -> rs.getString(1))).orElseThrow());
            assertEquals(Database.Kind.POSTGRESQL, db.kind());
            assertTrue(db.reachable());
        }
    }

    @Test
    void eachTableHasTheColumnsOfTheSqliteFile() {
        LocalPostgres server = TestDatabase.server();
        List<String> sqlite = new ArrayList<>();
        try (Database db = Database.sqlite(folder.resolve("s.db"))) {
            Sql sql = new Sql(db);
            db.read(() -> sql.list("SELECT m.name || '.' || p.name FROM sqlite_master m, pragma_table_info(m.name) p"
                    + " WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE 'search_%'"
                    + " AND m.name NOT IN ('scheduled_tasks', 'flyway_schema_history')", rs -> rs.getString(1)))
                    .forEach(sqlite::add);
        }
        try (Database db = Database.postgres(server.newDatabase())) {
            List<String> postgres = db.read(() -> new Sql(db).list("SELECT table_name || '.' || column_name"
                    + " FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT LIKE 'search_%'"
                    + " AND table_name NOT IN ('scheduled_tasks', 'flyway_schema_history') AND column_name <> 'rowid'",
                    rs -> rs.getString(1)));
            assertEquals(sqlite.stream().sorted().toList(), postgres.stream().sorted().toList(),
                    "every column of every table (PostgreSQL adds rowid where the code orders by SQLite's)");
        }
    }

    @Test
    void aDatabaseMigratedByANewerSamverkaIsRefusedSayingSo() {
        LocalPostgres server = TestDatabase.server();
        PostgresSettings database = server.newDatabase();
        String name = database.jdbcUrl().substring(database.jdbcUrl().lastIndexOf('/') + 1);
        server.execute(name, "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                + " checksum, installed_by, execution_time, success) VALUES (99, '99', 'from the future', 'SQL',"
                + " 'V99__from_the_future.sql', 1, 'samverka', 1, true)");
        StorageException refused = assertThrows(StorageException.class, () -> Database.postgres(database));
        assertTrue(refused.getMessage().contains("schema version 99, newer than this Samverka knows (27)"), refused.getMessage());
        assertTrue(!refused.getMessage().contains("password"), refused.getMessage());
    }

    @Test
    void aServerThatDoesNotAnswerIsOneClearMessage() throws Exception {
        TestDatabase.server();
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        PostgresSettings nowhere = new PostgresSettings("jdbc:postgresql://127.0.0.1:" + closed + "/samverka?connectTimeout=2",
                Optional.of("samverka"), Optional.of("secret-password"));
        StorageException refused = assertThrows(StorageException.class, () -> Database.postgres(nowhere));
        assertTrue(refused.getMessage().startsWith("cannot reach the PostgreSQL database jdbc:postgresql://127.0.0.1:" + closed),
                refused.getMessage());
        assertTrue(!refused.getMessage().contains("secret-password"), refused.getMessage());
    }
}
