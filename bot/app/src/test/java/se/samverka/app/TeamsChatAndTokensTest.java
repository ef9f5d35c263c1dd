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
 * The Teams app in a 1:1 chat, writing first (hello, to the channel, to a member), and whose tokens it serves (see
 * {@link TeamsAppFixture}).
 */
class TeamsChatAndTokensTest extends TeamsAppFixture {
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
