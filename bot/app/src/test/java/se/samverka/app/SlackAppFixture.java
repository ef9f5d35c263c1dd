package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import se.samverka.storage.TestDatabase;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
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
 * The bot as a Slack app, over HTTP: the running Javalin server on a free port, requests signed as Slack signs
 * them, and the real Bolt/Slack client talking to a fake Slack Web API. The bot's clock stands at Monday
 * 2 November 2026, 10:00 (Slack's signatures are checked against the real time). Shared by the Slack app's tests.
 */
abstract class SlackAppFixture {
    static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    static final String BOEL = "U0BOEL";
    static final String AMINA = "U0AMINA";
    static final String TOR = "U0TOR";
    static final String TOKEN = "xoxb-test-token";

    @TempDir
    Path folder;
    FakeSlack fake;
    Samverka samverka;
    Javalin http;
    SlackClientSim slack;
    String db;
    final Clock clock = Clock.fixed(LocalDateTime.parse("2026-11-02T10:00").atZone(ZoneId.of("Europe/Stockholm"))
            .toInstant(), ZoneId.of("Europe/Stockholm"));

    @BeforeEach
    void start() throws Exception {
        fake = new FakeSlack();
        fake.person(BOEL, "Boel Abelson-Crossley", "boel@example.se");
        fake.person(AMINA, "Amina Boulaabi", "amina@example.se");
        fake.person(TOR, "Tor Jacobsen", "tor@example.se");
        db = TestDatabase.setting(folder.resolve("samverka.db"));
        var config = ConfigLoader.load(Map.of(ConfigLoader.DB, db,
                ConfigLoader.SLACK_SIGNING_SECRET, SECRET, ConfigLoader.SLACK_BOT_TOKEN, TOKEN,
                ConfigLoader.SLACK_API_URL, fake.apiUrl()), Optional.empty());
        samverka = Samverka.open(config, clock);
        http = HttpServer.create(samverka).start(0);
        slack = new SlackClientSim("http://127.0.0.1:" + http.port() + "/slack/events", SECRET, fake);
    }

    @AfterEach
    void stop() {
        http.stop();
        samverka.close();
        fake.close();
    }

    /** Runs a slash command and returns what the bot sent to its response_url. */
    JsonObject command(String user, String text) throws Exception {
        return command(user, text, SlackClientSim.CHANNEL);
    }

    JsonObject command(String user, String text, String channel) throws Exception {
        String trigger = slack.trigger();
        HttpResponse<String> ack = slack.slash(trigger, user, text, channel);
        assertEquals(200, ack.statusCode(), ack.body());
        assertEquals("", ack.body(), "acknowledged at once, the reply follows");
        return fake.await("respond:" + trigger, 1).get(0).json();
    }

    void group() throws Exception {
        command(BOEL, "grupp skapa Strategisk grupp integration");
        command(BOEL, "medlem Amina Boulaabi, Region Halland, amina@example.se, sekreterare");
        command(BOEL, "medlem Tor Jacobsen, Falkenberg, tor@example.se");
        command(BOEL, "möte 24 november 9-12 Halmstad (Länsstyrelsen)");
        // the meeting's invitation is uploaded to the channel as an .ics file
        FakeSlack.Call done = fake.await("files.completeUploadExternal", 1).get(0);
        assertTrue(done.params().get("files").contains("inbjudan-2026-11-24.ics"), done.params().toString());
    }

    static String texts(JsonElement blocks) {
        return blocks.toString();
    }

    static JsonObject mention(String user, String text) {
        JsonObject event = new JsonObject();
        event.addProperty("type", "app_mention");
        event.addProperty("user", user);
        event.addProperty("text", "<@UBOT> " + text);
        event.addProperty("ts", "1763000000.000100");
        event.addProperty("channel", SlackClientSim.CHANNEL);
        event.addProperty("event_ts", "1763000000.000100");
        return event;
    }


    static JsonObject user(String id) {
        JsonObject user = new JsonObject();
        user.addProperty("id", id);
        user.addProperty("username", id.toLowerCase(java.util.Locale.ROOT));
        user.addProperty("team_id", SlackClientSim.TEAM);
        return user;
    }

    static JsonObject team() {
        JsonObject team = new JsonObject();
        team.addProperty("id", SlackClientSim.TEAM);
        team.addProperty("domain", "samverka-test");
        return team;
    }

    static JsonObject channel() {
        JsonObject channel = new JsonObject();
        channel.addProperty("id", SlackClientSim.CHANNEL);
        channel.addProperty("name", "strategisk-grupp");
        return channel;
    }

    /** The view_submission Slack sends when the user saves the modal with these values. */

    /** The block_actions Slack sends when the user presses the button, in {@code channel} unless on the Home tab. */
    JsonObject press(String userId, JsonObject button, boolean inHome, JsonObject channel) {
        JsonObject action = new JsonObject();
        action.addProperty("type", "button");
        action.addProperty("action_id", button.get("action_id").getAsString());
        action.addProperty("block_id", "b1");
        action.addProperty("value", button.get("value").getAsString());
        action.addProperty("action_ts", "1763000000.000300");
        JsonArray actions = new JsonArray();
        actions.add(action);
        JsonObject container = new JsonObject();
        container.addProperty("type", inHome ? "view" : "message");
        JsonObject payload = new JsonObject();
        payload.addProperty("type", "block_actions");
        payload.add("team", team());
        payload.add("user", user(userId));
        payload.addProperty("api_app_id", "A0SAMVERKA");
        payload.addProperty("trigger_id", slack.trigger());
        payload.add("container", container);
        payload.add("actions", actions);
        if (!inHome) {
            payload.add("channel", channel);
            payload.addProperty("response_url", fake.responseUrl("press-" + payload.get("trigger_id").getAsString()));
        }
        return payload;
    }
}
