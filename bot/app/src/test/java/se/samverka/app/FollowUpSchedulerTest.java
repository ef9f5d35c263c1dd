package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import se.samverka.storage.TestDatabase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverka.config.ConfigLoader;
import se.samverka.core.chat.Reply;
import se.samverka.integrations.console.ConsoleSession;

/** The scheduler (db-scheduler on the bot's SQLite file) plans the digest into the outbox and sends it, once, across a restart. */
class FollowUpSchedulerTest {
    @TempDir
    Path folder;

    Samverka open(MutableClock clock) {
        return Samverka.open(ConfigLoader.load(Map.of(ConfigLoader.DB, TestDatabase.setting(folder.resolve("s.db")),
                ConfigLoader.DATA, folder.toString()), Optional.empty()), clock);
    }

    @Test
    void theWeeklyDigestIsPostedOnceEvenAcrossARestart() throws Exception {
        MutableClock clock = new MutableClock(LocalDateTime.parse("2026-10-16T10:00").atZone(ZoneId.of("Europe/Stockholm")).toInstant(),
                ZoneId.of("Europe/Stockholm"));
        Path console = folder.resolve("outbox/console.txt");
        try (Samverka samverka = open(clock)) {
            ConsoleSession session = new ConsoleSession(samverka.assistant(), Optional.of("Strategisk grupp"), "Amina Boulaabi");
            Reply created = session.send("grupp skapa Strategisk grupp");
            assertTrue(!created.rejected(), created.toString());
            session.send("åtgärd Amina skickar ut kallelsen");
            clock.set(LocalDateTime.parse("2026-10-19T08:00").atZone(ZoneId.of("Europe/Stockholm")).toInstant());
            samverka.startScheduler(Duration.ofMillis(200), Duration.ofMillis(200));
            Eventually.until(() -> Files.exists(console) && read(console).contains("Veckosammanfattning"), "the digest posted");
        }
        try (Samverka restarted = open(clock)) {
            restarted.startScheduler(Duration.ofMillis(200), Duration.ofMillis(200));
            Thread.sleep(1500); // several plan and send cycles
        }
        String text = read(console);
        assertEquals(1, text.split("Veckosammanfattning — Strategisk grupp, vecka 43", -1).length - 1, text);
        assertTrue(text.contains("#1 skickar ut kallelsen"), text);
        assertEquals(1, DbSnapshot.count(folder.resolve("s.db"), "SELECT COUNT(*) FROM outbox WHERE status = 'sent'"));
        assertEquals(2, DbSnapshot.count(folder.resolve("s.db"), "SELECT COUNT(*) FROM scheduled_tasks"), "plan and send");
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
