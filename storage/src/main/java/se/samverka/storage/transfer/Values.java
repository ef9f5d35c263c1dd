package se.samverka.storage.transfer;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * A value read from one database and written to the other as the repositories read it: integers as longs, flags as
 * booleans (PostgreSQL's BOOLEAN, SQLite's 0/1), timestamps as instants (db-scheduler's TIMESTAMPTZ, SQLite's
 * milliseconds), BLOBs/BYTEA as bytes, the rest as text. The same value digests the same on both sides.
 */
final class Values {
    private Values() {
    }

    static Object read(ResultSet rs, int i, Column column) throws SQLException {
        return switch (column.type()) {
            case INTEGER -> integer(rs.getObject(i));
            case BOOLEAN -> flag(rs.getObject(i));
            case TIMESTAMP -> instant(rs.getTimestamp(i));
            case BYTES -> rs.getBytes(i);
            case TEXT -> rs.getString(i);
        };
    }

    static void bind(PreparedStatement ps, int i, Column column, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(i, column.sqlType());
        } else if (column.type() == Column.Type.BOOLEAN && value instanceof Boolean b) {
            ps.setBoolean(i, b);
        } else if (value instanceof Long n) {
            ps.setLong(i, n);
        } else if (value instanceof Instant t) {
            ps.setTimestamp(i, Timestamp.from(t));
        } else if (value instanceof byte[] bytes) {
            ps.setBytes(i, bytes);
        } else {
            ps.setString(i, value.toString());
        }
    }

    /** Adds a value to a row's digest: a tag and the value's bytes, each with its length, so no two rows run together. */
    static void digest(MessageDigest md, Object value) {
        byte tag;
        byte[] bytes;
        if (value == null) {
            tag = 'N';
            bytes = new byte[0];
        } else if (value instanceof Boolean b) {
            tag = 'I';
            bytes = (b ? "1" : "0").getBytes(StandardCharsets.US_ASCII);
        } else if (value instanceof Long n) {
            tag = 'I';
            bytes = Long.toString(n).getBytes(StandardCharsets.US_ASCII);
        } else if (value instanceof Instant t) {
            tag = 'T';
            bytes = Long.toString(t.toEpochMilli()).getBytes(StandardCharsets.US_ASCII);
        } else if (value instanceof byte[] b) {
            tag = 'B';
            bytes = b;
        } else {
            tag = 'S';
            bytes = value.toString().getBytes(StandardCharsets.UTF_8);
        }
        md.update(tag);
        md.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        md.update(bytes);
    }

    private static Object integer(Object v) {
        if (v instanceof Number n) return n.longValue();
        return v == null ? null : v.toString(); // SQLite may hold text in an INTEGER column: it then differs, and says so
    }

    private static Object flag(Object v) {
        if (v == null) return null;
        if (v instanceof Boolean b) return b;
        if (v instanceof Number n) return n.longValue() != 0;
        return v.toString().equalsIgnoreCase("true") || v.toString().equals("1");
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : Instant.ofEpochMilli(t.getTime()); // SQLite keeps milliseconds: compare at that
    }
}
