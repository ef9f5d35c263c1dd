package se.samverka.storage.transfer;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A table to copy.
 *
 * @param columns    what is read from the source and written to the target, in this order
 * @param key        the primary key: the order rows are read and inserted in
 * @param identities the target's identity columns (PostgreSQL), whose sequences are set past the copied ids
 */
record Table(String name, List<Column> columns, List<String> key, List<String> identities) {
    Table {
        Names.check(name);
        columns = List.copyOf(columns);
        key = List.copyOf(key);
        identities = List.copyOf(identities);
    }

    String columnList() {
        return columns.stream().map(Column::name).collect(Collectors.joining(", "));
    }

    String select() {
        return "SELECT " + columnList() + " FROM " + name + " ORDER BY " + String.join(", ", key);
    }
}
