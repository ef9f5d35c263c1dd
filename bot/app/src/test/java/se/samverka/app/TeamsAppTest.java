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

/** The Teams app end to end: answers in Adaptive Cards, card buttons and invokes, retries, a crash's inbox. */
class TeamsAppTest extends TeamsAppFixture {
    @Test
    void aMessageACrashLeftInTheInboxIsCarriedOutAndAnsweredOnceAtStart() throws Exception {
        group();
        JsonObject activity = teams.channelMessage(teams.nextId(), BOEL, aad(BOEL), "beslut Vi bjuder in Migrationsverket.");
        String delivery = "activity:" + activity.getAsJsonObject("conversation").get("id").getAsString() + "/"
                + activity.get("id").getAsString();
        // what the acknowledgement of a bot that died before its worker began leaves: the activity, not carried out,
        // claimed by a process of this machine that has ended
        Process dead = new ProcessBuilder("true").start();
        dead.waitFor();
        var claim = new se.samverka.core.port.Inbox.Claim(se.samverka.integrations.Instance.current().host() + "/"
                + dead.pid() + "/gone", java.time.Instant.now());
        var inbox = se.samverka.storage.SqliteInbox.on(samverka.database());
        samverka.store().transactions().run(() -> inbox.receive("teams", delivery, activity.toString(), java.time.Instant.now(), claim));

        samverka.replayInbox();
        JsonObject reply = replyTo(activity.get("id").getAsString());
        assertTrue(reply.toString().contains("Vi bjuder in Migrationsverket"), reply.toString());
        Eventually.until(() -> DbSnapshot.count(db, "SELECT COUNT(*) FROM inbox WHERE status IN ('received', 'done')") == 0,
                "answered");
        samverka.replayInbox(); // nothing left
        assertEquals(1, DbSnapshot.count(db, "SELECT COUNT(*) FROM decision"), "carried out once");
        assertEquals(1, fake.activities().stream()
                .filter(c -> c.path().endsWith("/activities/" + activity.get("id").getAsString())).count(), "answered once");
    }

    // ---- commands and cards ----

    @Test
    void everyCommandAnswersInAdaptiveCardsAsSaved() throws Exception {
        Golden.assertJson("teams", "group-create", say(BOEL, "grupp skapa Strategisk grupp integration"));
        say(BOEL, "medlem Amina Boulaabi, Region Halland, amina@example.se, sekreterare");
        say(BOEL, "medlem Tor Jacobsen, Falkenberg, tor@example.se");
        Golden.assertJson("teams", "meeting-add", say(BOEL, "möte 24 november 9-12 Halmstad (Länsstyrelsen)"));
        Golden.assertJson("teams", "meetings", say(AMINA, "möten"));
        Golden.assertJson("teams", "agenda-add", say(AMINA, "punkt Budget 2027"));
        JsonObject mention = teams.channelMessage(teams.nextId(), BOEL, aad(BOEL),
                "åtgärd <at>Tor Jacobsen</at> bokar lokal senast 20 november");
        TeamsClientSim.mention(mention, TOR, "Tor Jacobsen");
        Golden.assertJson("teams", "action-add", send(mention));
        Golden.assertJson("teams", "actions", say(BOEL, "åtgärder alla"));
        Golden.assertJson("teams", "decision", say(BOEL,
                "beslut Vi bjuder in Migrationsverket. Tor och Amina tar fram ett förslag på program."));
        Golden.assertJson("teams", "agenda", say(AMINA, "dagordning"));
        Golden.assertJson("teams", "help", say(TOR, "hjälp"));
        Golden.assertJson("teams", "unknown-command", say(BOEL, "dagordnig"));
    }

    @Test
    void theGuestOfferAndAnOrganisationsItemAnswerInAdaptiveCardsAsSaved() throws Exception {
        group();
        Golden.assertJson("teams", "present-guest-offer", say(AMINA, "närvarande 24 november Lena Svensson"));
        Golden.assertJson("teams", "action-organisation", say(AMINA, "åtgärd Region Halland bokar lokal"));
    }

    @Test
    void aMentionedTeamsUserIsFoundByTheirDirectoryIdAndEmail() throws Exception {
        group();
        JsonObject mention = teams.channelMessage(teams.nextId(), BOEL, aad(BOEL), "åtgärd <at>Tor Jacobsen</at> bokar lokal");
        TeamsClientSim.mention(mention, TOR, "Tor Jacobsen");
        assertTrue(send(mention).toString().contains("ansvarig: Tor Jacobsen"));
        assertEquals(1, DbSnapshot.count(db, "SELECT COUNT(*) FROM member_identity i JOIN member m ON m.id = i.member_id"
                + " WHERE i.platform = 'teams' AND i.user_id = 'aad-tor' AND m.name = 'Tor Jacobsen'"));
        String mine = say(TOR, "åtgärder").toString();
        assertTrue(mine.contains("Dina öppna åtgärder — Tor Jacobsen"), mine);
    }

