package se.samverka.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sql.one on a real SQLite file: no row, a row whose value is NULL, one value, and more than one row. */
class SqlTest {
    @TempDir
    Path folder;
    Database db;
    Sql sql;

    @BeforeEach
    void open() {
        db = Database.sqlite(folder.resolve("s.db"));
        sql = new Sql(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    <T> T read(java.util.function.Supplier<T> work) {
        return db.inTransaction(work, r -> true);
    }

    @Test
    void aNullValueIsNoValueNotACrash() {
        assertEquals(Optional.empty(), read(() -> sql.one("SELECT NULL", rs -> rs.getString(1))),
                "a row whose one value is NULL (a group that never asked for a feed has no feed_secret)");
        assertEquals(Optional.empty(), read(() -> sql.one("SELECT 1 WHERE 0", rs -> rs.getString(1))), "no row");
        assertEquals(Optional.of("x"), read(() -> sql.one("SELECT ?", rs -> rs.getString(1), "x")));
        assertThrows(IllegalStateException.class, () -> read(() -> sql.one("SELECT 1 UNION ALL SELECT 2", rs -> rs.getInt(1))));
    }
}
