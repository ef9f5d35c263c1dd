package se.samverka.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import se.samverka.core.port.Transactions;

/**
 * The one SQLite file: migrated by Flyway on open, WAL journal, foreign keys enforced. SQLite has one writer at a
 * time, so the database keeps one connection and lets one transaction at a time use it; a command's reads and
 * writes all happen inside its transaction.
 */
public final class SqliteDatabase implements Transactions, AutoCloseable {
    private final Path file;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock(true);
    private final java.util.concurrent.atomic.LongAdder statements = new java.util.concurrent.atomic.LongAdder();

    private SqliteDatabase(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating the file and its folder if needed) and migrates the database. */
    public static SqliteDatabase open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of " + file, e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(10_000);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
        try {
            return new SqliteDatabase(file, dataSource.getConnection());
        } catch (SQLException e) {
            throw new StorageException("cannot open " + file, e);
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work, Predicate<? super T> keep) {
        if (lock.isHeldByCurrentThread()) return work.get(); // joins the open transaction
        lock.lock();
        try {
            connection.setAutoCommit(false);
            T result;
            try {
                result = work.get();
            } catch (RuntimeException | Error e) {
                connection.rollback();
                throw e;
            }
            if (keep.test(result)) {
                connection.commit();
            } else {
                connection.rollback();
            }
            return result;
        } catch (SQLException e) {
            throw new StorageException("transaction failed", e);
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is broken; the next transaction reports it
            }
            lock.unlock();
        }
    }

    /** Runs work in a transaction that always commits (for callers outside the command engine). */
    public <T> T inTransaction(Supplier<T> work) {
        return inTransaction(work, result -> true);
    }

    /** The connection of the transaction this thread is in (each statement asks for it once). */
    Connection connection() {
        if (!lock.isHeldByCurrentThread()) {
            throw new IllegalStateException("database access outside a transaction");
        }
        statements.increment();
        return connection;
    }

    /** How many statements have run on this database: tests compare it to show a page's queries do not grow with its rows. */
    public long statements() {
        return statements.sum();
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StorageException("cannot close " + file, e);
        } finally {
            lock.unlock();
        }
    }
}