    @Test
    void aMessageMentioningHundredsOfPeopleIsRefusedBeforeAnyoneIsLookedUp() throws Exception {
        group();
        StringBuilder text = new StringBuilder("åtgärd");
        for (int i = 0; i < 200; i++) text.append(" <at>P").append(i).append("</at>");
        text.append(" bokar lokal");
        JsonObject crowded = teams.channelMessage(teams.nextId(), BOEL, aad(BOEL), text.toString());
        for (int i = 0; i < 200; i++) TeamsClientSim.mention(crowded, "29:p" + i, "P" + i);
        String reply = send(crowded).toString();
        assertTrue(reply.contains("Kommandot nämner fler än 25 personer"), reply);
        java.util.function.Supplier<Long> lookUps = () -> fake.calls().stream()
                .filter(c -> c.path().contains("/members/29%3Ap") || c.path().contains("/members/29:p")).count();
        assertEquals(0, lookUps.get().longValue(),
                "no Bot Connector look-up of the mentioned");
        assertEquals(0, DbSnapshot.count(db, "SELECT COUNT(*) FROM action_item"), "nothing stored");

        // 25 people are still fine (each looked up once)
        StringBuilder few = new StringBuilder("åtgärd <at>Tor Jacobsen</at>");
        JsonObject allowed = teams.channelMessage(teams.nextId(), BOEL, aad(BOEL), "");
        for (int i = 0; i < 24; i++) few.append(" <at>P").append(i).append("</at>");
        allowed.addProperty("text", "<at>Samverka</at> " + few + " bokar lokal");
        TeamsClientSim.mention(allowed, TOR, "Tor Jacobsen");
        for (int i = 0; i < 24; i++) TeamsClientSim.mention(allowed, "29:p" + i, "P" + i);
        String ok = send(allowed).toString();
        assertFalse(ok.contains("fler än 25"), ok);
        assertEquals(24, lookUps.get().longValue(), "each of the 24 others looked up once");
    }

    @Test
    void cardButtonsRunTheirCommands() throws Exception {
        group();
        say(BOEL, "åtgärd Tor bokar lokal");
        JsonObject done = button(say(TOR, "åtgärder"), "Klar");
        assertTrue(press(TOR, done.getAsJsonObject("data")).toString().contains("Klar: #1 bokar lokal"));
        assertEquals(1, DbSnapshot.count(db, "SELECT COUNT(*) FROM action_item WHERE status = 'done'"));

        JsonObject absent = button(say(TOR, "möten"), "Förhinder");
        press(TOR, absent.getAsJsonObject("data"));
        assertEquals(1, DbSnapshot.count(db, "SELECT COUNT(*) FROM attendance WHERE status = 'absent'"));

        JsonObject decision = say(BOEL, "beslut Vi bjuder in AF. Amina skickar inbjudan.");
        press(BOEL, button(decision, "Bekräfta").getAsJsonObject("data"));
        assertEquals(1, DbSnapshot.count(db, "SELECT COUNT(*) FROM action_item WHERE task LIKE '%inbjudan%'"));

        JsonObject edit = buttons(decision).stream().filter(b -> b.get("type").getAsString().equals("Action.ShowCard"))
                .findFirst().orElseThrow();
        JsonObject submit = button(edit.getAsJsonObject("card"), "Kör");
        JsonObject data = submit.getAsJsonObject("data").deepCopy();
        data.addProperty("samverka.command", "åtgärd Tor ringer AF senast 1 december");
        assertTrue(press(BOEL, data).toString().contains("ringer AF"));
        assertEquals(1, DbSnapshot.count(db, "SELECT COUNT(*) FROM action_item WHERE task LIKE '%ringer AF%'"));
    }

