package se.samverka.storage.transfer;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import se.samverka.storage.Database;

/**
 * Copies one table's rows in the order of its key, in JDBC batches, ids and all: on PostgreSQL a table with an
 * identity column is inserted {@code OVERRIDING SYSTEM VALUE}, and afterwards each identity's sequence is set past
 * the highest id copied, so the next row the bot adds gets a fresh one.
 */
final class TableCopy {
    static final int BATCH = 500;

    private TableCopy() {
    }

    /** The rows copied. */
    static long copy(Side from, Side to, Table table) throws SQLException {
        return rows(from, table.select(), to, insert(to, table), (rs, write) -> {
            for (int i = 0; i < table.columns().size(); i++) {
                Column c = table.columns().get(i);
                Values.bind(write, i + 1, c, Values.read(rs, i + 1, c));
            }
        });
    }

    /** How one row the source's query gives becomes the parameters of the target's statement. */
    interface Binder {
        void bind(ResultSet row, PreparedStatement write) throws SQLException;
    }

    /** Runs {@code statement} on the target once for each row {@code query} gives on the source, in batches; the rows. */
    static long rows(Side from, String query, Side to, String statement, Binder binder) throws SQLException {
        long rows = 0;
        try (Statement read = from.connection().createStatement();
             PreparedStatement write = to.connection().prepareStatement(statement)) {
            read.setFetchSize(BATCH);
            try (ResultSet rs = read.executeQuery(query)) {
                while (rs.next()) {
                    binder.bind(rs, write);
                    write.addBatch();
                    if (++rows % BATCH == 0) write.executeBatch();
                }
            }
            if (rows % BATCH != 0) write.executeBatch();
        }
        return rows;
    }

    private static String insert(Side to, Table table) {
        boolean overriding = to.kind() == Database.Kind.POSTGRESQL && !table.identities().isEmpty();
        return "INSERT INTO " + table.name() + " (" + table.columnList() + ")"
                + (overriding ? " OVERRIDING SYSTEM VALUE" : "")
                + " VALUES (" + String.join(", ", Collections.nCopies(table.columns().size(), "?")) + ")";
    }

    /** Sets a PostgreSQL identity's sequence so that its next value is one past the column's highest. */
    static void advanceSequence(Side to, String table, String column) throws SQLException {
        if (to.kind() != Database.Kind.POSTGRESQL) return; // SQLite takes the highest rowid + 1 by itself
        Names.check(table);
        Names.check(column);
        try (PreparedStatement ps = to.connection().prepareStatement("SELECT setval(pg_get_serial_sequence(?, ?),"
                + " COALESCE(MAX(" + column + "), 0) + 1, false) FROM " + table)) {
            ps.setString(1, table);
            ps.setString(2, column);
            ps.executeQuery().close();
        }
    }
}
