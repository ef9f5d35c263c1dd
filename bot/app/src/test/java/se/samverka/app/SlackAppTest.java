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
/** The Slack app end to end: Block Kit answers, direct messages, signatures, retries, minutes files. */
class SlackAppTest extends SlackAppFixture {
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
