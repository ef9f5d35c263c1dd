package se.samverka.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import javax.sql.DataSource;
import se.samverka.config.PostgresSettings;

/**
 * A pool of connections to one PostgreSQL server (HikariCP). Every transaction is SERIALIZABLE: two instances, or two
 * requests on one, that read and write the same rows (the next decision's §, a delivery id) cannot both commit on
 * what the other changed; the loser fails with a serialization failure and is run again. A unique violation is run
 * again too: the keys the code writes are ones it has just read to be free (the next number of a group's action
 * items, read as the highest plus one), so a violation is a concurrent transaction's insert of the same key, which
 * PostgreSQL reports as such rather than as a serialization failure; run again, the transaction reads it.
 */
final class PostgresConnections implements Connections {
    private static final Set<String> RETRY = Set.of("40001", "40P01", "23505");
    private static final int REACH_SECONDS = 3;
    private final HikariDataSource pool;
    private final PostgresSettings server;

    PostgresConnections(PostgresSettings server, int size) {
        this.server = server;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.jdbcUrl());
        server.user().ifPresent(config::setUsername);
        server.password().ifPresent(config::setPassword);
        config.setMaximumPoolSize(size);
        config.setPoolName("samverka");
        config.setTransactionIsolation("TRANSACTION_SERIALIZABLE");
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(-1); // start-up checks the server itself and says so clearly
        this.pool = new HikariDataSource(config);
    }

    @Override
    public Connection begin(boolean readOnly) throws SQLException {
        Connection c = pool.getConnection();
        try {
            c.setAutoCommit(false);
            c.setReadOnly(readOnly);
            return c;
        } catch (SQLException e) {
            c.close();
            throw e;
        }
    }

    @Override
    public void end(Connection connection, boolean readOnly) {
        try {
            if (readOnly) connection.setReadOnly(false);
            connection.close();
        } catch (SQLException ignored) {
            // the pool drops a broken connection
        }
    }

    @Override
    public boolean retryable(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if (x.getSQLState() != null && RETRY.contains(x.getSQLState())) return true;
        }
        return false;
    }

    /** A connection of its own, outside the pool, given three seconds to connect and answer. */
    @Override
    public boolean reachable() {
        java.util.Properties props = new java.util.Properties();
        server.user().ifPresent(u -> props.setProperty("user", u));
        server.password().ifPresent(p -> props.setProperty("password", p));
        props.setProperty("connectTimeout", String.valueOf(REACH_SECONDS));
        props.setProperty("loginTimeout", String.valueOf(REACH_SECONDS));
        props.setProperty("socketTimeout", String.valueOf(REACH_SECONDS));
        try (Connection c = new org.postgresql.Driver().connect(server.jdbcUrl(), props);
             java.sql.Statement st = c.createStatement()) {
            st.execute("SELECT 1");
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public DataSource dataSource() {
        return pool;
    }

    @Override
    public void close() {
        pool.close();
    }
}
