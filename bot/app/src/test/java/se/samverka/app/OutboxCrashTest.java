package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.samverka.core.chat.Reply;
import se.samverka.core.domain.Group;
import se.samverka.core.domain.Lang;
import se.samverka.core.port.Outbox;
import se.samverka.core.port.Store;
import se.samverka.core.followup.FollowUp;
import se.samverka.core.followup.OutboxSender;
import se.samverka.core.engine.Settings;
import se.samverka.integrations.console.ConsoleGateway;
import se.samverka.storage.Database;
import se.samverka.storage.SqliteStore;

/**
 * The sending process is killed at each step of sending one message — before the send, between the platform taking it
 * and the outbox marking it, after the mark — and started again: Slack and the console (which can both be asked) got
 * every message exactly once. The process is a real JVM that halts; the restart is a fresh sender on the same file.
 */
class OutboxCrashTest {
    static final List<String> KEYS = List.of("reminder:1", "reminder:2", "reminder:3");
    static final String VICTIM = "reminder:2";

    @TempDir
    Path folder;
    FakeSlack slack;
    Path database;
    Path consoleFile;

    @BeforeEach
    void queue() throws Exception {
        slack = new FakeSlack();
        database = folder.resolve("samverka.db");
        consoleFile = folder.resolve("outbox/console.txt");
        try (Database db = Database.sqlite(database)) {
            Store store = SqliteStore.on(db, Clock.systemUTC());
            store.transactions().run(() -> {
                for (String platform : List.of("slack", "console")) {
                    long workspace = store.groups().workspace(platform, "T1");
                    Group group = store.groups().create(workspace, "Grupp " + platform, ZoneId.of("Europe/Stockholm"), Lang.SV);
                    store.groups().bind(group.scope(), "C1");
                    for (String key : KEYS) {
                        // the middle one is a direct message, the others go to the channel
                        Outbox.Address to = key.equals(VICTIM) ? Outbox.Address.user(platform, "T1", "U7")
                                : new Outbox.Address(platform, "T1", "C1");
                        store.outbox().enqueue(group.scope(), platform + ":" + key, "due", to,
                                Reply.builder().text("Påminnelse " + key).ok(), Clock.systemUTC().instant());
                    }
                }
            });
        }
    }

    @AfterEach
    void stop() {
        slack.close();
    }

    @ParameterizedTest
    @EnumSource(OutboxCrashChild.Step.class)
    void aKilledSenderRestartsAndEveryMessageArrivesOnce(OutboxCrashChild.Step step) throws Exception {
        for (String platform : List.of("slack", "console")) {
            JarProcess.Result killed = JarProcess.run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), OutboxCrashChild.class.getName(), database.toString(),
                    slack.apiUrl(), consoleFile.toString(), step.name(), platform + ":" + VICTIM), Map.of(), "", folder);
            assertEquals(OutboxCrashChild.KILLED, killed.exitCode(), "the sender died at " + step + ": " + killed.err());
        }

        try (Database db = Database.sqlite(database)) {
            Store store = SqliteStore.on(db, Clock.systemUTC());
            new OutboxSender(store, Map.of("slack", OutboxCrashChild.slack(slack.apiUrl()),
                    "console", new ConsoleGateway(consoleFile, Clock.systemUTC())), Clock.systemUTC()).sendDue();
            assertEquals(List.of(), store.transactions().inTransaction(() -> store.outbox().due(
                    Clock.systemUTC().instant().plusSeconds(86_400), 10), x -> true), "nothing left to send, nothing waiting");
        }
        Map<String, Integer> once = new LinkedHashMap<>();
        KEYS.forEach(key -> once.put("slack:" + key, 1));
        assertEquals(once, slack.postedKeys(), "Slack got every message once");
        once.clear();
        KEYS.forEach(key -> once.put("console:" + key, 1));
        assertEquals(once, consoleKeys(), "the console got every message once");
    }

    /**
     * The real scheduler sends and its JVM dies between Slack taking a message and the outbox marking it: the task
     * stays picked by the dead process. A new process's scheduler finds it dead once its heartbeats are missed and
     * sends the rest — within the bound the heartbeat settings give, every message once.
     */
    @org.junit.jupiter.api.Test
    void theRealSchedulerRevivesASendKilledMidwayWithinTheHeartbeatBound() throws Exception {
        JarProcess.Result killed = JarProcess.run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OutboxCrashChild.class.getName(), database.toString(),
                slack.apiUrl(), consoleFile.toString(), OutboxCrashChild.Step.BETWEEN_SEND_AND_MARK.name(),
                "slack:" + VICTIM, "scheduled"), Map.of(), "", folder);
        long died = System.nanoTime();
        assertEquals(OutboxCrashChild.KILLED, killed.exitCode(), "the scheduled sender died: " + killed.err());
        assertEquals(1, DbSnapshot.count(database, "SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = 'outbox-send'"
                + " AND picked"), "the dead process still holds the send task");

        try (Database db = Database.sqlite(database)) {
            Store store = SqliteStore.on(db, Clock.systemUTC());
            OutboxSender sender = new OutboxSender(store, Map.of("slack", OutboxCrashChild.slack(slack.apiUrl()),
                    "console", new ConsoleGateway(consoleFile, Clock.systemUTC())), Clock.systemUTC());
            try (FollowUpScheduler scheduler = new FollowUpScheduler(db.dataSource(), new FollowUp(store, Clock.systemUTC(),
                    Settings.defaults()), sender, Duration.ofHours(1), OutboxCrashChild.TEST_EVERY, OutboxCrashChild.TEST_HEARTBEAT)) {
                scheduler.start();
                Eventually.until(() -> store.transactions().inTransaction(() -> store.outbox().due(
                        Clock.systemUTC().instant().plusSeconds(86_400), 10), x -> true).isEmpty(), "the outbox sent");
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - died);
        Duration bound = OutboxCrashChild.TEST_HEARTBEAT.revivalBound(FollowUpScheduler.polling(OutboxCrashChild.TEST_EVERY));
        assertTrue(took.compareTo(bound.plusSeconds(3)) < 0, "revived in " + took + ", bound " + bound);
        Map<String, Integer> once = new LinkedHashMap<>();
        KEYS.forEach(key -> once.put("slack:" + key, 1));
        Map<String, Integer> reminders = new LinkedHashMap<>(slack.postedKeys());
        reminders.keySet().removeIf(key -> !key.startsWith("slack:reminder:")); // the planner's digest may go out too
        assertEquals(once, reminders, "Slack got every message once");
    }

    @org.junit.jupiter.api.Test
    void inProductionADeadSendIsRevivedWithinTwoMinutes() {
        Duration bound = FollowUpScheduler.HEARTBEAT.revivalBound(FollowUpScheduler.polling(FollowUpScheduler.SEND_EVERY));
        assertTrue(bound.compareTo(Duration.ofMinutes(2)) <= 0, bound.toString());
    }

    private Map<String, Integer> consoleKeys() throws Exception {
        Map<String, Integer> keys = new LinkedHashMap<>();
        Matcher m = Pattern.compile("^--- .* key (\\S+)\\)$", Pattern.MULTILINE)
                .matcher(Files.readString(consoleFile, StandardCharsets.UTF_8));
        List<String> found = new ArrayList<>();
        while (m.find()) found.add(m.group(1));
        found.forEach(k -> keys.merge(k, 1, Integer::sum));
        return keys;
    }
}
