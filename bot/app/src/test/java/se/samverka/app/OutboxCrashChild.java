package se.samverka.app;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import se.samverka.core.chat.ConversationRef;
import se.samverka.core.chat.Reply;
import se.samverka.core.port.ChatGateway;
import se.samverka.core.port.Outbox;
import se.samverka.core.port.Store;
import se.samverka.core.followup.FollowUp;
import se.samverka.core.followup.OutboxSender;
import se.samverka.core.engine.Settings;
import se.samverka.integrations.console.ConsoleGateway;
import se.samverka.integrations.slack.SlackGateway;
import se.samverka.storage.Database;
import se.samverka.storage.SqliteStore;

/**
 * The sending process of {@link OutboxCrashTest}: sends the outbox of a database to Slack (a fake) and the console file,
 * and dies — {@link Runtime#halt}, no cleanup, as a killed process — at one step of sending one message.
 * Arguments: database, Slack API URL, console file, step, key of the message it dies on; and optionally
 * {@code scheduled}: then the sending is started by the real scheduler ({@link FollowUpScheduler} with
 * {@link #TEST_HEARTBEAT}), not called directly.
 */
public final class OutboxCrashChild {
    enum Step { BEFORE_SEND, BETWEEN_SEND_AND_MARK, AFTER_MARK }

    static final int KILLED = 137;
    /** Short heartbeats for tests: a dead run is noticed in seconds, not the production minute and a half. */
    static final FollowUpScheduler.Heartbeat TEST_HEARTBEAT = new FollowUpScheduler.Heartbeat(Duration.ofMillis(500), 4);
    static final Duration TEST_EVERY = Duration.ofMillis(200);

    public static void main(String[] args) {
        Clock clock = Clock.systemUTC();
        Database db = Database.sqlite(Path.of(args[0]));
        Step step = Step.valueOf(args[3]);
        String victim = args[4];
        Store store = SqliteStore.on(db, clock);
        OutboxSender sender = new OutboxSender(store, Map.of(
                "slack", new Dying(slack(args[1]), step, victim),
                "console", new Dying(new ConsoleGateway(Path.of(args[2]), clock), step, victim)), clock);
        if (args.length > 5 && args[5].equals("scheduled")) {
            scheduled(db, store, sender, clock);
        } else {
            sender.sendDue();
        }
        System.exit(0); // the step was never reached
    }

    /** The real scheduler sends; waits (at most a minute) for the step to kill the process. */
    private static void scheduled(Database db, Store store, OutboxSender sender, Clock clock) {
        new FollowUpScheduler(db.dataSource(), new FollowUp(store, clock, Settings.defaults()), sender, Duration.ofHours(1),
                TEST_EVERY, TEST_HEARTBEAT).start();
        try {
            Thread.sleep(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static SlackGateway slack(String apiUrl) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(apiUrl);
        return new SlackGateway(Slack.getInstance(config).methods("xoxb-1"), duration -> {});
    }

    /** A gateway that kills the process at its step: before sending the victim, after, or when the next one starts. */
    private static final class Dying implements ChatGateway {
        private final ChatGateway real;
        private final Step step;
        private final String victim;
        private String last = "";

        Dying(ChatGateway real, Step step, String victim) {
            this.real = real;
            this.step = step;
            this.victim = victim;
        }

        @Override
        public String send(Outbox.Address to, Reply message, String key) {
            if (step == Step.BEFORE_SEND && key.equals(victim)) die();
            if (step == Step.AFTER_MARK && last.equals(victim)) die(); // the victim was sent and marked
            String id = real.send(to, message, key);
            if (step == Step.BETWEEN_SEND_AND_MARK && key.equals(victim)) die();
            last = key;
            return id;
        }

        @Override
        public Optional<String> findSent(Outbox.Address to, String key, java.time.Instant since) {
            return real.findSent(to, key, since);
        }

        @Override
        public String post(ConversationRef channel, Reply message) {
            return real.post(channel, message);
        }

        @Override
        public String direct(String workspaceId, String userId, Reply message) {
            return real.direct(workspaceId, userId, message);
        }

        @Override
        public String upload(ConversationRef channel, String fileName, String title, byte[] content) {
            return real.upload(channel, fileName, title, content);
        }

        private static void die() {
            Runtime.getRuntime().halt(KILLED);
        }
    }
}
