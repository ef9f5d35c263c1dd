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
 * The bot's clock stands at Monday 2 November 2026, 10:00 (tokens are checked against the real time).
 */
class TeamsAppTest {
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
        env.put(ConfigLoader.DB, db);
        Clock clock = Clock.fixed(LocalDateTime.parse("2026-11-02T10:00").atZone(ZoneId.of("Europe/Stockholm")).toInstant(),
                ZoneId.of("Europe/Stockholm"));
        samverka = Samverka.open(ConfigLoader.load(env, Optional.empty()), clock);
        http = HttpServer.create(samverka).start(0);
        teams = new TeamsClientSim("http://127.0.0.1:" + http.port() + "/api/messages", fake);
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

    // ---- 1:1 chat ----

    @Test
    void lagetRuntQuestionsGoOutAsDirectMessagesThroughTheOutboxAndTheAnswerInTheChatIsStored() throws Exception {
        group();
        say(AMINA, "möten"); // Amina and Tor are linked by their directory id when they first write
        say(TOR, "möten");
        String started = say(BOEL, "laget runt start").toString();
        assertTrue(started.contains("Jag har frågat Boel Abelson-Crossley, Amina Boulaabi, Tor Jacobsen direkt."), started);
        int before = fake.activities().size();
        assertEquals(3, samverka.outboxSender().sendDue());
        List<FakeMicrosoft.Call> questions = fake.activities().subList(before, fake.activities().size());
        assertEquals(3, questions.size(), "one direct message each: " + questions);
        assertTrue(questions.stream().allMatch(q -> q.path().contains("a%3Adm-") && q.body().contains("Svara här med: laget runt")),
                questions.toString());
        assertEquals(0, samverka.outboxSender().sendDue(), "sent once");

        String saved = send(teams.personalMessage(teams.nextId(), TOR, aad(TOR), "laget runt Vi har startat ett språkcafé")).toString();
        assertTrue(saved.contains("Laget runt-rapport från Tor Jacobsen sparad"), saved);
        String summary = say(BOEL, "laget runt").toString();
        assertTrue(summary.contains("Tor: Vi har startat ett språkcafé"), summary);
    }

    @Test
    void inAOneToOneChatCommandsWorkOnTheUsersOnlyGroupAndHomeShowsTheirItems() throws Exception {
        group();
        say(BOEL, "åtgärd Tor bokar lokal");
        String id = teams.nextId();
        String reply = send(teams.personalMessage(id, TOR, aad(TOR), "åtgärder")).toString();
        assertTrue(reply.contains("bokar lokal"), reply);
        assertTrue(fake.activities().stream().anyMatch(c -> c.path().contains("a%3Apersonal-29%3Ator")),
                "answered in the chat");
        String home = send(teams.personalMessage(teams.nextId(), TOR, aad(TOR), "hem")).toString();
        assertTrue(home.contains("bokar lokal") && home.contains("Strategisk grupp integration"), home);
    }

    @Test
    void minutesSentToTheBotInAChatAreImportedByTheChairOnce() throws Exception {
        group();
        byte[] seed = java.nio.file.Files.readAllBytes(ImportMinutesTest.EVAL.resolve(
                "00_seed-004-strategisk-grupp-integration-2017-09-05.txt"));
        String url = fake.file("minnesanteckningar-2017-09-05.txt", seed);
        JsonObject attachment = new JsonObject();
        attachment.addProperty("contentType", "application/vnd.microsoft.teams.file.download.info");
        attachment.addProperty("name", "minnesanteckningar-2017-09-05.txt");
        JsonObject content = new JsonObject();
        content.addProperty("downloadUrl", url);
        content.addProperty("fileType", "txt");
        attachment.add("content", content);
        JsonArray attachments = new JsonArray();
        attachments.add(attachment);

        JsonObject fromTor = teams.personalMessage(teams.nextId(), TOR, aad(TOR), "");
        fromTor.add("attachments", attachments);
        String refused = send(fromTor).toString();
        assertTrue(refused.contains("Det kan bara ordföranden eller sekreteraren göra"), refused);
        assertEquals(0, DbSnapshot.count(db, "SELECT COUNT(*) FROM decision"));

        JsonObject fromBoel = teams.personalMessage(teams.nextId(), BOEL, aad(BOEL), "");
        fromBoel.add("attachments", attachments);
        String done = send(fromBoel).toString();
        assertTrue(done.contains("är inlästa för mötet tisdag 5 september 2017"), done);
        assertEquals(6, DbSnapshot.count(db, "SELECT COUNT(*) FROM decision"));
        assertEquals(6, DbSnapshot.count(db, "SELECT COUNT(*) FROM action_item WHERE status = 'open'"));

        JsonObject again = teams.personalMessage(teams.nextId(), BOEL, aad(BOEL), "");
        again.add("attachments", attachments);
        assertTrue(send(again).toString().contains("är redan inläst"));
        assertEquals(6, DbSnapshot.count(db, "SELECT COUNT(*) FROM decision"));
    }

    // ---- proactive ----

