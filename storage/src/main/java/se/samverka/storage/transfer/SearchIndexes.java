package se.samverka.storage.transfer;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import se.samverka.storage.Database;

/**
 * The search indexes are derived from the records and kept by triggers, so they are not copied as tables: on
 * PostgreSQL the trigger fills {@code search_entry} as each record is inserted (a removed one stays out) and the copy
 * gives each entry the source's order ({@code seq}: newer ranks first among equals); on SQLite the insert triggers
 * put every record into both FTS5 indexes, removed ones too, so the copy empties them and fills them with the
 * source's entries, in the source's order. Either way the index is then compared with the source's.
 */
final class SearchIndexes {
    private static final List<Column> ENTRY = List.of(new Column("kind", Column.Type.TEXT, java.sql.Types.VARCHAR),
            new Column("ref_id", Column.Type.INTEGER, java.sql.Types.BIGINT),
            new Column("group_id", Column.Type.INTEGER, java.sql.Types.BIGINT),
            new Column("body", Column.Type.TEXT, java.sql.Types.VARCHAR));
    static final String NAME = "(search index)";

    private SearchIndexes() {
    }

    /** What a side's search holds: its entries (SQLite's trigram index, which every search reads). */
    static Checksums.Sum sum(Side side) throws SQLException {
        String table = side.kind() == Database.Kind.POSTGRESQL ? "search_entry" : "search_trigram";
        return Checksums.of(side, NAME, "SELECT kind, ref_id, group_id, body FROM " + table, ENTRY);
    }

    /** After the records are copied: the target's index holds the source's entries in the source's order. */
    static void carryOver(Side from, Side to) throws SQLException {
        if (to.kind() == Database.Kind.POSTGRESQL) {
            renumber(from, to);
            TableCopy.advanceSequence(to, "search_entry", "seq");
            return;
        }
        for (String index : List.of("search_text", "search_trigram")) {
            try (Statement st = to.connection().createStatement()) {
                st.executeUpdate("DELETE FROM " + index);
            }
            fill(from, to, index);
        }
    }

    private static String entries(Side from, String sqliteIndex) {
        return from.kind() == Database.Kind.POSTGRESQL
                ? "SELECT seq, kind, ref_id, group_id, body FROM search_entry ORDER BY seq"
                : "SELECT rowid, kind, ref_id, group_id, body FROM " + sqliteIndex + " ORDER BY rowid";
    }

    private static void renumber(Side from, Side to) throws SQLException {
        String update = "UPDATE search_entry SET seq = ? WHERE kind = ? AND ref_id = ?";
        TableCopy.rows(from, entries(from, "search_trigram"), to, update, (rs, write) -> {
            write.setLong(1, rs.getLong(1));
            write.setString(2, rs.getString(2));
            write.setLong(3, rs.getLong(3));
        });
    }

    private static void fill(Side from, Side to, String index) throws SQLException {
        String insert = "INSERT INTO " + index + " (rowid, kind, ref_id, group_id, body) VALUES (?, ?, ?, ?, ?)";
        TableCopy.rows(from, entries(from, index), to, insert, (rs, write) -> {
            write.setLong(1, rs.getLong(1));
            write.setString(2, rs.getString(2));
            write.setLong(3, rs.getLong(3));
            write.setLong(4, rs.getLong(4));
            write.setString(5, rs.getString(5));
        });
    }
}
