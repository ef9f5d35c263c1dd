package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import se.samverka.storage.TestDatabase;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverka.config.ConfigLoader;

/**
 * One workspace, two groups in two channels, and an outsider — through the real Bolt app with signed requests
 * against the fake Slack: nobody joins or reads a group they are not in, whatever a button's value or a form's
 * metadata says; what the bot sends never pings the channel; mentions cannot make it flood users.info.
 */
class SlackIsolationTest extends SlackAppFixture {
    static final String GROUP = "Strategisk grupp integration";
    static final String EVES = "C0EVE";
    static final String EVE = "U0EVE";

    @BeforeEach
    void twoGroups() throws Exception {
        fake.person(EVE, "Eve <!channel>", "eve@example.se");
        command(BOEL, "grupp skapa " + GROUP, SlackClientSim.CHANNEL);
        command(BOEL, "medlem Tor Jacobsen, Falkenberg, tor@example.se", SlackClientSim.CHANNEL);
        command(BOEL, "åtgärd Tor bokar lokal", SlackClientSim.CHANNEL);
        command(BOEL, "beslut Hemligt beslut om budgeten.", SlackClientSim.CHANNEL);
        command(EVE, "grupp skapa Eves grupp", EVES);
    }

    @Test
    void anOutsiderCannotBindTheGroupToTheirChannelNorSeeItsNameAtHome() throws Exception {
        String before = DbSnapshot.of(db);
        String refused = command(EVE, "grupp koppla " + GROUP, "C0EVE2").toString();
        assertTrue(refused.contains("Bara gruppens ordförande eller sekreterare"), refused);
        assertEquals(before, DbSnapshot.of(db), "nothing bound");
        assertTrue(command(EVE, "sök budgeten", "C0EVE2").toString().contains("inte kopplad till någon grupp"));

        JsonObject opened = new JsonObject();
        opened.addProperty("type", "app_home_opened");
        opened.addProperty("user", EVE);
        opened.addProperty("channel", "D0EVE");
        opened.addProperty("tab", "home");
        opened.addProperty("event_ts", "1763000000.000400");
        slack.post(SlackClientSim.eventBody("Ev0HOMEEVE", opened), "application/json");
        String home = fake.await("views.publish", 1).get(0).params().get("view");
        assertTrue(home.contains("Eves grupp"), home);
        assertFalse(home.contains(GROUP), "only the user's own groups: " + home);
    }

    @Test
    void aChairBindsAnotherChannelWithAOneTimeCodeGivenToSomeoneElse() throws Exception {
        JsonObject code = command(BOEL, "grupp kod", SlackClientSim.CHANNEL);
        assertEquals("ephemeral", code.get("response_type").getAsString(), "the code is for the chair's eyes");
        String given = java.util.regex.Pattern.compile("[A-Z2-9]{4}-[A-Z2-9]{4}").matcher(code.toString()).results()
                .findFirst().orElseThrow().group();
        assertTrue(command(EVE, "grupp koppla " + GROUP + " " + given, "C0NY").toString().contains("nu kopplad"));
        assertTrue(command(EVE, "grupp koppla " + GROUP + " " + given, "C0NY2").toString().contains("redan använd"));
    }

    /** The block_actions of a button whose value an attacker wrote, pressed in their own channel or on the Home tab. */
    JsonObject forgedPress(String command, String carriedChannel, boolean inHome) {
        JsonObject value = new JsonObject();
        value.addProperty("c", command);
        value.addProperty("ch", carriedChannel);
        JsonObject button = new JsonObject();
        button.addProperty("action_id", command.startsWith("åtgärd") ? "samverka.edit" : "samverka.run");
        button.addProperty("value", value.toString());
        JsonObject channel = new JsonObject();
        channel.addProperty("id", EVES);
        channel.addProperty("name", "eves-kanal");
        return press(EVE, button, inHome, channel);
    }

    @Test
    void aForgedButtonNamingAnotherGroupsChannelIsRefusedAndChangesNothing() throws Exception {
        String before = DbSnapshot.of(db);
        JsonObject inMessage = forgedPress("klar 1", SlackClientSim.CHANNEL, false);
        assertEquals(200, slack.interaction(inMessage).statusCode());
        String answer = fake.await("respond:press-" + inMessage.get("trigger_id").getAsString(), 1).get(0).body();
        assertTrue(answer.contains("en grupp som du inte är medlem i"), answer);
        assertFalse(answer.contains("bokar lokal"), answer);

        int dms = fake.calls("chat.postMessage").size();
        slack.interaction(forgedPress("medlemmar", SlackClientSim.CHANNEL, true));
        String dm = fake.await("chat.postMessage", dms + 1).get(dms).params().get("blocks");
        assertTrue(dm.contains("inte är medlem"), dm);
        assertFalse(dm.contains("tor@example.se"), "no roster of another group: " + dm);

        JsonObject edit = forgedPress("åtgärd Tor gör något", SlackClientSim.CHANNEL, false); // "Ändra": the editor
        slack.interaction(edit);
        String refusedEdit = fake.await("respond:press-" + edit.get("trigger_id").getAsString(), 1).get(0).body();
        assertTrue(refusedEdit.contains("inte är medlem"), refusedEdit);
        assertTrue(fake.calls("views.open").isEmpty(), "no form with another group's roster");
        assertEquals(before, DbSnapshot.of(db), "nothing changed in any group");
        assertEquals(0, DbSnapshot.count(db, "SELECT COUNT(*) FROM action_item WHERE status = 'done'"));
    }

