package se.samverka.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.sql.DataSource;
import se.samverka.config.PostgresSettings;
import se.samverka.config.SamverkaConfig;
import se.samverka.core.port.Transactions;

/**
 * The store: one SQLite file (the default) or a PostgreSQL server, migrated by Flyway on open. A command's reads and
 * writes all happen inside its transaction, on the connection this thread holds for it. Read-only transactions
 * ({@link #read}) run beside writing ones on both. On PostgreSQL every transaction is serializable and one that lost
 * a conflict with another instance's is run again, for up to {@link #PERSIST} (at most {@value #ATTEMPTS} times).
 */
public final class Database implements Transactions, AutoCloseable {
    /** Which database is behind the store. */
    public enum Kind { SQLITE, POSTGRESQL }

    private static final int ATTEMPTS = 40;
    /**
     * How long a transaction that keeps losing conflicts is run again before it fails: long enough that a burst of
     * commands on one group (each numbering its next decision) is carried out, short of Slack users giving up.
     */
    static final java.time.Duration PERSIST = java.time.Duration.ofSeconds(10);
    /**
     * Attempts a transaction makes beside any others; after them it waits its turn behind this instance's other
     * repeated losers ({@link #losers}), so that many commands of one group arriving at once (all numbering the
     * group's next decision) cannot keep beating each other until one runs out of attempts.
     */
    private static final int FREE_ATTEMPTS = 3;
    private final java.util.concurrent.locks.ReentrantLock losers = new java.util.concurrent.locks.ReentrantLock(true);
    private static final int POOL = 10;
    private final Kind kind;
    private final String shown;
    private final Connections connections;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    private final LongAdder statements = new LongAdder();

    private Database(Kind kind, String shown, Connections connections) {
        this.kind = kind;
        this.shown = shown;
        this.connections = connections;
    }

    /** The database the configuration names: PostgreSQL when {@code SAMVERKA_DB} is a server, the file otherwise. */
    public static Database open(SamverkaConfig config) {
        return config.postgres().map(Database::postgres).orElseGet(() -> sqlite(config.database()));
    }

    /** Opens (creating the file and its folder if needed) and migrates a SQLite file. */
    public static Database sqlite(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of " + file, e);
        }
        Migrations.run(SqliteConnections.source(file, false), Kind.SQLITE, file.toString());
        try {
            return new Database(Kind.SQLITE, file.toString(), new SqliteConnections(file));
        } catch (SQLException e) {
            throw new StorageException("cannot open " + file, e);
        }
    }

    /** Connects to and migrates a PostgreSQL database; fails with one clear message when it cannot be reached. */
    public static Database postgres(PostgresSettings server) {
        PostgresConnections pool = new PostgresConnections(server, POOL);
        try {
            Migrations.reach(pool.dataSource(), server.shown());
            Migrations.run(pool.dataSource(), Kind.POSTGRESQL, server.shown());
            return new Database(Kind.POSTGRESQL, server.shown(), pool);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    public Kind kind() {
        return kind;
    }

    /** The file or the server (never a password), for messages and {@code /health}. */
    public String describe() {
        return shown;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work, Predicate<? super T> keep) {
        return transact(work, keep, false);
    }

    /** Runs work that only reads: beside writers (SQLite's WAL readers, PostgreSQL's pool); writing in it fails. */
    @Override
    public <T> T read(Supplier<T> work) {
        return transact(work, result -> true, true);
    }

    /** Runs work in a transaction that always commits (for callers outside the command engine). */
    public <T> T inTransaction(Supplier<T> work) {
        return inTransaction(work, result -> true);
    }

    private <T> T transact(Supplier<T> work, Predicate<? super T> keep, boolean readOnly) {
        if (current.get() != null) return joined(work);
        long began = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            Transactions.Conflict lost;
            boolean queued = attempt > FREE_ATTEMPTS;
            if (queued) losers.lock(); // before the transaction begins: it holds nothing of the database while it waits
            try {
                return once(work, keep, readOnly);
            } catch (Transactions.Conflict conflict) {
                lost = conflict;
            } finally {
                if (queued) losers.unlock();
            }
            if (attempt == ATTEMPTS || System.nanoTime() - began > PERSIST.toNanos()) {
                throw new StorageException("the transaction kept conflicting (" + attempt + " attempts)", lost.getCause());
            }
            pause(attempt);
        }
    }

    /**
     * Work in the open transaction. A conflict it loses is thrown on as {@link Transactions.Conflict}, through any
     * catch-all between here and the outermost transaction, which runs again.
     */
    private <T> T joined(Supplier<T> work) {
        try {
            return work.get();
        } catch (Transactions.Conflict conflict) {
            throw conflict;
        } catch (RuntimeException e) {
            SQLException cause = sqlCause(e);
            if (cause != null && runAgain(cause)) throw new Transactions.Conflict(cause);
            throw e;
        }
    }

    /**
     * Whether a failure of the work (before its commit) is one to run the transaction again for: a lost conflict, or
     * a connection that broke under it (SQLSTATE class 08: the server restarted, the pool handed out a connection it
     * had not yet seen die) — nothing of the transaction was committed, and the pool gives a fresh connection. A
     * failure of the commit itself is never run again: whether it committed is not known.
     */
    private boolean runAgain(SQLException cause) {
        return connections.retryable(cause) || cause.getSQLState() != null && cause.getSQLState().startsWith("08");
    }

    private <T> T once(Supplier<T> work, Predicate<? super T> keep, boolean readOnly) {
        Connection c = begin(readOnly);
        current.set(c);
        try {
            T result = work.get();
            if (keep.test(result)) {
                c.commit();
            } else {
                c.rollback();
            }
            return result;
        } catch (SQLException e) {
            rollback(c);
            if (connections.retryable(e)) throw new Transactions.Conflict(e);
            throw new StorageException("transaction failed", e);
        } catch (Transactions.Conflict conflict) {
            rollback(c);
            throw conflict;
        } catch (RuntimeException | Error e) {
            rollback(c);
            SQLException cause = sqlCause(e);
            if (cause != null && runAgain(cause)) throw new Transactions.Conflict(cause);
            throw e;
        } finally {
            current.remove();
            connections.end(c, readOnly);
        }
    }

    private Connection begin(boolean readOnly) {
        try {
            return connections.begin(readOnly);
        } catch (SQLException e) {
            throw new StorageException("cannot reach the database " + shown, e);
        }
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; the pool or the next transaction sees to it
        }
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) return s;
        }
        return null;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(1, Math.min(1000L, 10L << attempt)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("interrupted while retrying a transaction", e);
        }
    }

    /** The connection of the transaction this thread is in (each statement asks for it once). */
    Connection connection() {
        Connection c = current.get();
        if (c == null) throw new IllegalStateException("database access outside a transaction");
        statements.increment();
        return c;
    }

    /** How many statements have run on this database: tests compare it to show a page's queries do not grow with its rows. */
    public long statements() {
        return statements.sum();
    }

    /** Whether the database answers now, within a few seconds (for {@code /health} and {@code /ready}). */
    public boolean reachable() {
        return connections.reachable();
    }

    /** Connections for db-scheduler, which manages its own transactions on the same database. */
    public DataSource dataSource() {
        return connections.dataSource();
    }

    @Override
    public void close() {
        connections.close();
    }
}
