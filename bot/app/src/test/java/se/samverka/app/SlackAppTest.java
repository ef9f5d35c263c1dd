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
 * 2 November 2026, 10:00 (Slack's signatures are checked against the real time).
 */
class SlackAppTest {
    static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    static final String BOEL = "U0BOEL";
    static final String AMINA = "U0AMINA";
    static final String TOR = "U0TOR";

    @TempDir
    Path folder;
    FakeSlack fake;
    Samverka samverka;
    Javalin http;
    SlackClientSim slack;
    String db;

    @BeforeEach
    void start() throws Exception {
        fake = new FakeSlack();
        fake.person(BOEL, "Boel Abelson-Crossley", "boel@example.se");
        fake.person(AMINA, "Amina Boulaabi", "amina@example.se");
        fake.person(TOR, "Tor Jacobsen", "tor@example.se");
        db = TestDatabase.setting(folder.resolve("samverka.db"));
        var config = ConfigLoader.load(Map.of(ConfigLoader.DB, db,
                ConfigLoader.SLACK_SIGNING_SECRET, SECRET, ConfigLoader.SLACK_BOT_TOKEN, "xoxb-test-token",
                ConfigLoader.SLACK_API_URL, fake.apiUrl()), Optional.empty());
        Clock clock = Clock.fixed(LocalDateTime.parse("2026-11-02T10:00").atZone(ZoneId.of("Europe/Stockholm")).toInstant(),
                ZoneId.of("Europe/Stockholm"));
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

    @Test
    void guestsAndOrganisationsAnswerInBlockKitAsSaved() throws Exception {
        group();
        Golden.assertJson("present-guest-offer", command(AMINA, "närvarande 24 november Lena Svensson"));
        Golden.assertJson("guest-add", command(AMINA, "gäst Lena Svensson, Arbetsförmedlingen"));
        Golden.assertJson("action-organisation", command(AMINA, "åtgärd Falkenberg och Lena bokar lokal"));
        String mine = command(TOR, "åtgärder mina").toString();
        assertTrue(mine.contains("#1 bokar lokal — Lena Svensson, Falkenberg"), mine);
    }

    @Test
    void everyCommandAnswersInBlockKitAsSaved() throws Exception {
        Golden.assertJson("group-create", command(BOEL, "grupp skapa Strategisk grupp integration"));
        Golden.assertJson("member-add", command(BOEL, "medlem Amina Boulaabi, Region Halland, amina@example.se, sekreterare"));
        command(BOEL, "medlem Tor Jacobsen, Falkenberg, tor@example.se");
        Golden.assertJson("meeting-add", command(BOEL, "möte 24 november 9-12 Halmstad (Länsstyrelsen)"));
        Golden.assertJson("meetings", command(AMINA, "möten"));
        Golden.assertJson("agenda-add", command(AMINA, "punkt Budget 2027"));
        Golden.assertJson("standing-add", command(AMINA, "stående punkt Laget runt"));
        Golden.assertJson("action-add", command(BOEL, "åtgärd <@U0TOR|tor.jacobsen> bokar lokal senast 20 november"));
        Golden.assertJson("agenda", command(AMINA, "dagordning"));
        Golden.assertJson("actions", command(BOEL, "åtgärder alla"));
        Golden.assertJson("decision", command(BOEL,
                "beslut Vi bjuder in Migrationsverket. Tor och Amina tar fram ett förslag på program."));
        Golden.assertJson("group", command(TOR, "grupp"));
        Golden.assertJson("members", command(TOR, "medlemmar"));
        Golden.assertJson("absent", command(TOR, "förhinder 24 november"));
        Golden.assertJson("search", command(TOR, "sök Migrationsverket"));
        Golden.assertJson("help", command(TOR, "hjälp"));
        Golden.assertJson("help-en", command(TOR, "help action"));
        Golden.assertJson("done", command(TOR, "klar 1"));
        Golden.assertJson("refused-owner", command(BOEL, "åtgärd Kalle ringer runt"));
        Golden.assertJson("unknown-command", command(BOEL, "dagordnig"));
    }

    @Test
    void lagetRuntAsksEachMemberByDirectMessageThroughTheOutboxAndTheAnswerInTheDirectMessageIsStored() throws Exception {
        group();
        command(AMINA, "möten"); // Amina and Tor are linked by their e-mail on their first command
        command(TOR, "möten");
        JsonObject started = command(BOEL, "laget runt start");
        assertTrue(texts(started).contains("Jag har frågat Boel Abelson-Crossley, Amina Boulaabi, Tor Jacobsen direkt."),
                texts(started));
        int before = fake.calls("chat.postMessage").size();
        assertEquals(3, samverka.outboxSender().sendDue());
        List<FakeSlack.Call> questions = fake.calls("chat.postMessage").subList(before, before + 3);
        assertEquals(List.of("DU0BOEL", "DU0AMINA", "DU0TOR"), questions.stream().map(c -> c.params().get("channel")).toList(),
                "each in their own direct message");
        assertTrue(questions.get(2).params().get("blocks").contains("Svara här med: laget runt"), questions.get(2).params().toString());
        assertTrue(questions.get(2).params().get("metadata").contains("round-ask:"), "the key travels with the message");
        assertEquals(0, samverka.outboxSender().sendDue(), "sent once");

        JsonObject saved = command(TOR, "laget runt Vi har startat ett språkcafé i Falkenberg", "DU0TOR");
        assertTrue(texts(saved).contains("Laget runt-rapport från Tor Jacobsen sparad för mötet tisdag 24 november"), texts(saved));
        assertEquals(1, DbSnapshot.count(db, "SELECT COUNT(*) FROM round_table_entry WHERE report = 'Vi har startat ett språkcafé i Falkenberg'"));
        JsonObject summary = command(BOEL, "laget runt");
        assertTrue(texts(summary).contains("Tor: Vi har startat ett språkcafé i Falkenberg"), texts(summary));
        assertTrue(texts(summary).contains("Inte rapporterat: Boel Abelson-Crossley, Amina Boulaabi"), texts(summary));
    }

    @Test
    void aJusterareIsAskedByDirectMessageAndApprovesFromItAndTheMinutesAreLocked() throws Exception {
        command(BOEL, "grupp skapa Strategisk grupp integration");
        command(BOEL, "medlem Amina Boulaabi, Region Halland, amina@example.se, sekreterare");
        command(BOEL, "medlem Tor Jacobsen, Falkenberg, tor@example.se");
        command(BOEL, "möte 2 november 13-16 Halmstad"); // today: the meeting decisions are recorded for
        command(TOR, "möten"); // Tor is linked by his e-mail on his first command
        command(AMINA, "beslut Vi bjuder in Migrationsverket.");
        command(AMINA, "justerare Tor");
        String ready = texts(command(AMINA, "protokoll klart"));
        assertTrue(ready.contains("skickat för justering (version 1) till Tor Jacobsen"), ready);
        int before = fake.calls("chat.postMessage").size();
        assertEquals(1, samverka.outboxSender().sendDue());
        FakeSlack.Call ask = fake.calls("chat.postMessage").get(before);
        assertEquals("DU0TOR", ask.params().get("channel"), "in Tor's own direct message");
        assertTrue(ask.params().get("blocks").contains("Svara med: justera 2026-11-02"), ask.params().toString());
        assertTrue(ask.params().get("metadata").contains("justering-ask:"), "the key travels with the message");
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/web/granska\\?t(?:=|\\\\u003d)([A-Za-z0-9_.\\-]+)")
                .matcher(ask.params().get("blocks"));
        assertTrue(link.find(), "a signed link to the review page: " + ask.params().get("blocks"));
        var claims = samverka.webLinks().verifyReview(link.group(1), LocalDateTime.parse("2026-11-02T10:30")
                .atZone(ZoneId.of("Europe/Stockholm")).toInstant()).orElseThrow().claims();
        assertEquals(TOR, claims.userId(), "signed for Tor alone");
        assertEquals(0, samverka.outboxSender().sendDue(), "sent once");

        String approved = texts(command(TOR, "justera", "DU0TOR"));
        assertTrue(approved.contains("är justerat (version 1) av Tor Jacobsen") && approved.contains("nu låst"), approved);
        assertEquals(1, DbSnapshot.count(db, "SELECT COUNT(*) FROM minutes_version WHERE state = 'approved'"));
        String refused = texts(command(AMINA, "ändra D1: Vi bjuder in Arbetsförmedlingen."));
        assertTrue(refused.contains("är justerat") && refused.contains("protokoll rättelse 2026-11-02: &lt;orsak&gt;"), refused);
        assertEquals(1, DbSnapshot.count(db, "SELECT COUNT(*) FROM decision WHERE text = 'Vi bjuder in Migrationsverket.'"));
    }

    @Test
    void aMentionedSlackUserIsLinkedByEmailAndOwnsTheItem() throws Exception {
        group();
        JsonObject reply = command(BOEL, "åtgärd <@U0TOR|tor.jacobsen> bokar lokal");
        assertTrue(texts(reply).contains("ansvarig: Tor Jacobsen"), texts(reply));
        assertEquals(1, DbSnapshot.count(db, "SELECT COUNT(*) FROM member_identity i JOIN member m ON m.id = i.member_id"
                + " WHERE i.platform = 'slack' AND i.user_id = 'U0TOR' AND m.name = 'Tor Jacobsen'"));
        JsonObject mine = command(TOR, "åtgärder");
        assertTrue(texts(mine).contains("Dina öppna åtgärder — Tor Jacobsen"), texts(mine));
        assertTrue(texts(mine).contains("#1 bokar lokal"), texts(mine));
    }

    @Test
    void changesAreSharedInTheChannelAndLookupsAreForTheAskerOnly() throws Exception {
        group();
        assertEquals("in_channel", command(BOEL, "beslut Budgeten antas.").get("response_type").getAsString());
        assertEquals("ephemeral", command(BOEL, "dagordning").get("response_type").getAsString());
        assertEquals("ephemeral", command(BOEL, "åtgärd Kalle gör något").get("response_type").getAsString());
    }

    @Test
    void anUnboundChannelCanOnlyCreateOrBindAGroup() throws Exception {
        String trigger = slack.trigger();
        slack.post(slack.slashBody(trigger, BOEL, "dagordning", "C0ANNAN"), "application/x-www-form-urlencoded");
        String reply = texts(fake.await("respond:" + trigger, 1).get(0).json());
        assertTrue(reply.contains("inte kopplad till någon grupp"), reply);
    }

    // ---- security ----

    @Test
    void onlyRequestsSignedWithTheSecretWithinFiveMinutesAreServed() throws Exception {
        group();
        String before = DbSnapshot.of(db);
        int answered = fake.calls().size();
        String body = slack.slashBody(slack.trigger(), BOEL, "beslut Något hemligt.", SlackClientSim.CHANNEL);
        String form = "application/x-www-form-urlencoded";
        long now = System.currentTimeMillis() / 1000;
        assertEquals(401, slack.post(body, form, now - 6 * 60, SECRET, Map.of()).statusCode(), "older than five minutes");
        assertEquals(401, slack.post(body, form, now, "another-secret", Map.of()).statusCode(), "wrong secret");
        assertEquals(401, slack.unsigned(body, Map.of()).statusCode(), "no signature");
        String signature = new com.slack.api.app_backend.SlackSignature.Generator(SECRET).generate(String.valueOf(now), body);
        assertEquals(401, slack.unsigned(body.replace("hemligt", "annat"), Map.of("X-Slack-Request-Timestamp",
                String.valueOf(now), "X-Slack-Signature", signature)).statusCode(), "body altered after signing");
        assertEquals(401, slack.unsigned(body, Map.of("X-Slack-Request-Timestamp", "not-a-time",
                "X-Slack-Signature", signature)).statusCode(), "timestamp not a number");
        Thread.sleep(200); // anything wrongly started would have written by now
        assertEquals(before, DbSnapshot.of(db), "nothing changed");
        assertEquals(answered, fake.calls().size(), "nothing sent to Slack");
    }

    @Test
    void urlVerificationEchoesTheChallenge() throws Exception {
        JsonObject challenge = new JsonObject();
        challenge.addProperty("token", "legacy");
        challenge.addProperty("challenge", "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
        challenge.addProperty("type", "url_verification");
        HttpResponse<String> response = slack.post(challenge.toString(), "application/json");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"), response.body());
    }

    // ---- retries ----

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

    @Test
    void aRetriedEventIsCarriedOutOnce() throws Exception {
        group();
        String body = SlackClientSim.eventBody("Ev0RETRY", mention(BOEL, "beslut Vi bjuder in Migrationsverket."));
        assertEquals(200, slack.post(body, "application/json").statusCode());
        fake.await("chat.postMessage", 1);
        for (int retry = 1; retry <= 3; retry++) {
            var response = slack.post(body, "application/json", System.currentTimeMillis() / 1000, SECRET,
                    Map.of("X-Slack-Retry-Num", String.valueOf(retry), "X-Slack-Retry-Reason", "http_timeout"));
            assertEquals(200, response.statusCode());
        }
        String another = SlackClientSim.eventBody("Ev0OTHER", mention(BOEL, "dagordning"));
        slack.post(another, "application/json");
        fake.await("chat.postEphemeral", 1); // the later event is done, so the retries before it are too
        assertEquals(1, DbSnapshot.count(db, "SELECT COUNT(*) FROM decision"));
        assertEquals(1, fake.calls("chat.postMessage").size(), "the decision was announced once");
        JsonArray posted = fake.calls("chat.postMessage").get(0).param("blocks").getAsJsonArray();
        assertTrue(posted.toString().contains("Beslut D1: Vi bjuder in Migrationsverket."), posted.toString());
    }

    @Test
    void aRedeliveredSlashCommandIsCarriedOutOnce() throws Exception {
        group();
        String trigger = slack.trigger();
        String body = slack.slashBody(trigger, BOEL, "åtgärd Tor bokar lokal", SlackClientSim.CHANNEL);
        slack.post(body, "application/x-www-form-urlencoded");
        slack.post(body, "application/x-www-form-urlencoded", System.currentTimeMillis() / 1000, SECRET,
                Map.of("X-Slack-Retry-Num", "1"));
        fake.await("respond:" + trigger, 1);
        command(BOEL, "åtgärder alla"); // a later command: the redelivery before it has been handled
        assertEquals(1, DbSnapshot.count(db, "SELECT COUNT(*) FROM action_item"));
        assertEquals(1, fake.calls("respond:" + trigger).size());
    }

    // ---- modals, shortcuts, buttons, home ----

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
    static JsonObject submission(JsonObject openedView, String userId, String trigger, Map<String, JsonObject> values) {
        JsonObject view = openedView.deepCopy();
        view.addProperty("id", "V0MODAL");
        JsonObject state = new JsonObject();
        JsonObject byBlock = new JsonObject();
        values.forEach((block, value) -> {
            JsonObject action = new JsonObject();
            action.add("value", value);
            byBlock.add(block, action);
        });
        state.add("values", byBlock);
        view.add("state", state);
        JsonObject payload = new JsonObject();
        payload.addProperty("type", "view_submission");
        payload.add("team", team());
        payload.add("user", user(userId));
        payload.addProperty("api_app_id", "A0SAMVERKA");
        payload.addProperty("trigger_id", trigger);
        payload.add("view", view);
        return payload;
    }

    static JsonObject text(String value) {
        JsonObject v = new JsonObject();
        v.addProperty("type", "plain_text_input");
        v.addProperty("value", value);
        return v;
    }

    static JsonObject date(String value) {
        JsonObject v = new JsonObject();
        v.addProperty("type", "datepicker");
        v.addProperty("selected_date", value);
        return v;
    }

    static JsonObject options(String... values) {
        JsonObject v = new JsonObject();
        v.addProperty("type", "multi_static_select");
        JsonArray selected = new JsonArray();
        for (String value : values) {
            JsonObject option = new JsonObject();
            JsonObject label = new JsonObject();
            label.addProperty("type", "plain_text");
            label.addProperty("text", value);
            option.add("text", label);
            option.addProperty("value", value);
            selected.add(option);
        }
        v.add("selected_options", selected);
        return v;
    }

    JsonObject openedView(int nth) {
        return fake.await("views.open", nth).get(nth - 1).param("view").getAsJsonObject();
    }

    @Test
    void aBareCommandOpensItsFormAndTheFormRecordsTheActionItem() throws Exception {
        group();
        String trigger = slack.trigger();
        assertEquals(200, slack.slash(trigger, BOEL, "åtgärd").statusCode());
        var call = fake.await("views.open", 1).get(0);
        assertEquals(trigger, call.params().get("trigger_id"));
        JsonObject view = call.param("view").getAsJsonObject();
        Golden.assertJson("form-action", view);
        String owners = view.getAsJsonArray("blocks").get(0).toString();
        assertTrue(owners.contains("Amina Boulaabi") && owners.contains("Tor Jacobsen"), "owner picker from the roster: " + owners);

        String before = DbSnapshot.of(db);
        HttpResponse<String> refused = slack.interaction(submission(view, BOEL, slack.trigger(),
                Map.of("owners", options("Tor Jacobsen"), "task", text("bokar lokal"), "due", date("2026-10-01"))));
        assertEquals(200, refused.statusCode());
        JsonObject errors = JsonParser.parseString(refused.body()).getAsJsonObject();
        assertEquals("errors", errors.get("response_action").getAsString());
        assertEquals("Sista dagen torsdag 1 oktober 2026 har redan passerat.",
                errors.getAsJsonObject("errors").get("task").getAsString());
        assertEquals(before, DbSnapshot.of(db), "a refused form writes nothing");

        HttpResponse<String> saved = slack.interaction(submission(view, BOEL, slack.trigger(),
                Map.of("owners", options("Tor Jacobsen", "Amina Boulaabi"), "task", text("bokar lokal"),
                        "due", date("2026-11-20"))));
        assertEquals(200, saved.statusCode());
        assertEquals("", saved.body(), "the form closes");
        var posted = fake.await("chat.postMessage", 1).get(0);
        assertEquals(SlackClientSim.CHANNEL, posted.params().get("channel"));
        assertTrue(posted.params().get("blocks").contains("bokar lokal — ansvarig: Tor Jacobsen, Amina Boulaabi"),
                posted.params().get("blocks"));
        assertEquals(1, DbSnapshot.count(db, "SELECT COUNT(*) FROM action_item WHERE due_date = '2026-11-20'"));
    }

    @Test
    void eachBareCommandOpensTheRightForm() throws Exception {
        group();
        slack.slash(slack.trigger(), BOEL, "punkt");
        slack.slash(slack.trigger(), BOEL, "beslut");
        slack.slash(slack.trigger(), BOEL, "meeting");
        List<String> callbacks = fake.await("views.open", 3).stream()
                .map(c -> c.param("view").getAsJsonObject().get("callback_id").getAsString()).sorted().toList();
        assertEquals(List.of("samverka.form.agenda", "samverka.form.decision", "samverka.form.meeting"), callbacks);
        JsonObject meeting = fake.calls("views.open").stream().map(c -> c.param("view").getAsJsonObject())
                .filter(v -> v.get("callback_id").getAsString().endsWith("meeting")).findFirst().orElseThrow();
        assertEquals("New meeting", meeting.getAsJsonObject("title").get("text").getAsString(), "English command, English form");
        JsonObject time = new JsonObject();
        time.addProperty("type", "timepicker");
        time.addProperty("selected_time", "13:00");
        JsonObject end = time.deepCopy();
        end.addProperty("selected_time", "16:00");
        slack.interaction(submission(meeting, BOEL, slack.trigger(), Map.of("date", date("2026-12-11"), "start", time,
                "end", end, "place", text("Varberg"), "host", text("Varbergs kommun"))));
        fake.await("chat.postMessage", 1);
        assertEquals(1, DbSnapshot.count(db, "SELECT COUNT(*) FROM meeting WHERE place = 'Varberg' AND host_organisation = 'Varbergs kommun'"));
    }

    @Test
    void aMessageShortcutPrefillsTheFormWithTheMessage() throws Exception {
        group();
        JsonObject message = new JsonObject();
        message.addProperty("type", "message");
        message.addProperty("user", AMINA);
        message.addProperty("ts", "1763000000.000200");
        message.addProperty("text", "Vi har enats om att bjuda in Migrationsverket &amp; Arbetsförmedlingen till <#C0GRUPP|strategisk-grupp>");
        JsonObject payload = new JsonObject();
        payload.addProperty("type", "message_action");
        payload.addProperty("callback_id", "samverka.shortcut.decision");
        payload.addProperty("trigger_id", slack.trigger());
        payload.addProperty("message_ts", "1763000000.000200");
        payload.addProperty("response_url", fake.responseUrl("shortcut"));
        payload.add("team", team());
        payload.add("user", user(BOEL));
        payload.add("channel", channel());
        payload.add("message", message);
        assertEquals(200, slack.interaction(payload).statusCode());
        JsonObject view = openedView(1);
        assertEquals("samverka.form.decision", view.get("callback_id").getAsString());
        String prefilled = view.getAsJsonArray("blocks").get(0).getAsJsonObject().getAsJsonObject("element")
                .get("initial_value").getAsString();
        assertEquals("Vi har enats om att bjuda in Migrationsverket & Arbetsförmedlingen till #strategisk-grupp", prefilled);
        slack.interaction(submission(view, BOEL, slack.trigger(), Map.of("text", text(prefilled))));
        fake.await("chat.postMessage", 1);
        assertEquals(1, DbSnapshot.count(db, "SELECT COUNT(*) FROM decision WHERE text LIKE 'Vi har enats%'"));
    }

    /** The block_actions Slack sends when the user presses the button. */
    JsonObject press(String userId, JsonObject button, boolean inHome) {
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
            payload.add("channel", channel());
            payload.addProperty("response_url", fake.responseUrl("press-" + payload.get("trigger_id").getAsString()));
        }
        return payload;
    }

    static List<JsonObject> buttons(JsonElement blocks) {
        List<JsonObject> out = new java.util.ArrayList<>();
        for (JsonElement b : blocks.getAsJsonArray()) {
            JsonObject block = b.getAsJsonObject();
            if (block.has("accessory")) out.add(block.getAsJsonObject("accessory"));
            if (block.has("elements") && block.get("type").getAsString().equals("actions")) {
                block.getAsJsonArray("elements").forEach(e -> out.add(e.getAsJsonObject()));
            }
        }
        return out;
    }

    @Test
    void buttonsMarkDoneConfirmProposalsOpenTheEditorAndSendApologies() throws Exception {
        group();
        command(BOEL, "åtgärd Tor bokar lokal");
        JsonObject done = buttons(command(TOR, "åtgärder").get("blocks")).get(0);
        JsonObject pressed = press(TOR, done, false);
        slack.interaction(pressed);
        String answer = fake.await("respond:press-" + pressed.get("trigger_id").getAsString(), 1).get(0).body();
        assertTrue(answer.contains("bokar lokal"), answer);
        assertEquals(1, DbSnapshot.count(db, "SELECT COUNT(*) FROM action_item WHERE status = 'done'"));

        List<JsonObject> proposal = buttons(command(BOEL, "beslut Tor och Amina tar fram ett program.").get("blocks"))
                .subList(2, 4); // after the decision's own Ändra and Ta bort
        slack.interaction(press(BOEL, proposal.get(1), false)); // Ändra
        JsonObject editor = openedView(1);
        assertEquals("samverka.form.edit", editor.get("callback_id").getAsString());
        assertTrue(editor.toString().contains("åtgärd Tor och Amina tar fram ett program"), editor.toString());
        JsonObject confirm = press(BOEL, proposal.get(0), false);
        slack.interaction(confirm);
        fake.await("respond:press-" + confirm.get("trigger_id").getAsString(), 1);
        assertEquals(2, DbSnapshot.count(db, "SELECT COUNT(*) FROM action_owner o JOIN action_item a ON a.id = o.action_id WHERE a.number = 2"));

        JsonObject absent = buttons(command(AMINA, "möten").get("blocks")).get(0);
        JsonObject sorry = press(AMINA, absent, false);
        slack.interaction(sorry);
        fake.await("respond:press-" + sorry.get("trigger_id").getAsString(), 1);
        assertEquals(1, DbSnapshot.count(db, "SELECT COUNT(*) FROM attendance WHERE status = 'absent'"));
    }

    @Test
    void aDecisionIsEditedRemovedAndTheRemovalUndoneFromSlack() throws Exception {
        group();
        List<JsonObject> buttons = buttons(command(AMINA, "beslut Gruppen bjuder in Arbetsförmedlingen").get("blocks"));
        assertEquals(List.of("samverka.edit", "samverka.run.1"), buttons.stream().map(b -> b.get("action_id").getAsString()).toList());
        slack.interaction(press(AMINA, buttons.get(0), false)); // Ändra: the edit command in the form, to change
        JsonObject editor = openedView(1);
        assertEquals("samverka.form.edit", editor.get("callback_id").getAsString());
        assertTrue(editor.toString().contains("ändra D1: Gruppen bjuder in Arbetsförmedlingen"), editor.toString());

        String edited = command(AMINA, "ändra D1: Gruppen bjuder in Arbetsförmedlingen och Försäkringskassan").toString();
        assertTrue(edited.contains("D1 har ändrats"), edited);
        assertEquals(1, DbSnapshot.count(db, "SELECT COUNT(*) FROM decision WHERE text LIKE '%Försäkringskassan'"));
        JsonObject remove = press(AMINA, buttons.get(1), false); // Ta bort
        slack.interaction(remove);
        String removed = fake.await("respond:press-" + remove.get("trigger_id").getAsString(), 1).get(0).body();
        assertTrue(removed.contains("D1 har tagits bort"), removed);
        assertEquals(1, DbSnapshot.count(db, "SELECT COUNT(*) FROM decision WHERE removed_at IS NOT NULL"));
        String undone = command(AMINA, "ångra").toString();
        assertTrue(undone.contains("Ångrade: borttagningen av D1"), undone);
        assertEquals(0, DbSnapshot.count(db, "SELECT COUNT(*) FROM decision WHERE removed_at IS NOT NULL"));
        assertEquals(3, DbSnapshot.count(db, "SELECT COUNT(*) FROM record_change"), "the add, the edit and the removal");
    }

    @Test
    void theHomeTabShowsMyItemsAndItsDoneButtonWorksFromThere() throws Exception {
        group();
        command(BOEL, "åtgärd Amina skriver minnesanteckningar");
        command(BOEL, "åtgärd Tor bokar lokal");
        JsonObject opened = new JsonObject();
        opened.addProperty("type", "app_home_opened");
        opened.addProperty("user", AMINA);
        opened.addProperty("channel", "D0AMINA");
        opened.addProperty("tab", "home");
        opened.addProperty("event_ts", "1763000000.000400");
        slack.post(SlackClientSim.eventBody("Ev0HOME", opened), "application/json");
        var publish = fake.await("views.publish", 1).get(0);
        assertEquals(AMINA, publish.params().get("user_id"));
        JsonObject home = publish.param("view").getAsJsonObject();
        Golden.assertJson("home", home);
        assertFalse(home.toString().contains("bokar lokal"), "only my own items");

        JsonObject done = buttons(home.get("blocks")).get(0);
        slack.interaction(press(AMINA, done, true));
        var dm = fake.await("chat.postMessage", 1).get(0);
        assertEquals(AMINA, fake.await("conversations.open", 1).get(0).params().get("users"));
        assertEquals("D" + AMINA, dm.params().get("channel"), "the result comes as a direct message");
        assertEquals(1, DbSnapshot.count(db, "SELECT COUNT(*) FROM action_item WHERE status = 'done'"));
        JsonObject republished = fake.await("views.publish", 2).get(1).param("view").getAsJsonObject();
        assertFalse(republished.toString().contains("skriver minnesanteckningar"), "the page is brought up to date");
    }

    @Test
    void minutesAreSharedAsAFileInTheChannel() throws Exception {
        group();
        command(BOEL, "beslut Budgeten antas.");
        JsonObject reply = command(BOEL, "protokoll nästa möte");
        assertEquals("in_channel", reply.get("response_type").getAsString());
        fake.await("files.completeUploadExternal", 1);
        var upload = fake.await("upload", 1).get(0);
        assertTrue(upload.body().contains("Strategisk grupp integration"), upload.body());
        String channels = fake.calls("files.completeUploadExternal").get(0).params().get("channel_id");
        assertEquals(SlackClientSim.CHANNEL, channels);
    }

    @Test
    void aHugeCommandIsRefusedInTheAcknowledgementBeforeAnythingReadsIt() throws Exception {
        group();
        int usersInfo = fake.calls("users.info").size();
        // 100 KB of unfinished mentions: what used to keep a worker busy in the mention pattern for seconds
        String huge = "punkt " + "<@U0TOR|ö".repeat(100_000 / 9);
        HttpResponse<String> ack = slack.slash(slack.trigger(), BOEL, huge);
        assertEquals(200, ack.statusCode());
        assertTrue(ack.body().contains("Kommandot är för långt (högst 4"), ack.body());
        assertTrue(ack.body().contains("\"response_type\":\"ephemeral\""), ack.body());
        HttpResponse<String> english = slack.slash(slack.trigger(), BOEL, "agenda add " + "x".repeat(5000));
        assertTrue(english.body().contains("The command is too long"), english.body());
        assertEquals(usersInfo, fake.calls("users.info").size(), "no mention looked up");
        assertTrue(command(BOEL, "dagordning").toString().contains("Länsstyrelsen") , "the bot goes on answering");
    }
}
