package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.samverka.config.ConfigLoader;
import se.samverka.core.chat.ChatUser;
import se.samverka.core.chat.ConversationRef;
import se.samverka.core.chat.IncomingCommand;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.port.Store;
import se.samverka.storage.Database;
import se.samverka.storage.SqliteCalendarClaims;
import se.samverka.storage.SqliteStore;
import se.samverka.storage.TestDatabase;

/**
 * Two instances' calendar work on one database: a group one instance is syncing is left alone by the other, which
 * comes back to it once it is let go; a claim whose holder died runs out; and two real instances starting together
 * on one PostgreSQL database e-mail each meeting's invitation once (GreenMail counts).
 */
class CalendarClaimsTest {
    static final ConversationRef CHANNEL = new ConversationRef("console", "local", "sgi");
    static final ChatUser AMINA = new ChatUser("amina", "Amina Boulaabi", Optional.empty(), true);

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aGroupSyncingOnOneInstanceIsLeftByTheOtherUntilLetGo(String kind) throws Exception {
        try (Database db = open(kind)) {
            Store store = SqliteStore.on(db, java.time.Clock.systemUTC());
            GroupScope group = group(db);
            AtomicInteger running = new AtomicInteger();
            AtomicInteger most = new AtomicInteger();
            AtomicInteger runsA = new AtomicInteger();
            AtomicInteger runsB = new AtomicInteger();
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch inA = new CountDownLatch(1);
            try (CalendarWorker a = worker(db, store, "a", scope -> {
                     runsA.incrementAndGet();
                     most.accumulateAndGet(running.incrementAndGet(), Math::max);
                     inA.countDown();
                     await(release);
                     return running.decrementAndGet();
                 });
                 CalendarWorker b = worker(db, store, "b", scope -> {
                     runsB.incrementAndGet();
                     most.accumulateAndGet(running.incrementAndGet(), Math::max);
                     return running.decrementAndGet();
                 })) {
                a.changed(group);
                assertTrue(inA.await(10, TimeUnit.SECONDS), "A syncs the group");
                b.changed(group);
                b.runDue(); // B's thread has done the change's work: it found the group held
                assertEquals(0, runsB.get(), "B left the group A holds");
                assertEquals(1, b.waiting(), "and comes back to it later");
                release.countDown();
                Eventually.until(() -> runsB.get() == 1 && b.waiting() == 0, "B synced once A let go");
                assertEquals(1, runsA.get());
                assertEquals(1, most.get(), "never both at once");
                assertEquals(0, DbSnapshot.count(db, "SELECT COUNT(*) FROM calendar_claim"), "both let go");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aClaimWhoseHolderDiedRunsOutAndOnlyItsHolderLetsItGo(String kind) {
        try (Database db = open(kind)) {
            SqliteCalendarClaims claims = SqliteCalendarClaims.on(db);
            GroupScope group = group(db);
            Instant t0 = Instant.parse("2026-12-07T10:00:00Z");
            Instant until = t0.plus(CalendarWorker.HOLD);
            assertTrue(db.inTransaction(() -> claims.claim("mail", group, "dead", t0, until)));
            assertFalse(db.inTransaction(() -> claims.claim("mail", group, "b", t0.plusSeconds(300), t0.plusSeconds(900))));
            assertTrue(db.inTransaction(() -> claims.claim("outlook", group, "b", t0, until)), "another job: its own claim");
            assertTrue(db.inTransaction(() -> claims.claim("mail", group, "dead", t0.plusSeconds(60), until)), "its holder again");
            db.run(() -> claims.release("mail", group, "b")); // not B's to let go
            assertFalse(db.inTransaction(() -> claims.claim("mail", group, "b", t0.plusSeconds(599), until)));
            assertTrue(db.inTransaction(() -> claims.claim("mail", group, "b", until.plusSeconds(1), until.plus(CalendarWorker.HOLD))),
                    "run out: the holder died");
            db.run(() -> claims.release("mail", group, "b"));
            assertTrue(db.inTransaction(() -> claims.claim("mail", group, "c", until.plusSeconds(2), until.plusSeconds(3))));
        }
    }

    @Test
    void twoInstancesStartingTogetherOnOnePostgresSendEachInvitationOnce() throws Exception {
        var server = TestDatabase.server();
        String address = server.address(server.newDatabase());
        MutableClock clock = new MutableClock(LocalDateTime.parse("2026-11-02T10:00").atZone(ZoneId.of("Europe/Stockholm"))
                .toInstant(), ZoneId.of("Europe/Stockholm"));
        try (Samverka setup = Samverka.open(ConfigLoader.load(Map.of(ConfigLoader.DB, address), Optional.empty()), clock)) {
            for (String text : List.of("grupp skapa Strategisk grupp integration", "medlem Tor Jacobsen, Falkenberg, tor@falkenberg.se",
                    "medlem Lena Ek, Arbetsförmedlingen, lena.ek@arbetsformedlingen.se", "möte 10 december 9-12 Halmstad",
                    "möte 14 januari 9-12 Falkenberg", "möte 11 februari 9-12 Hylte")) {
                assertFalse(setup.assistant().handle(new IncomingCommand(CHANNEL, AMINA, text)).rejected(), text);
            }
        }
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            var config = ConfigLoader.load(Map.of(ConfigLoader.DB, address, ConfigLoader.SMTP_HOST, "127.0.0.1",
                    ConfigLoader.SMTP_PORT, String.valueOf(smtp.getSmtp().getPort()), ConfigLoader.SMTP_FROM, "samverka@example.se",
                    ConfigLoader.SMTP_SECURITY, "none"), Optional.empty());
            try (Samverka one = Samverka.open(config, clock); Samverka two = Samverka.open(config, clock)) {
                // both start-up passes plan the same three invitations: each goes out from one of them
                Eventually.until(() -> smtp.getReceivedMessages().length >= 6, "three meetings, two members each");
                Eventually.until(() -> one.calendar().orElseThrow().waiting() == 0 && two.calendar().orElseThrow().waiting() == 0,
                        "neither comes back to a group any more");
                one.calendar().orElseThrow().runDue();
                two.calendar().orElseThrow().runDue();
            }
            assertEquals(6, smtp.getReceivedMessages().length, "each invitation once, to each member");
        } finally {
            smtp.stop();
        }
    }

    private CalendarWorker worker(Database db, Store store, String holder, java.util.function.Function<GroupScope, Object> sync) {
        return new CalendarWorker(Optional.empty(), List.of(new CalendarWorker.Job("test", sync, List::of)), store,
                SqliteCalendarClaims.on(db), holder);
    }

    private static GroupScope group(Database db) {
        return db.inTransaction(() -> {
            Store store = SqliteStore.on(db, java.time.Clock.systemUTC());
            long workspace = store.groups().workspace("console", "local");
            return store.groups().create(workspace, "Strategisk grupp", ZoneId.of("Europe/Stockholm"),
                    se.samverka.core.domain.Lang.SV).scope();
        });
    }

    private Database open(String kind) {
        if (kind.equals("sqlite")) return Database.sqlite(folder.resolve("samverka.db"));
        var server = TestDatabase.server();
        return TestDatabase.open(server.address(server.newDatabase()));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
