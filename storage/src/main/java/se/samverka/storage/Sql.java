package se.samverka.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs SQL text with ? parameters on the current transaction's connection; maps rows with small lambdas. The SQL is
 * what SQLite and PostgreSQL both read; where they differ, {@link #kind} says which one this is.
 */
final class Sql {
    /** Maps the current row of a result set. */
    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private static final String[] ID = {"id"};
    private final Database db;

    Sql(Database db) {
        this.db = db;
    }

    <T> List<T> list(String sql, Row<T> row, Object... params) {
        try (PreparedStatement st = prepare(sql, false, params); ResultSet rs = st.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) out.add(row.map(rs));
            return out;
        } catch (SQLException e) {
            throw new StorageException("query failed: " + firstLine(sql), e);
        }
    }

    /** The value of the one row; empty when there is no row, or when the row maps to null (a NULL column). */
    <T> Optional<T> one(String sql, Row<T> row, Object... params) {
        List<T> rows = list(sql, row, params);
        if (rows.size() > 1) throw new IllegalStateException("more than one row: " + firstLine(sql));
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    Database.Kind kind() {
        return db.kind();
    }

    /** An expression for the epoch seconds of a stored UTC stamp (see {@link #stamp}). */
    String epochSeconds(String column) {
        return db.kind() == Database.Kind.SQLITE
                ? "CAST(strftime('%s', " + column + ") AS INTEGER)"
                : "CAST(EXTRACT(EPOCH FROM CAST(" + column + " AS TIMESTAMPTZ)) AS BIGINT)";
    }

    /** The id of the workspace, created on first sight. */
    long workspace(String platform, String externalId) {
        update("INSERT INTO workspace (platform, external_id) VALUES (?, ?) ON CONFLICT DO NOTHING", platform, externalId);
        return one("SELECT id FROM workspace WHERE platform = ? AND external_id = ?",
                rs -> rs.getLong(1), platform, externalId).orElseThrow();
    }

    /** Runs an update; returns the number of rows changed. */
    int update(String sql, Object... params) {
        try (PreparedStatement st = prepare(sql, false, params)) {
            return st.executeUpdate();
        } catch (SQLException e) {
            throw new StorageException("update failed: " + firstLine(sql), e);
        }
    }

    /** Runs an update that must change exactly one row. */
    void updateOne(String sql, Object... params) {
        int changed = update(sql, params);
        if (changed != 1) throw new IllegalStateException(changed + " rows changed, expected 1: " + firstLine(sql));
    }

    /** Runs an insert; returns the new row id. */
    long insert(String sql, Object... params) {
        try (PreparedStatement st = prepare(sql, true, params)) {
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                if (!keys.next()) throw new IllegalStateException("no generated key: " + firstLine(sql));
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new StorageException("insert failed: " + firstLine(sql), e);
        }
    }

    private PreparedStatement prepare(String sql, boolean keys, Object... params) throws SQLException {
        PreparedStatement st = !keys ? db.connection().prepareStatement(sql)
                : db.kind() == Database.Kind.SQLITE ? db.connection().prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)
                : db.connection().prepareStatement(sql, ID);
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof Optional<?> o) p = o.orElse(null);
            if (p instanceof Boolean b) p = b ? 1 : 0; // flags are 0/1 integers on both databases
            if (p == null) {
                st.setNull(i + 1, Types.NULL);
            } else {
                st.setObject(i + 1, p);
            }
        }
        return st;
    }

    private static final java.time.format.DateTimeFormatter STAMP =
            java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(java.time.ZoneOffset.UTC);

    /** An instant as fixed-width UTC text, so that stored instants compare correctly as text. */
    static String stamp(java.time.Instant at) {
        return STAMP.format(at);
    }

    /** A LIKE pattern (with {@code ESCAPE '!'}) for text containing {@code part} as written. */
    static String containing(String part) {
        return "%" + part.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    static Optional<Long> optionalLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(value);
    }

    static Optional<String> optionalString(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }

    private static String firstLine(String sql) {
        String stripped = sql.strip();
        int nl = stripped.indexOf('\n');
        return nl < 0 ? stripped : stripped.substring(0, nl);
    }
}
