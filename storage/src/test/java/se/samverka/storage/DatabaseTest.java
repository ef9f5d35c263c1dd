package se.samverka.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Transactions on both databases: reads beside a write, read-only means read-only, a lost conflict runs again. */
class DatabaseTest {
    @TempDir
    Path folder;
    Database db;
    Sql sql;

    @BeforeEach
    void open() {
        db = TestDatabase.open(TestDatabase.setting(folder.resolve("s.db")));
        sql = new Sql(db);
        db.inTransaction(() -> sql.workspace("test", "T1"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aReadRunsWhileAWriteIsOpenAndSeesTheLastCommit() throws Exception {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch readDone = new CountDownLatch(1);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> db.inTransaction(() -> {
            sql.workspace("test", "T2");
            writing.countDown();
            await(readDone); // the write stays open until the read has finished
            return null;
        }));
        assertTrue(writing.await(30, TimeUnit.SECONDS));
        long seen = CompletableFuture.supplyAsync(() -> db.read(() ->
                sql.one("SELECT COUNT(*) FROM workspace", rs -> rs.getLong(1)).orElseThrow())).get(30, TimeUnit.SECONDS);
        readDone.countDown();
        writer.get(30, TimeUnit.SECONDS);
        assertEquals(1, seen, "the read did not wait for the write, and does not see what it has not committed");
        assertEquals(2L, db.read(() -> sql.one("SELECT COUNT(*) FROM workspace", rs -> rs.getLong(1)).orElseThrow()));
    }

    @Test
    void writingInAReadIsRefusedAndChangesNothing() {
        assertThrows(StorageException.class, () -> db.read(() -> sql.workspace("test", "T3")));
        assertEquals(1L, db.read(() -> sql.one("SELECT COUNT(*) FROM workspace", rs -> rs.getLong(1)).orElseThrow()));
    }

    @Test
    void aTransactionThatLostASerializationConflictRunsAgain() throws Exception {
        Assumptions.assumeTrue(db.kind() == Database.Kind.POSTGRESQL, "SQLite has one writer: no conflicts");
        CountDownLatch bothRead = new CountDownLatch(2);
        AtomicInteger runs = new AtomicInteger();
        Runnable bump = () -> db.inTransaction(() -> {
            long n = sql.one("SELECT COUNT(*) FROM workspace", rs -> rs.getLong(1)).orElseThrow();
            if (runs.incrementAndGet() <= 2) {
                bothRead.countDown();
                await(bothRead); // both have read before either writes: one of them must lose
            }
            sql.workspace("test", "N" + n);
            return null;
        });
        CompletableFuture<Void> a = CompletableFuture.runAsync(bump);
        CompletableFuture<Void> b = CompletableFuture.runAsync(bump);
        a.get(60, TimeUnit.SECONDS);
        b.get(60, TimeUnit.SECONDS);
        assertTrue(runs.get() >= 3, "one transaction ran again: " + runs.get());
        assertEquals(java.util.List.of("N1", "N2", "T1"), db.read(() -> sql.list(
                "SELECT external_id FROM workspace ORDER BY external_id", rs -> rs.getString(1))),
                "each saw the other's commit: no count taken twice");
    }

    @Test
    void aConflictInAJoinedTransactionIsLetThroughToTheEnclosingOneWhichRunsAgain() throws Exception {
        Assumptions.assumeTrue(db.kind() == Database.Kind.POSTGRESQL, "SQLite has one writer: no conflicts");
        CountDownLatch bothRead = new CountDownLatch(2);
        AtomicInteger runs = new AtomicInteger();
        java.util.List<Boolean> letThrough = new java.util.concurrent.CopyOnWriteArrayList<>();
        // as the inbox carries out a command: its transaction around the engine's, which answers failures
        java.util.function.Supplier<String> command = () -> db.inTransaction(() -> {
            try {
                return db.inTransaction(() -> {
                    long n = sql.one("SELECT COUNT(*) FROM workspace", rs -> rs.getLong(1)).orElseThrow();
                    if (runs.incrementAndGet() <= 2) {
                        bothRead.countDown();
                        await(bothRead); // both have read before either writes: one of them must lose
                    }
                    sql.workspace("test", "N" + n);
                    return "done";
                });
            } catch (RuntimeException e) {
                boolean conflict = e instanceof se.samverka.core.port.Transactions.Conflict;
                letThrough.add(conflict);
                if (conflict) throw e; // as the command engine's catch-all does
                return "answered as an error";
            }
        });
        CompletableFuture<String> a = CompletableFuture.supplyAsync(command);
        CompletableFuture<String> b = CompletableFuture.supplyAsync(command);
        assertEquals(java.util.List.of("done", "done"), java.util.List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS)));
        assertTrue(runs.get() >= 3, "one command ran again: " + runs.get());
        assertEquals(java.util.List.of("N1", "N2", "T1"), db.read(() -> sql.list(
                "SELECT external_id FROM workspace ORDER BY external_id", rs -> rs.getString(1))));
        assertFalse(letThrough.contains(false), "a conflict in the joined transaction arrives as one: " + letThrough);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) throw new IllegalStateException("never released");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
