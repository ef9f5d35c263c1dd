package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samverka.config.SlackSettings;
import se.samverka.core.chat.Assistant;
import se.samverka.core.chat.ChatUser;
import se.samverka.core.chat.ConversationRef;
import se.samverka.core.chat.IncomingCommand;
import se.samverka.core.chat.Reply;
import se.samverka.core.port.DeliveryException;
import se.samverka.integrations.HttpResult;
import se.samverka.integrations.slack.SlackAdapter;
import se.samverka.integrations.slack.SlackGateway;

/** Slack's timing and rate limits: the acknowledgement never waits for the work; 429s are waited out. */
class SlackDeliveryTest {
    FakeSlack fake;

    @BeforeEach
    void start() throws Exception {
        fake = new FakeSlack();
    }

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path folder;

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void theAcknowledgementDoesNotWaitForSlowWork() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<IncomingCommand> seen = new ArrayList<>();
        Assistant slow = new Assistant() {
            @Override
            public Reply handle(IncomingCommand command) {
                seen.add(command);
                try {
                    release.await(20, TimeUnit.SECONDS); // as slow as the test wants
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Reply.builder().text("Klart efter en stund.").ok();
            }

            @Override
            public Reply home(String platform, String workspaceId, ChatUser user) {
                return Reply.ok();
            }

            @Override
            public List<String> roster(ConversationRef channel) {
                return List.of();
            }
        };
        SlackSettings settings = new SlackSettings("secret", "xoxb-1", URI.create(fake.apiUrl()), "/samverka");
        try (se.samverka.storage.Database db = se.samverka.storage.Database.sqlite(folder.resolve("s.db"));
             SlackAdapter adapter = new SlackAdapter(settings, slow, se.samverka.core.domain.Lang.SV, Clock.systemUTC(), d -> {},
                     new se.samverka.integrations.InboxWorkers("slack", se.samverka.storage.SqliteInbox.on(db), db, Clock.systemUTC()))) {
            SlackClientSim sim = new SlackClientSim("unused", "secret", fake);
            String trigger = sim.trigger();
            String body = sim.slashBody(trigger, "U1", "dagordning", "C1");
            String ts = String.valueOf(System.currentTimeMillis() / 1000);
            String signature = new com.slack.api.app_backend.SlackSignature.Generator("secret").generate(ts, body);
            HttpResult ack = adapter.handle("/slack/events", Map.of(), Map.of(
                    "Content-Type", List.of("application/x-www-form-urlencoded"),
                    "X-Slack-Request-Timestamp", List.of(ts), "X-Slack-Signature", List.of(signature)), body, "127.0.0.1");
            assertEquals(200, ack.status(), "acknowledged while the work is still running");
            assertEquals(1, release.getCount(), "the work had not finished");
            assertTrue(fake.calls("respond:" + trigger).isEmpty());
            release.countDown();
            String reply = fake.await("respond:" + trigger, 1).get(0).body();
            assertTrue(reply.contains("Klart efter en stund."), reply);
            assertEquals(Optional.of(trigger), seen.get(0).deliveryId());
        }
    }

    SlackGateway gateway(List<Duration> slept) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(fake.apiUrl());
        return new SlackGateway(Slack.getInstance(config).methods("xoxb-1"), slept::add);
    }

    static final ConversationRef CHANNEL = new ConversationRef("slack", "T1", "C1");

    @Test
    void a429IsWaitedOutAsRetryAfterSaysAndTheMessageGoesOutOnce() {
        fake.throttle("chat.postMessage", 2, 1);
        List<Duration> slept = new ArrayList<>();
        String ts = gateway(slept).post(CHANNEL, Reply.builder().text("Påminnelse: möte i morgon").ok());
        assertEquals(List.of(Duration.ofSeconds(2)), slept);
        assertEquals(2, fake.calls("chat.postMessage").size(), "one refused, one delivered");
        assertTrue(ts.matches("\\d{10}\\.\\d{6}"), ts);
    }

    @Test
    void aLastingRateLimitGivesUpWithTheWaitForTheCaller() {
        fake.throttle("chat.postMessage", 7, 5);
        List<Duration> slept = new ArrayList<>();
        DeliveryException e = assertThrows(DeliveryException.class,
                () -> gateway(slept).post(CHANNEL, Reply.builder().text("x").ok()));
        assertEquals(Optional.of(Duration.ofSeconds(7)), e.retryAfter());
        assertEquals(3, fake.calls("chat.postMessage").size(), "three attempts");
        assertEquals(2, slept.size());
    }

    @Test
    void directMessagesAndFilesUseTheWebApi() {
        SlackGateway gateway = gateway(new ArrayList<>());
        gateway.direct("T1", "U7", Reply.builder().text("Du har en ny åtgärd.").ok());
        assertEquals("U7", fake.calls("conversations.open").get(0).params().get("users"));
        assertEquals("DU7", fake.calls("chat.postMessage").get(0).params().get("channel"));
        String file = gateway.upload(CHANNEL, "inbjudan.ics", "Inbjudan", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(file.startsWith("F"), file);
        assertTrue(fake.calls("upload").get(0).body().contains("BEGIN:VCALENDAR"));
        assertEquals("C1", fake.calls("files.completeUploadExternal").get(0).params().get("channel_id"));
    }

    @Test
    void anErrorAnswerIsAFailedDelivery() {
        fake.fail("chat.postMessage", "not_in_channel");
        DeliveryException e = assertThrows(DeliveryException.class,
                () -> gateway(new ArrayList<>()).post(CHANNEL, Reply.builder().text("x").ok()));
        assertEquals("Slack chat.postMessage failed: not_in_channel", e.getMessage());
        assertEquals(Optional.empty(), e.retryAfter());
    }
}
