package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import se.samverka.storage.TestDatabase;

import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverka.config.ConfigLoader;

/**
 * Justerade minutes sent out to a group's Slack channel: the group is run through justering by signed slash commands,
 * and when the outbox runs the PDF reaches the channel through files.uploadV2 on the real Slack client (the upload
 * address, the upload, the completion with the channel), with the announcement after it — once, however often the
 * outbox runs.
 */
class SlackMinutesSendOutTest {
    static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    static final String AMINA = "U0AMINA";
    static final String TOR = "U0TOR";
    static final String PDF = "protokoll-2026-11-02.pdf";

    @TempDir
    Path folder;
    FakeSlack fake;
    MutableClock clock;
    Samverka samverka;
    Javalin http;
    SlackClientSim slack;

    @BeforeEach
    void start() throws Exception {
        fake = new FakeSlack();
        fake.person(AMINA, "Amina Boulaabi", "amina@regionhalland.se");
        fake.person(TOR, "Tor Jacobsen", "tor@falkenberg.se");
        clock = new MutableClock(LocalDateTime.parse("2026-11-02T10:00").atZone(ZoneId.of("Europe/Stockholm")).toInstant(),
                ZoneId.of("Europe/Stockholm"));
        samverka = Samverka.open(ConfigLoader.load(Map.of(ConfigLoader.DB, TestDatabase.setting(folder.resolve("s.db")),
                ConfigLoader.SLACK_SIGNING_SECRET, SECRET, ConfigLoader.SLACK_BOT_TOKEN, "xoxb-test-token",
                ConfigLoader.SLACK_API_URL, fake.apiUrl()), Optional.empty()), clock);
        http = HttpServer.create(samverka).start(0);
        slack = new SlackClientSim("http://127.0.0.1:" + http.port() + "/slack/events", SECRET, fake);
        say(AMINA, "grupp skapa Strategisk grupp integration");
        say(AMINA, "medlem Amina Boulaabi, Region Halland, amina@regionhalland.se, sekreterare");
        say(AMINA, "medlem Tor Jacobsen, Falkenberg, tor@falkenberg.se");
        say(AMINA, "möte 2 november 13-16 Halmstad");
        clock.set(LocalDateTime.parse("2026-11-02T17:00").atZone(ZoneId.of("Europe/Stockholm")).toInstant()); // held
        say(AMINA, "punkt Budget 2027");
        say(AMINA, "beslut punkt 1: Vi antar budgeten.");
        say(AMINA, "justerare Tor");
        say(AMINA, "protokoll klart");
    }

    @AfterEach
    void stop() {
        http.stop();
        samverka.close();
        fake.close();
    }

    /** "/samverka text" in the group's channel; the bot's answer at the response_url. */
    String say(String user, String text) throws Exception {
        String trigger = slack.trigger();
        HttpResponse<String> ack = slack.slash(trigger, user, text);
        assertEquals(200, ack.statusCode(), ack.body());
        return fake.await("respond:" + trigger, 1).get(0).body();
    }

    List<FakeSlack.Call> minutesUploads() {
        return fake.calls("files.getUploadURLExternal").stream().filter(c -> PDF.equals(c.params().get("filename"))).toList();
    }

    List<FakeSlack.Call> minutesCompletions() {
        return fake.calls("files.completeUploadExternal").stream().filter(c -> c.params().get("files").contains(PDF)).toList();
    }

    List<FakeSlack.Call> announcements() {
        return fake.calls("chat.postMessage").stream()
                .filter(c -> c.params().getOrDefault("blocks", "").contains("Justerat protokoll")
                        || c.params().getOrDefault("text", "").contains("Justerat protokoll")).toList();
    }

    @Test
    void theJusteradeMinutesReachTheChannelAsAPdfOnceHoweverOftenTheOutboxRuns() throws Exception {
        assertTrue(minutesUploads().isEmpty(), "nothing goes out before the justering");
        String approved = say(TOR, "justera");
        assertTrue(approved.contains("Protokollet läggs i kanalen."), approved);
        samverka.outboxSender().sendDue();
        samverka.outboxSender().sendDue();
        Eventually.until(() -> !minutesCompletions().isEmpty(), "the minutes uploaded");

        assertEquals(1, minutesUploads().size(), "one upload address asked for: " + fake.calls("files.getUploadURLExternal"));
        List<FakeSlack.Call> bytes = fake.calls("upload").stream().filter(c -> c.body().startsWith("%PDF")).toList();
        assertEquals(1, bytes.size(), "the PDF's bytes sent once");
        List<FakeSlack.Call> completed = minutesCompletions();
        assertEquals(1, completed.size(), "completed once");
        assertEquals(SlackClientSim.CHANNEL, completed.get(0).params().get("channel_id"));
        assertEquals(0, samverka.outboxSender().sendDue(), "a third run finds nothing to send");
        assertEquals(1, minutesUploads().size());
        assertEquals(1, announcements().size(), "the announcement once: " + fake.calls("chat.postMessage"));
        assertEquals(SlackClientSim.CHANNEL, announcements().get(0).params().get("channel"));
    }
}