    @Test
    void aDecisionIsEditedRemovedAndTheRemovalUndoneFromTeams() throws Exception {
        group();
        JsonObject decision = say(AMINA, "beslut Gruppen bjuder in Arbetsförmedlingen");
        JsonObject edit = button(decision, "Ändra");
        assertEquals("Action.ShowCard", edit.get("type").getAsString());
        assertTrue(edit.toString().contains("ändra D1: Gruppen bjuder in Arbetsförmedlingen"), edit.toString());
        JsonObject data = button(edit.getAsJsonObject("card"), "Kör").getAsJsonObject("data").deepCopy();
        data.addProperty("samverka.command", "ändra D1: Gruppen bjuder in Arbetsförmedlingen och Försäkringskassan");
        assertTrue(press(AMINA, data).toString().contains("D1 har ändrats"));
        assertEquals(1, DbSnapshot.count(db, "SELECT COUNT(*) FROM decision WHERE text LIKE '%Försäkringskassan'"));
        assertTrue(press(AMINA, button(decision, "Ta bort").getAsJsonObject("data")).toString().contains("D1 har tagits bort"));
        assertEquals(1, DbSnapshot.count(db, "SELECT COUNT(*) FROM decision WHERE removed_at IS NOT NULL"));
        assertTrue(say(AMINA, "ångra").toString().contains("Ångrade: borttagningen av D1"));
        assertEquals(0, DbSnapshot.count(db, "SELECT COUNT(*) FROM decision WHERE removed_at IS NOT NULL"));
        assertTrue(say(TOR, "ta bort D1").toString().contains("D1 lades till av Amina Boulaabi"), "a member's refusal names who can");
    }

    @Test
    void aCardValueNamingAGroupsChannelRunsOnlyForItsMembers() throws Exception {
        group();
        say(BOEL, "åtgärd Tor bokar lokal");
        fake.member("29:eve", "aad-eve", "Eve Outsider", "eve@example.org");
        String before = groupData();
        for (String command : List.of("medlemmar", "klar 1")) {
            JsonObject carried = new JsonObject();
            carried.addProperty("c", command);
            carried.addProperty("ch", TeamsClientSim.CHANNEL); // written by Eve, not by the bot
            JsonObject data = new JsonObject();
            data.add("samverka", carried);
            JsonObject pressed = teams.personalMessage(teams.nextId(), "29:eve", "aad-eve", "");
            pressed.remove("text");
            pressed.add("value", data);
            String answer = send(pressed).toString();
            assertTrue(answer.contains("en grupp som du inte är medlem i"), answer);
            assertFalse(answer.contains("tor@example.se"), answer);
        }
        assertEquals(before, groupData(), "nothing of the group changed (where Eve can be reached is remembered)");
    }

    private String groupData() throws Exception {
        return DbSnapshot.of(db).replaceAll("(?s)## conversation_ref\n.*?(?=## )", "");
    }

    @Test
    void anActionExecuteInvokeIsAnsweredInTheResponse() throws Exception {
        group();
        say(BOEL, "åtgärd Tor bokar lokal");
        JsonObject data = button(say(TOR, "åtgärder"), "Klar").getAsJsonObject("data");
        JsonObject invoke = teams.channelMessage(teams.nextId(), TOR, aad(TOR), "");
        invoke.addProperty("type", "invoke");
        invoke.addProperty("name", "adaptiveCard/action");
        JsonObject action = new JsonObject();
        action.addProperty("type", "Action.Execute");
        action.add("data", data);
        JsonObject value = new JsonObject();
        value.add("action", action);
        invoke.add("value", value);
        HttpResponse<String> response = teams.send(invoke);
        assertEquals(200, response.statusCode());
        JsonObject answer = JsonParser.parseString(response.body()).getAsJsonObject();
        assertEquals(200, answer.get("statusCode").getAsInt());
        assertEquals("application/vnd.microsoft.activity.message", answer.get("type").getAsString());
        assertEquals("Klar: #1 bokar lokal", answer.get("value").getAsString());
        assertEquals(1, DbSnapshot.count(db, "SELECT COUNT(*) FROM action_item WHERE status = 'done'"));
    }

    @Test
    void aRetriedActivityIsCarriedOutOnce() throws Exception {
        group();
        JsonObject activity = teams.channelMessage(teams.nextId(), BOEL, aad(BOEL), "beslut Vi bjuder in Migrationsverket.");
        send(activity);
        for (int i = 0; i < 3; i++) assertEquals(200, teams.send(activity).statusCode());
        say(BOEL, "dagordning"); // answered after the repeats, which were answered first or not at all
        assertEquals(1, DbSnapshot.count(db, "SELECT COUNT(*) FROM decision"));
        assertEquals(1, fake.activities().stream()
                .filter(c -> c.path().endsWith("/activities/" + activity.get("id").getAsString())).count());
    }
}
