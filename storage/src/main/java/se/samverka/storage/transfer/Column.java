package se.samverka.storage.transfer;

import java.util.Locale;

/**
 * A column as the copy reads and writes it: its name, and what kind of value it holds, read from the declared type
 * so that both databases agree ({@code INTEGER}/{@code int8}, {@code BLOB}/{@code bytea}, {@code BOOLEAN}/{@code bool},
 * {@code TIMESTAMP}/{@code timestamptz}, and text for the rest).
 *
 * @param sqlType the JDBC type of the target's column, for a NULL
 */
record Column(String name, Type type, int sqlType) {
    /** The kinds of value the schema uses. */
    enum Type { INTEGER, TEXT, BYTES, BOOLEAN, TIMESTAMP }

    Column {
        Names.check(name);
    }

    static Type typeOf(String declared) {
        String t = declared == null ? "" : declared.toLowerCase(Locale.ROOT);
        if (t.contains("timestamp")) return Type.TIMESTAMP;
        if (t.contains("bool")) return Type.BOOLEAN;
        if (t.contains("blob") || t.contains("bytea")) return Type.BYTES;
        if (t.contains("int") || t.equals("serial") || t.equals("bigserial")) return Type.INTEGER;
        return Type.TEXT;
    }
}