    @Test
    void theBotSaysHelloWhenAddedAndCanWriteToTheChannelAndToAMemberLater() throws Exception {
        JsonObject update = teams.channelMessage(teams.nextId(), BOEL, aad(BOEL), "");
        update.addProperty("type", "conversationUpdate");
        update.remove("text");
        JsonArray added = new JsonArray();
        JsonObject bot = new JsonObject();
        bot.addProperty("id", FakeMicrosoft.BOT);
        added.add(bot);
        update.add("membersAdded", added);
        assertEquals(200, teams.send(update).statusCode());
        assertTrue(fake.await("POST", "/connector/v3/conversations/", 1).get(0).body().contains("Jag är Samverka"));

        group();
        var gateway = samverka.teams().orElseThrow().gateway();
        gateway.post(new ConversationRef(TeamsAdapter.PLATFORM, FakeMicrosoft.TENANT, TeamsClientSim.CHANNEL),
                Reply.builder().text("Påminnelse: mötet är på tisdag.").ok());
        assertTrue(fake.activities().stream().anyMatch(c -> c.path().equals("/connector/v3/conversations/"
                + "19%3Astrategisk%40thread.tacv2/activities") && c.body().contains("Påminnelse")));

        say(TOR, "dagordning"); // the bot now knows where Tor is
        gateway.direct(FakeMicrosoft.TENANT, "aad-tor", Reply.builder().text("Du har en åtgärd.").ok());
        gateway.direct(FakeMicrosoft.TENANT, "aad-tor", Reply.builder().text("Och en till.").ok());
        List<FakeMicrosoft.Call> opened = fake.calls("POST", "/connector/v3/conversations").stream()
                .filter(c -> c.path().equals("/connector/v3/conversations")).toList();
        assertEquals(1, opened.size(), "the chat is opened once, then reused");
        assertTrue(opened.get(0).body().contains("\"29:tor\""), opened.get(0).body());
        assertEquals(2, fake.activities().stream().filter(c -> c.path().contains("a%3Adm-29%3Ator")).count());
        // Amina has never written to the bot: her chat is opened by her directory id at the tenant's serviceUrl
        gateway.direct(FakeMicrosoft.TENANT, "aad-amina", Reply.builder().text("Välkommen.").ok());
        assertTrue(fake.activities().stream().anyMatch(c -> c.path().contains("a%3Adm-aad-amina")));
        assertTrue(fake.calls().stream().filter(c -> c.path().startsWith("/connector/"))
                .allMatch(c -> c.authorization().equals("Bearer token-for-https://api.botframework.com/.default")));
    }

    @Test
    void aThrottledConnectorIsWaitedOutAsItAsks() throws Exception {
        group();
        fake.fail("connector", 429, 1, 1);
        long before = System.nanoTime();
        JsonObject reply = say(BOEL, "dagordning");
        assertTrue(reply.toString().contains("Dagordning"), reply.toString());
        assertTrue(System.nanoTime() - before >= 900_000_000L, "waited the second Retry-After asked for");
    }

    // ---- security ----

    @Test
    void onlyTokensFromTheBotFrameworkForThisBotAreServed() throws Exception {
        group();
        String before = DbSnapshot.of(db);
        int calls = fake.calls().size();
        String body = teams.channelMessage(teams.nextId(), BOEL, aad(BOEL), "beslut Något hemligt.").toString();
        Instant hour = Instant.now().plusSeconds(3600);
        String issuer = "https://api.botframework.com";
        Map<String, String> bad = Map.of(
                "expired", fake.token(FakeMicrosoft.APP_ID, issuer, Instant.now().minusSeconds(600), fake.serviceUrl(), true),
                "wrong audience", fake.token("another-app", issuer, hour, fake.serviceUrl(), true),
                "wrong issuer", fake.token(FakeMicrosoft.APP_ID, "https://sts.windows.net/evil/", hour, fake.serviceUrl(), true),
                "bad signature", fake.token(FakeMicrosoft.APP_ID, issuer, hour, fake.serviceUrl(), false),
                "other serviceUrl", fake.token(FakeMicrosoft.APP_ID, issuer, hour, "https://evil.example/", true));
        for (Map.Entry<String, String> token : bad.entrySet()) {
            assertEquals(401, teams.send(body, "Bearer " + token.getValue()).statusCode(), token.getKey());
        }
        assertEquals(401, teams.send(body, null).statusCode(), "no token");
        assertEquals(401, teams.send(body, "Bearer not.a.jwt").statusCode(), "garbage token");
        assertEquals(401, teams.send("{not json", null).statusCode(), "garbage without a token");
        Thread.sleep(200);
        assertEquals(before, DbSnapshot.of(db), "nothing changed");
        assertTrue(fake.calls().stream().skip(calls).allMatch(c -> c.path().equals("/openid") || c.path().equals("/keys")),
                "nothing sent to Teams (only its keys were read)");
    }

    @Test
    void aHugeMessageIsRefusedBeforeAnythingReadsIt() throws Exception {
        group();
        // 100 KB of unfinished tags: the tag pattern used to scan to the end from each one
        JsonObject huge = teams.channelMessage(teams.nextId(), BOEL, aad(BOEL), "punkt " + "<aö".repeat(100_000 / 3));
        String refused = send(huge).toString();
        assertTrue(refused.contains("Kommandot är för långt (högst 4"), refused);
        assertTrue(say(AMINA, "dagordning").toString().contains("Länsstyrelsen"), "the bot goes on answering");
    }
}
