package se.samverka.storage.transfer;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * A table's row count and SHA-256, computed the same way on SQLite and PostgreSQL: each row's values, normalised
 * ({@link Values}), digested; the rows' digests sorted (so neither side's collation or order matters) and digested.
 */
final class Checksums {
    /** What one side holds in one table. */
    record Sum(String table, long rows, String sha256) {
    }

    private Checksums() {
    }

    static Sum of(Side side, Table table) throws SQLException {
        return of(side, table.name(), "SELECT " + table.columnList() + " FROM " + table.name(), table.columns());
    }

    /** The sum of what a query returns, its columns read as the given ones. */
    static Sum of(Side side, String name, String query, List<Column> columns) throws SQLException {
        List<byte[]> rows = new ArrayList<>();
        MessageDigest row = sha256();
        try (Statement st = side.connection().createStatement()) {
            st.setFetchSize(500);
            try (ResultSet rs = st.executeQuery(query)) {
                while (rs.next()) {
                    for (int i = 0; i < columns.size(); i++) Values.digest(row, Values.read(rs, i + 1, columns.get(i)));
                    rows.add(row.digest());
                }
            }
        }
        rows.sort(Arrays::compare);
        MessageDigest all = sha256();
        for (byte[] r : rows) all.update(r);
        return new Sum(name, rows.size(), HexFormat.of().formatHex(all.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
