package se.samverka.app;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import se.samverka.storage.TestDatabase;

/**
 * Every row of every table, read through a connection of its own: what a refused request must not change. The inbox
 * is left out: it is the receipt of every delivery, refused ones too (so that a refusal is answered once, even
 * after a restart), not the group's data.
 */
final class DbSnapshot {
    private DbSnapshot() {}

    /**
     * The snapshot of a quiet database: it waits first until every stored platform command is answered (a worker
     * marks that just after the reply has gone out) and no calendar sync is in hand (its claim is let go when done).
     */
    static String of(String db) {
        Eventually.until(() -> count(db, "SELECT COUNT(*) FROM inbox WHERE status IN ('received', 'done')") == 0,
                "every stored command answered");
        Eventually.until(() -> count(db, "SELECT COUNT(*) FROM calendar_claim") == 0, "no calendar sync in hand");
        return TestDatabase.snapshot(db, java.util.Set.of("inbox"));
    }

    static String of(Path file) {
        return of(TestDatabase.setting(file));
    }

    static long count(String db, String sql) {
        try (Connection c = TestDatabase.connect(db); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long count(Path file, String sql) {
        return count(TestDatabase.setting(file), sql);
    }

    /** A count through a connection of the open database's pool (a database a test opened itself). */
    static long count(se.samverka.storage.Database db, String sql) {
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
