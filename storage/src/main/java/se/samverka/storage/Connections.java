package se.samverka.storage;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Where a database's transactions get their connection: one writer file for SQLite, a pool for PostgreSQL. */
interface Connections extends AutoCloseable {
    /** A connection in a new transaction (auto-commit off); read-only ones may run beside others. */
    Connection begin(boolean readOnly) throws SQLException;

    /** Gives the connection of a finished transaction back. */
    void end(Connection connection, boolean readOnly);

    /** Whether a failed transaction may simply be run again (PostgreSQL's serialization failures and deadlocks). */
    boolean retryable(SQLException e);

    /**
     * Whether the database answers now, within a few seconds (for {@code /health} and {@code /ready}): a load
     * balancer asks often and must not wait out the pool's ten-second timeout while the server is down.
     */
    boolean reachable();

    /** Connections for a library that manages its own (the scheduler). */
    DataSource dataSource();

    @Override
    void close();
}
