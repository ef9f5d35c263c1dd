package se.samverka.app;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Every row of every table, read through a connection of its own: what a refused request must not change. The inbox
 * is left out: it is the receipt of every delivery, refused ones too (so that a refusal is answered once, even
 * after a restart), not the group's data.
 */
final class DbSnapshot {
    private DbSnapshot() {}

    /**
     * The snapshot of a quiet database: it waits first until every stored platform command is answered (a worker
     * marks that just after the reply has gone out).
     */
    static String of(Path file) {
        Eventually.until(() -> count(file, "SELECT COUNT(*) FROM inbox WHERE status IN ('received', 'done')") == 0,
                "every stored command answered");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                    + " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_text_%' AND name NOT LIKE 'search_trigram_%'"
                    + " AND name <> 'inbox' ORDER BY name")) {
                while (rs.next()) tables.add(rs.getString(1));
            }
            StringBuilder out = new StringBuilder();
            for (String table : tables) {
                out.append("## ").append(table).append('\n');
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) out.append(rs.getString(i)).append('|');
                        out.append('\n');
                    }
                }
            }
            return out.toString();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long count(Path file, String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