    @Test
    void aFormWhoseMetadataNamesAnotherGroupsChannelIsRefusedAndChangesNothing() throws Exception {
        slack.slash(slack.trigger(), EVE, "beslut", EVES);
        JsonObject view = fake.await("views.open", 1).get(0).param("view").getAsJsonObject();
        JsonObject metadata = JsonParser.parseString(view.get("private_metadata").getAsString()).getAsJsonObject();
        assertEquals(EVES, metadata.get("ch").getAsString());
        metadata.addProperty("ch", SlackClientSim.CHANNEL);
        view.addProperty("private_metadata", metadata.toString());
        String before = DbSnapshot.of(db);
        HttpResponse<String> refused = slack.interaction(SlackFormsTest.submission(view, EVE, slack.trigger(),
                Map.of("text", SlackFormsTest.text("Eve beslutar åt gruppen."))));
        assertEquals(200, refused.statusCode());
        JsonObject errors = JsonParser.parseString(refused.body()).getAsJsonObject();
        assertEquals("errors", errors.get("response_action").getAsString());
        assertTrue(errors.getAsJsonObject("errors").get("text").getAsString().contains("inte är medlem"), refused.body());
        assertEquals(before, DbSnapshot.of(db));

        view.addProperty("private_metadata", view.get("private_metadata").getAsString().replace(SlackClientSim.CHANNEL, EVES));
        assertEquals("", slack.interaction(SlackFormsTest.submission(view, EVE, slack.trigger(),
                Map.of("text", SlackFormsTest.text("Eve beslutar i sin egen grupp.")))).body(), "her own group's form works");
        assertEquals(1, DbSnapshot.count(db, "SELECT COUNT(*) FROM decision WHERE text LIKE 'Eve beslutar i sin egen%'"));
    }

    @Test
    void theFallbackTextOfEveryMessageIsEscapedSoNothingPingsTheChannel() throws Exception {
        JsonObject created = command(EVE, "grupp skapa Tredje gruppen", "C0TREDJE");
        String text = created.get("text").getAsString();
        assertTrue(text.contains("Eve &lt;!channel&gt; är ordförande"), "a display name in the response_url text: " + text);

        JsonObject event = new JsonObject();
        event.addProperty("type", "app_mention");
        event.addProperty("user", EVE);
        event.addProperty("text", "<@UBOT> beslut &lt;!channel&gt; &lt;https://evil.example|klicka&gt; &amp; mer");
        event.addProperty("ts", "1763000000.000100");
        event.addProperty("channel", EVES);
        event.addProperty("event_ts", "1763000000.000100");
        slack.post(SlackClientSim.eventBody("Ev0ESCAPE", event), "application/json");
        String posted = fake.await("chat.postMessage", 1).get(0).params().get("text");
        assertTrue(posted.contains("&lt;!channel&gt; &lt;https://evil.example|klicka&gt; &amp; mer"), posted);
        assertFalse(posted.contains("<!") || posted.contains("<http"), posted);

        event.addProperty("text", "<@UBOT> sök &lt;!here&gt;");
        slack.post(SlackClientSim.eventBody("Ev0ESCAPE2", event), "application/json");
        String ephemeral = fake.await("chat.postEphemeral", 1).get(0).params().get("text");
        assertFalse(ephemeral.contains("<!here>"), ephemeral);
    }

    @Test
    void aCommandWithAThousandMentionsIsRefusedWithoutLookingAnyoneUp() throws Exception {
        int before = fake.calls("users.info").size();
        // 1,000 mentions are over the length limit: refused in the acknowledgement itself
        String thousand = IntStream.range(0, 1000).mapToObj(i -> "<@U" + (100000 + i) + ">").collect(Collectors.joining(" "));
        HttpResponse<String> ack = slack.slash(slack.trigger(), EVE, "åtgärd " + thousand + " ringer runt", EVES);
        assertTrue(ack.body().contains("Kommandot är för långt"), ack.body());
        // 200 mentions fit in a command: refused before anyone is looked up
        String many = IntStream.range(0, 200).mapToObj(i -> "<@U" + (100000 + i) + ">").collect(Collectors.joining(" "));
        String reply = command(EVE, "åtgärd " + many + " ringer runt", EVES).toString();
        assertTrue(reply.contains("nämner fler än 25 personer"), reply);
        assertEquals(before, fake.calls("users.info").size(), "no users.info call for the mentions");

        String few = IntStream.range(0, 3).mapToObj(i -> "<@U0EVE>").collect(Collectors.joining(" "));
        command(EVE, "åtgärder " + few, EVES);
        assertTrue(fake.calls("users.info").size() - before <= 1, "the same person looked up once at most");
    }
}
