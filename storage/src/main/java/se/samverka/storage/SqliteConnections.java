package se.samverka.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * SQLite has one writer at a time: one connection writes, one transaction at a time (a fair lock, so none starves).
 * In WAL mode readers do not wait for it: read-only transactions take one of a few reading connections and see the
 * last commit, while a write goes on.
 */
final class SqliteConnections implements Connections {
    private static final int READERS = 4;
    private final SQLiteDataSource writing;
    private final SQLiteDataSource reading;
    private final Connection writer;
    private final ReentrantLock lock = new ReentrantLock(true);
    private final BlockingQueue<Connection> idleReaders = new ArrayBlockingQueue<>(READERS);
    private final java.util.concurrent.Semaphore readers = new java.util.concurrent.Semaphore(READERS, true);

    SqliteConnections(Path file) throws SQLException {
        this.writing = source(file, false);
        this.reading = source(file, true);
        this.writer = writing.getConnection();
    }

    static SQLiteDataSource source(Path file, boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        if (!readOnly) config.setJournalMode(SQLiteConfig.JournalMode.WAL); // kept in the file; readers find it
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(10_000);
        config.setTransactionMode(readOnly ? SQLiteConfig.TransactionMode.DEFERRED : SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return source;
    }

    @Override
    public Connection begin(boolean readOnly) throws SQLException {
        if (!readOnly) {
            lock.lock();
            try {
                writer.setAutoCommit(false);
                return writer;
            } catch (SQLException | RuntimeException e) {
                lock.unlock(); // a closed or broken writer: the next transaction (or close) must not wait for it
                throw e;
            }
        }
        readers.acquireUninterruptibly();
        try {
            Connection c = idleReaders.poll();
            if (c == null) c = reader();
            c.setAutoCommit(false);
            return c;
        } catch (SQLException | RuntimeException e) {
            readers.release();
            throw e;
        }
    }

    /** A new reading connection: {@code query_only}, so a write in a read transaction fails instead of waiting. */
    private Connection reader() throws SQLException {
        Connection c = reading.getConnection();
        try (java.sql.Statement st = c.createStatement()) {
            st.execute("PRAGMA query_only = true");
        }
        return c;
    }

    @Override
    public void end(Connection connection, boolean readOnly) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the connection is broken; the next transaction reports it
        }
        if (!readOnly) {
            lock.unlock();
            return;
        }
        if (!idleReaders.offer(connection)) closeQuietly(connection);
        readers.release();
    }

    @Override
    public boolean retryable(SQLException e) {
        return false;
    }

    /** The file reads: a reading connection of its own answers a query (the file may have gone, or be unreadable). */
    @Override
    public boolean reachable() {
        try (Connection c = reading.getConnection(); java.sql.Statement st = c.createStatement()) {
            st.setQueryTimeout(5);
            st.execute("SELECT 1 FROM flyway_schema_history LIMIT 1");
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public DataSource dataSource() {
        return writing;
    }

    @Override
    public void close() {
        boolean held = false;
        try {
            held = lock.tryLock(10, java.util.concurrent.TimeUnit.SECONDS); // a transaction still running may finish
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            closeQuietly(writer);
            Connection c;
            while ((c = idleReaders.poll()) != null) closeQuietly(c);
        } finally {
            if (held) lock.unlock();
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing anyway
        }
    }
}
