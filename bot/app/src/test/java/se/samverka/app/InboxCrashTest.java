package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverka.config.ConfigLoader;
import se.samverka.config.SamverkaConfig;
import se.samverka.core.chat.ChatUser;
import se.samverka.core.chat.ConversationRef;
import se.samverka.core.chat.IncomingCommand;

/**
 * A real {@code serve} (a child JVM) acknowledges a slash command and is killed ({@code kill -9}) before it carries it
 * out: its worker is stopped at its first step, asking Slack who the user is. A restarted bot on the same file carries
 * the command out once and answers it once — through the response_url when it is still alive, in the channel when
 * the restart came more than 30 minutes later.
 */
class InboxCrashTest {
    static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    static final String BOEL = "U0BOEL";
    static final String DECISION = "beslut Vi bjuder in Migrationsverket.";

    @TempDir
    Path folder;
    FakeSlack fake;
    Path db;

    @BeforeEach
    void group() throws Exception {
        fake = new FakeSlack();
        fake.person(BOEL, "Boel Abelson-Crossley", "boel@example.se");
        db = folder.resolve("samverka.db");
        try (Samverka samverka = Samverka.open(config(), at("10:00"))) {
            samverka.assistant().handle(new IncomingCommand(new ConversationRef("slack", SlackClientSim.TEAM,
                    SlackClientSim.CHANNEL), new ChatUser(BOEL, "Boel Abelson-Crossley", Optional.empty(), false),
                    "grupp skapa Strategisk grupp"));
        }
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void aCommandAcknowledgedBeforeAKillIsCarriedOutAndAnsweredOnceAfterTheRestart() throws Exception {
        String trigger = acknowledgedThenKilled();
        restart("10:02");
        FakeSlack.Call answer = fake.await("respond:" + trigger, 1).get(0);
        assertTrue(answer.body().contains("Vi bjuder in Migrationsverket"), answer.body());
        assertEquals("in_channel", answer.json().get("response_type").getAsString());
        assertEquals(1, DbSnapshot.count(db, "SELECT COUNT(*) FROM decision"), "the decision stored once");

        restart("10:03"); // a second restart finds nothing left
        assertEquals(1, fake.calls("respond:" + trigger).size(), "answered once");
        assertEquals(1, DbSnapshot.count(db, "SELECT COUNT(*) FROM decision"));
        assertEquals(List.of(), posts(), "not posted in the channel as well");
    }

    /** The messages posted about the decision (the killed serve's scheduler may post the week's digest too). */
    private List<FakeSlack.Call> posts() {
        return fake.calls("chat.postMessage").stream()
                .filter(c -> String.valueOf(c.params().get("blocks")).contains("Migrationsverket")).toList();
    }

    @Test
    void aCommandReplayedMoreThanHalfAnHourLaterIsAnsweredInTheChannel() throws Exception {
        String trigger = acknowledgedThenKilled();
        restart("10:31");
        FakeSlack.Call post = Eventually.get(() -> posts().stream().findFirst(), () -> "posted in the channel");
        assertEquals(SlackClientSim.CHANNEL, post.params().get("channel"));
        String blocks = post.params().get("blocks");
        assertTrue(blocks.contains("Vi bjuder in Migrationsverket"), blocks);
        assertTrue(blocks.contains("Svar till u0boel på «beslut Vi bjuder in Migrationsverket.» — fördröjt av en omstart."),
                blocks);
        assertEquals(List.of(), fake.calls("respond:" + trigger), "the response_url had expired");
        assertEquals(1, DbSnapshot.count(db, "SELECT COUNT(*) FROM decision"));
        assertEquals(1, posts().size(), "posted once");
    }

    /** A serve takes the command, answers 200 and dies before carrying it out; the command waits in the inbox. */
    private String acknowledgedThenKilled() throws Exception {
        fake.hold("users.info"); // the worker's first step: it stops there
        Process serve = serve("2026-11-02T10:00");
        try {
            SlackClientSim slack = new SlackClientSim("http://127.0.0.1:" + port(serve) + "/slack/events", SECRET, fake);
            String trigger = slack.trigger();
            HttpResponse<String> ack = slack.slash(trigger, BOEL, DECISION);
            assertEquals(200, ack.statusCode(), ack.body());
            assertEquals("", ack.body());
            fake.await("users.info", 1);
            serve.destroyForcibly(); // kill -9
            assertTrue(serve.waitFor(30, TimeUnit.SECONDS));
            assertEquals(1, DbSnapshot.count(db, "SELECT COUNT(*) FROM inbox WHERE status = 'received'"),
                    "acknowledged, stored, not carried out");
            assertEquals(0, DbSnapshot.count(db, "SELECT COUNT(*) FROM decision"));
            return trigger;
        } finally {
            serve.destroyForcibly();
            fake.release("users.info");
        }
    }

    /** A bot started on the same file at the given time of the day: it takes up what the inbox holds. */
    private void restart(String time) {
        try (Samverka samverka = Samverka.open(config(), at(time))) {
            samverka.replayInbox();
            Eventually.until(() -> DbSnapshot.count(db, "SELECT COUNT(*) FROM inbox WHERE status = 'answered'") == 1,
                    "the command answered");
        }
    }

    private Process serve(String clock) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--db", db.toString(),
                "--port", "0")).directory(folder.toFile()).redirectErrorStream(true);
        builder.environment().putAll(Map.of(ConfigLoader.SLACK_SIGNING_SECRET, SECRET, ConfigLoader.SLACK_BOT_TOKEN,
                "xoxb-test-token", ConfigLoader.SLACK_API_URL, fake.apiUrl(), ConfigLoader.CLOCK, clock));
        return builder.start();
    }

    /** Reads the serve's port from its start-up line, then keeps reading its output so that it never blocks. */
    private static int port(Process serve) throws Exception {
        BufferedReader lines = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        Pattern listening = Pattern.compile("Samverka is listening on .*http://localhost:(\\d+)");
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            Matcher m = listening.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> lines.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(m.group(1));
            }
        }
        throw new AssertionError("serve did not start");
    }

    private SamverkaConfig config() {
        return ConfigLoader.load(Map.of(ConfigLoader.DB, db.toString(), ConfigLoader.SLACK_SIGNING_SECRET, SECRET,
                ConfigLoader.SLACK_BOT_TOKEN, "xoxb-test-token", ConfigLoader.SLACK_API_URL, fake.apiUrl()), Optional.empty());
    }

    private static Clock at(String time) {
        return Clock.fixed(LocalDateTime.parse("2026-11-02T" + time).atZone(ZoneId.of("Europe/Stockholm")).toInstant(),
                ZoneId.of("Europe/Stockholm"));
    }
}
