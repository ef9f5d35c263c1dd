package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.samverka.core.port.Inbox;
import se.samverka.integrations.InboxWorkers;
import se.samverka.integrations.Instance;
import se.samverka.storage.Database;
import se.samverka.storage.SqliteInbox;
import se.samverka.storage.TestDatabase;

/**
 * Two instances' workers on one database (a SQLite file, and a PostgreSQL database): a command in flight on the live
 * instance is not taken up by the other one starting, not even once its claim is older than the stale limit as
 * long as the holder renews it; a command whose holder stopped renewing is taken up by one instance; many commands
 * taken up by two instances at once are each carried out and answered once.
 */
class InboxClaimsTest {
    @TempDir
    Path folder;
    private final Map<String, Integer> answers = new ConcurrentHashMap<>();
    private final MovingClock now = new MovingClock(Instant.parse("2026-11-23T08:00:00Z"));

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aCommandInFlightOnTheLiveInstanceIsNotTakenUpByAnotherOne(String kind) throws Exception {
        try (Database db = open(kind); InboxWorkers a = workers(db, "a"); InboxWorkers b = workers(db, "b")) {
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch started = new CountDownLatch(1);
            assertEquals(InboxWorkers.Accepted.QUEUED, a.accept("TR1", "beslut Ett", entry -> {
                started.countDown();
                await(release);
                answer(entry);
            }));
            assertTrue(started.await(10, TimeUnit.SECONDS));
            assertEquals(0, b.replay(this::answer), "B starting leaves A's command alone");
            now.pass(InboxWorkers.STALE.minusSeconds(1));
            assertEquals(0, b.takeUp(this::answer), "not yet stale");
            a.renew(); // A is alive and says so
            now.pass(Duration.ofSeconds(2)); // past the stale limit counted from the first claim, not from the renewal
            assertEquals(0, b.takeUp(this::answer), "a renewed claim holds");
            release.countDown();
            Eventually.until(() -> open(db) == 0, "answered");
            assertEquals(Map.of("TR1", 1), answers, "answered once, by A");
            now.pass(InboxWorkers.STALE.multipliedBy(2));
            assertEquals(0, b.takeUp(this::answer), "an answered command is nobody's to take up");
            assertEquals(Map.of("TR1", 1), answers);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aCommandWhoseHolderStoppedRenewingIsTakenUpOnceAfterTheStaleLimit(String kind) throws Exception {
        try (Database db = open(kind); InboxWorkers b = workers(db, "b"); InboxWorkers c = workers(db, "c")) {
            SqliteInbox inbox = SqliteInbox.on(db);
            // stored and claimed by an instance on another machine, which then died
            db.run(() -> inbox.receive("slack", "TR2", "beslut Två", now.instant(),
                    new Inbox.Claim("elsewhere/4711/x", now.instant())));
            assertEquals(0, b.takeUp(this::answer), "its holder may be alive");
            now.pass(InboxWorkers.STALE.plusSeconds(1));
            assertEquals(1, b.takeUp(this::answer));
            assertEquals(0, c.takeUp(this::answer), "B holds it now");
            Eventually.until(() -> open(db) == 0, "answered");
            assertEquals(Map.of("TR2", 1), answers);
            assertEquals(1, attempts(db, "TR2"), "the take-over counted as one attempt");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void commandsTakenUpByTwoInstancesAtOnceAreEachAnsweredOnce(String kind) throws Exception {
        try (Database db = open(kind); InboxWorkers a = workers(db, "a"); InboxWorkers b = workers(db, "b")) {
            SqliteInbox inbox = SqliteInbox.on(db);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 150; i++) ids.add("TR" + (100 + i));
            db.run(() -> ids.forEach(id -> inbox.receive("slack", id, "åtgärd " + id, now.instant(),
                    new Inbox.Claim("elsewhere/1/dead", now.instant().minus(InboxWorkers.STALE.multipliedBy(2))))));
            Thread other = new Thread(() -> b.takeUp(this::answer));
            other.start();
            a.takeUp(this::answer);
            other.join(30_000);
            Eventually.until(() -> open(db) == 0, "all answered");
            assertEquals(150, answers.size());
            assertTrue(answers.values().stream().allMatch(n -> n == 1), "each once: " + answers);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aCommandWhoseTransactionKeepsFailingIsAnsweredWithAnIncidentNotLeftInTheInbox(String kind) throws Exception {
        try (Database db = open(kind); InboxWorkers a = workers(db, "a")) {
            java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();
            List<se.samverka.core.chat.Reply> replies = new java.util.concurrent.CopyOnWriteArrayList<>();
            a.accept("TR3", "decision Ett", entry -> replies.add(a.carryOut(entry, "decision Ett", () -> {
                runs.incrementAndGet(); // loses to another instance every time (PostgreSQL runs it again, for up to 10 s)
                throw new se.samverka.storage.StorageException("insert failed",
                        new java.sql.SQLException("could not serialize access", "40001"));
            })));
            // PostgreSQL runs a conflict again for up to 10 s (Database.PERSIST) before it gives up
            Eventually.until(() -> open(db) == 0, "answered", Duration.ofSeconds(30));
            assertEquals(1, replies.size());
            String text = replies.get(0).summary(500);
            assertTrue(replies.get(0).rejected() && text.startsWith("Something went wrong on my side, and nothing was saved"),
                    "in the command's language, with an incident id: " + text);
            if (kind.equals("postgresql")) {
                assertTrue(runs.get() > 10, "a conflict is run again, for a while: " + runs.get());
            } else {
                assertEquals(1, runs.get(), "not a conflict on SQLite (one writer): not run again");
            }
            now.pass(InboxWorkers.STALE.multipliedBy(2));
            assertEquals(0, a.takeUp(entry -> replies.add(entry.reply().orElseThrow())), "answered: nobody's to take up");
            assertEquals(0, db.read(() -> DbSnapshot.count(db, "SELECT COUNT(*) FROM decision")), "nothing stored");
        }
    }

    private void answer(Inbox.Entry entry) {
        answers.merge(entry.deliveryId(), 1, Integer::sum);
    }

    private InboxWorkers workers(Database db, String run) {
        return new InboxWorkers("slack", SqliteInbox.on(db), db, now, Instance.current().named(run), now);
    }

    private Database open(String kind) {
        if (kind.equals("sqlite")) return Database.sqlite(folder.resolve("samverka.db"));
        var server = TestDatabase.server();
        return TestDatabase.open(server.address(server.newDatabase()));
    }

    private static long open(Database db) {
        return db.read(() -> DbSnapshot.count(db, "SELECT COUNT(*) FROM inbox WHERE status <> 'answered'"));
    }

    private static long attempts(Database db, String delivery) {
        return db.read(() -> DbSnapshot.count(db, "SELECT attempts FROM inbox WHERE delivery_id = '" + delivery + "'"));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Real time as the test moves it: a claim's age without waiting for it. */
    static final class MovingClock extends Clock {
        private volatile Instant at;

        MovingClock(Instant start) {
            this.at = start;
        }

        void pass(Duration d) {
            at = at.plus(d);
        }

        @Override
        public Instant instant() {
            return at;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
