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
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverka.config.ConfigLoader;
import se.samverka.core.chat.ConversationRef;
import se.samverka.core.chat.Reply;
import se.samverka.integrations.teams.TeamsAdapter;

/**
 * The bot in Teams, over HTTP: the running server on a free port, activities with Bot Framework tokens signed by a
 * key that a local OpenID/JWKS endpoint publishes, and a local Bot Connector that records what the bot sends.
 * The bot's clock stands at Monday 2 November 2026, 10:00 (tokens are checked against the real time); a class may add
 * settings of its own ({@link #settings()}). Shared by the Teams app's tests.
 */
abstract class TeamsAppFixture {
    static final String BOEL = "29:boel";
    static final String AMINA = "29:amina";
    static final String TOR = "29:tor";

    @TempDir
    Path folder;
    FakeMicrosoft fake;
    Samverka samverka;
    Javalin http;
    TeamsClientSim teams;
    String db;
    final Clock clock = Clock.fixed(LocalDateTime.parse("2026-11-02T10:00").atZone(ZoneId.of("Europe/Stockholm")).toInstant(),
            ZoneId.of("Europe/Stockholm"));

    @BeforeEach
    void start() throws Exception {
        fake = new FakeMicrosoft();
        fake.member(BOEL, "aad-boel", "Boel Abelson-Crossley", "boel@example.se");
        fake.member(AMINA, "aad-amina", "Amina Boulaabi", "amina@example.se");
        fake.member(TOR, "aad-tor", "Tor Jacobsen", "tor@example.se");
        db = TestDatabase.setting(folder.resolve("samverka.db"));
        Map<String, String> env = new HashMap<>();
        fake.env().forEach((k, v) -> {
            if (k.startsWith("TEAMS_")) env.put(k, v);
        });
        env.putAll(settings());
        env.put(ConfigLoader.DB, db);
        samverka = Samverka.open(ConfigLoader.load(env, Optional.empty()), clock);
        http = HttpServer.create(samverka).start(0);
        teams = new TeamsClientSim("http://127.0.0.1:" + http.port() + "/api/messages", fake);
    }

    /** Settings of the test class's own, over the fake's TEAMS_ ones (none unless a class says). */
    Map<String, String> settings() {
        return Map.of();
    }

    @AfterEach
    void stop() {
        http.stop();
        samverka.close();
        fake.close();
    }

    /** "@Samverka text" in the channel; returns the first card of the bot's answer in the thread. */
    JsonObject say(String who, String text) throws Exception {
        return send(teams.channelMessage(teams.nextId(), who, aad(who), text));
    }

    JsonObject send(JsonObject activity) throws Exception {
        HttpResponse<String> ack = teams.send(activity);
        assertEquals(200, ack.statusCode(), ack.body());
        return replyTo(activity.get("id").getAsString());
    }

    JsonObject replyTo(String activityId) {
        return card(Eventually.get(() -> fake.activities().stream()
                        .filter(c -> c.path().endsWith("/activities/" + activityId)).findFirst(),
                () -> "no reply to activity " + activityId + "; calls: " + fake.calls()).json());
    }

    static JsonObject card(JsonObject activity) {
        JsonObject attachment = activity.getAsJsonArray("attachments").get(0).getAsJsonObject();
        assertEquals("application/vnd.microsoft.card.adaptive", attachment.get("contentType").getAsString());
        return attachment.getAsJsonObject("content");
    }

    static String aad(String teamsId) {
        return "aad-" + teamsId.substring(3);
    }

    void group() throws Exception {
        say(BOEL, "grupp skapa Strategisk grupp integration");
        say(BOEL, "medlem Amina Boulaabi, Region Halland, amina@example.se, sekreterare");
        say(BOEL, "medlem Tor Jacobsen, Falkenberg, tor@example.se");
        say(BOEL, "möte 24 november 9-12 Halmstad (Länsstyrelsen)");
    }

    /** Every Action.Submit in the card: its title and data. */
    static List<JsonObject> buttons(JsonElement element) {
        List<JsonObject> found = new ArrayList<>();
        if (element.isJsonObject()) {
            JsonObject o = element.getAsJsonObject();
            if (o.has("type") && o.get("type").getAsString().startsWith("Action.")) found.add(o);
            o.entrySet().forEach(e -> found.addAll(buttons(e.getValue())));
        } else if (element.isJsonArray()) {
            element.getAsJsonArray().forEach(e -> found.addAll(buttons(e)));
        }
        return found;
    }

    static JsonObject button(JsonObject card, String title) {
        return buttons(card).stream().filter(b -> b.get("title").getAsString().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + title + " in " + card));
    }

    /** The user presses an Action.Submit button: Teams sends a message with the button's data as its value. */
    JsonObject press(String who, JsonObject data) throws Exception {
        JsonObject activity = teams.channelMessage(teams.nextId(), who, aad(who), "");
        activity.remove("text");
        activity.remove("entities");
        activity.add("value", data);
        return send(activity);
    }
}
