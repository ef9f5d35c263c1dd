package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import se.samverka.storage.TestDatabase;

import com.google.gson.JsonObject;
import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverka.config.ConfigLoader;

/**
 * Justerade minutes sent out to a group's Teams channel: the group is run through justering by channel activities
 * with signed Bot Framework tokens, and when the outbox runs the channel gets one activity with an Adaptive Card that
 * links to the meeting's page on the bot's public address (Teams takes no file from a bot) — once, however often the
 * outbox runs.
 */
class TeamsMinutesSendOutTest {
    static final String AMINA = "29:amina";
    static final String TOR = "29:tor";
    static final String PUBLIC = "https://samverka.example.se";

    @TempDir
    Path folder;
    String db;
    FakeMicrosoft fake;
    MutableClock clock;
    Samverka samverka;
    Javalin http;
    TeamsClientSim teams;

    @BeforeEach
    void start() throws Exception {
        fake = new FakeMicrosoft();
        fake.member(AMINA, "aad-amina", "Amina Boulaabi", "amina@regionhalland.se");
        fake.member(TOR, "aad-tor", "Tor Jacobsen", "tor@falkenberg.se");
        db = TestDatabase.setting(folder.resolve("s.db"));
        Map<String, String> env = new HashMap<>();
        fake.env().forEach((k, v) -> {
            if (k.startsWith("TEAMS_")) env.put(k, v);
        });
        env.put(ConfigLoader.DB, db);
        env.put(ConfigLoader.PUBLIC_URL, PUBLIC);
        clock = new MutableClock(LocalDateTime.parse("2026-11-02T10:00").atZone(ZoneId.of("Europe/Stockholm")).toInstant(),
                ZoneId.of("Europe/Stockholm"));
        samverka = Samverka.open(ConfigLoader.load(env, Optional.empty()), clock);
        http = HttpServer.create(samverka).start(0);
        teams = new TeamsClientSim("http://127.0.0.1:" + http.port() + "/api/messages", fake);
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

    /** "@Samverka text" in the channel; the bot's answer in the thread, as JSON text. */
    String say(String who, String text) throws Exception {
        JsonObject activity = teams.channelMessage(teams.nextId(), who, "aad-" + who.substring(3), text);
        HttpResponse<String> ack = teams.send(activity);
        assertEquals(200, ack.statusCode(), ack.body());
        String id = activity.get("id").getAsString();
        return Eventually.get(() -> fake.activities().stream().filter(c -> c.path().endsWith("/activities/" + id)).findFirst(),
                () -> "no reply to " + text + "; calls: " + fake.calls()).json().toString();
    }

    /** The activities that carry the minutes' link: a card with the meeting page's address. */
    List<FakeMicrosoft.Call> minutesCards() {
        return fake.activities().stream().filter(c -> c.body().contains(PUBLIC + "/web/g/")).toList();
    }

    @Test
    void theChannelGetsOneCardLinkingToTheMeetingPageHoweverOftenTheOutboxRuns() throws Exception {
        assertTrue(minutesCards().isEmpty(), "nothing goes out before the justering");
        String approved = say(TOR, "justera");
        assertTrue(approved.contains("Protokollet läggs i kanalen."), approved);
        samverka.outboxSender().sendDue();
        samverka.outboxSender().sendDue();
        Eventually.until(() -> !minutesCards().isEmpty(), "the minutes' card sent");
        assertEquals(0, samverka.outboxSender().sendDue(), "a third run finds nothing to send");

        List<FakeMicrosoft.Call> cards = minutesCards();
        assertEquals(1, cards.size(), "one activity: " + cards);
        FakeMicrosoft.Call sent = cards.get(0);
        assertEquals("/connector/v3/conversations/" + TeamsClientSim.CHANNEL + "/activities",
                java.net.URLDecoder.decode(sent.path(), java.nio.charset.StandardCharsets.UTF_8), "to the group's channel");
        JsonObject card = TeamsAppTest.card(sent.json());
        String group = ChatOwnersTest.Rows.of(db, "SELECT id FROM chat_group").get(0);
        String meeting = ChatOwnersTest.Rows.of(db, "SELECT id FROM meeting").get(0);
        Matcher link = Pattern.compile(Pattern.quote(PUBLIC) + "/web/g/(\\d+)/m/(\\d+)").matcher(card.toString());
        assertTrue(link.find(), card.toString());
        assertEquals(List.of(group, meeting), List.of(link.group(1), link.group(2)), "the meeting's own page");
        assertTrue(card.toString().contains("Justerat protokoll: Strategisk grupp integration"), card.toString());
        Matcher open = Pattern.compile("\\{\"type\":\"Action.OpenUrl\",\"title\":\"Öppna protokollet\",\"url\":\"([^\"]+)\"\\}")
                .matcher(card.toString());
        assertTrue(open.find(), "a button opens the page: " + card);
        assertEquals(PUBLIC + "/web/g/" + group + "/m/" + meeting, open.group(1));
    }
}
