package se.samverka.storage.transfer;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import se.samverka.storage.Database;

/**
 * The tables to copy, read from the target's own metadata, in foreign-key order (a table after every table it
 * refers to). Left out: Flyway's history (each side has its own), SQLite's internal tables, and the search indexes
 * ({@code search_*}: FTS5 tables and their shadow tables on SQLite, {@code search_entry} on PostgreSQL), which
 * {@link SearchIndexes} keeps.
 */
final class Schema {
    private static final Set<String> NOT_COPIED = Set.of("flyway_schema_history");

    private Schema() {
    }

    /** The data tables of the target, each with what the source must give for it. */
    static List<Table> read(Side target, Side source) throws SQLException {
        DatabaseMetaData meta = target.connection().getMetaData();
        String schema = target.schema();
        Set<String> identity = identityColumns(target);
        Map<String, Table> tables = new LinkedHashMap<>();
        Map<String, Set<String>> refersTo = new TreeMap<>();
        for (String name : tableNames(meta, schema)) {
            List<Column> columns = columns(meta, schema, name);
            List<String> key = primaryKey(meta, schema, name, columns);
            List<String> identities = columns.stream().map(Column::name).filter(c -> identity.contains(name + "." + c)).toList();
            columns = withRowid(target, source, name, columns, key);
            tables.put(name, new Table(name, columns, key, identities));
            refersTo.put(name, referenced(meta, schema, name));
        }
        for (Table t : tables.values()) requireColumns(source, t);
        return inForeignKeyOrder(tables, refersTo);
    }

    static boolean copied(String table) {
        return !NOT_COPIED.contains(table) && !table.startsWith("sqlite_") && !table.startsWith("search_");
    }

    private static List<String> tableNames(DatabaseMetaData meta, String schema) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (copied(name)) names.add(Names.check(name));
            }
        }
        return names;
    }

    private static List<Column> columns(DatabaseMetaData meta, String schema, String table) throws SQLException {
        Map<Integer, Column> byPosition = new TreeMap<>();
        try (ResultSet rs = meta.getColumns(null, schema, table, "%")) {
            while (rs.next()) {
                byPosition.put(rs.getInt("ORDINAL_POSITION"), new Column(rs.getString("COLUMN_NAME"),
                        Column.typeOf(rs.getString("TYPE_NAME")), rs.getInt("DATA_TYPE")));
            }
        }
        return List.copyOf(byPosition.values());
    }

    /** The primary key's columns in order; every column when a table has none (the rows' order then does not matter). */
    private static List<String> primaryKey(DatabaseMetaData meta, String schema, String table, List<Column> columns)
            throws SQLException {
        Map<Integer, String> bySeq = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(null, schema, table)) {
            while (rs.next()) bySeq.put(rs.getInt("KEY_SEQ"), Names.check(rs.getString("COLUMN_NAME")));
        }
        return bySeq.isEmpty() ? columns.stream().map(Column::name).toList() : List.copyOf(bySeq.values());
    }

    private static Set<String> referenced(DatabaseMetaData meta, String schema, String table) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (ResultSet rs = meta.getImportedKeys(null, schema, table)) {
            while (rs.next()) tables.add(rs.getString("PKTABLE_NAME"));
        }
        tables.remove(table);
        return tables;
    }

    /** Identity columns as "table.column" (PostgreSQL's; SQLite has none, its ids are the rowid). */
    private static Set<String> identityColumns(Side side) throws SQLException {
        Set<String> found = new TreeSet<>();
        if (side.kind() != Database.Kind.POSTGRESQL) return found;
        try (Statement st = side.connection().createStatement(); ResultSet rs = st.executeQuery("""
                SELECT table_name, column_name FROM information_schema.columns
                WHERE table_schema = current_schema() AND is_identity = 'YES'""")) {
            while (rs.next()) found.add(rs.getString(1) + "." + rs.getString(2));
        }
        return found;
    }

    /**
     * On a SQLite target, a table whose key is not its rowid still keeps the source's order of saving: its rowid is
     * copied from SQLite's own or from PostgreSQL's explicit {@code rowid} column, where the source has one.
     */
    private static List<Column> withRowid(Side target, Side source, String table, List<Column> columns, List<String> key)
            throws SQLException {
        if (target.kind() != Database.Kind.SQLITE) return columns;
        boolean rowidKey = key.size() == 1 && columns.stream()
                .anyMatch(c -> c.name().equals(key.get(0)) && c.type() == Column.Type.INTEGER);
        if (!hasRowid(target, table)) return columns;
        boolean sourceHasRowid = source.kind() == Database.Kind.SQLITE
                || columns(source.connection().getMetaData(), source.schema(), table).stream().anyMatch(c -> c.name().equals("rowid"));
        if (rowidKey || !sourceHasRowid) return columns;
        List<Column> with = new ArrayList<>(columns);
        with.add(new Column("rowid", Column.Type.INTEGER, java.sql.Types.BIGINT));
        return List.copyOf(with);
    }

    private static void requireColumns(Side source, Table table) throws SQLException {
        Set<String> present = new TreeSet<>();
        for (Column c : columns(source.connection().getMetaData(), source.schema(), table.name())) present.add(c.name());
        if (hasRowid(source, table.name())) present.add("rowid");
        for (Column c : table.columns()) {
            if (!present.contains(c.name())) {
                throw new CopyException("the source has no column " + table.name() + "." + c.name()
                        + ": it is not at the schema version of the target");
            }
        }
    }

    /** Whether a SQLite table has its implicit rowid (all but those made WITHOUT ROWID; PostgreSQL's: none). */
    private static boolean hasRowid(Side side, String table) throws SQLException {
        if (side.kind() != Database.Kind.SQLITE) return false;
        try (var ps = side.connection().prepareStatement("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && !rs.getString(1).matches("(?is).*\\)\\s*WITHOUT\\s+ROWID\\s*;?\\s*");
            }
        }
    }

    /** Kahn's order: each table after those it refers to; among those ready, by name. */
    private static List<Table> inForeignKeyOrder(Map<String, Table> tables, Map<String, Set<String>> refersTo) {
        List<Table> ordered = new ArrayList<>();
        Set<String> done = new TreeSet<>();
        while (ordered.size() < tables.size()) {
            String next = refersTo.entrySet().stream()
                    .filter(e -> !done.contains(e.getKey()))
                    .filter(e -> e.getValue().stream().allMatch(r -> done.contains(r) || !tables.containsKey(r)))
                    .map(Map.Entry::getKey).findFirst()
                    .orElseThrow(() -> new CopyException("the tables' foreign keys form a cycle; cannot order the copy"));
            done.add(next);
            ordered.add(tables.get(next));
        }
        return List.copyOf(ordered);
    }
}
