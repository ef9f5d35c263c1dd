package se.samverka.storage.transfer;

import java.sql.Connection;
import java.sql.SQLException;
import se.samverka.storage.Database;

/**
 * One side of the copy: its database's kind and the connection of the one transaction the copy runs on it.
 *
 * @param schema the schema its tables are in (PostgreSQL's current one; none for SQLite)
 */
record Side(Database.Kind kind, Connection connection, String schema) {
    static Side of(Database.Kind kind, Connection connection) throws SQLException {
        return new Side(kind, connection, kind == Database.Kind.POSTGRESQL ? connection.getSchema() : null);
    }
}
