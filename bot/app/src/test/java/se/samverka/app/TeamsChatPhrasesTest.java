package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import se.samverka.storage.TestDatabase;

import com.google.gson.JsonObject;
import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverka.config.ConfigLoader;

/**
 * Chat as people write it, from Teams: "@Samverka …" channel activities with a signed Bot Framework token, through the
 * Teams adapter and the whole bot to a real SQLite file, the answer read from the fake Bot Connector. The console's
 * rows are in {@code ChatPhrasesTest} and {@code ChatOwnersTest}; these prove the same sentences work from Teams.
 */
class TeamsChatPhrasesTest extends TeamsAppFixture {
    @BeforeEach
    void phrasesGroup() throws Exception {
        for (String c : List.of("grupp skapa Strategisk grupp integration",
                "medlem Boel Abelson-Crossley, Hylte, boel@example.se, sekreterare",
                "medlem Tor Jacobsen, Falkenberg, tor@example.se", "möte 24 november 9-12 Halmstad")) {
            say(c);
        }
    }

    /** "@Samverka text" from Boel in the channel; the bot's answer (its Adaptive Card) in the thread, as JSON text. */
    String say(String text) throws Exception {
        JsonObject activity = teams.channelMessage(teams.nextId(), BOEL, "aad-boel", text);
        HttpResponse<String> ack = teams.send(activity);
        assertEquals(200, ack.statusCode(), ack.body());
        String id = activity.get("id").getAsString();
        return Eventually.get(() -> fake.activities().stream().filter(c -> c.path().endsWith("/activities/" + id)).findFirst(),
                () -> "no reply to " + text + "; calls: " + fake.calls()).json().toString();
    }

    List<String> rows(String sql) {
        return ChatOwnersTest.Rows.of(db, sql);
    }

    @Test
    void decisionsActionItemsAndDoneAreStoredAsWrittenAndAnswered() throws Exception {
        String decided = say("Beslut: Gruppen antar planen");
        assertTrue(decided.contains("D1") && decided.contains("Gruppen antar planen"), decided);
        String sentence = say("Gruppen beslutade att bjuda in Region Halland");
        assertTrue(sentence.contains("D2") && sentence.contains("Bjuda in Region Halland"), sentence);
        assertEquals(List.of("Gruppen antar planen", "Bjuda in Region Halland"),
                rows("SELECT text FROM decision ORDER BY number"));

        String action = say("Åtgärd: skicka underlaget, Tor ansvarar");
        assertTrue(action.contains("#1") && action.contains("skicka underlaget"), action);
        assertEquals(List.of("skicka underlaget"), rows("SELECT task FROM action_item WHERE number = 1"));
        assertEquals(List.of("Tor Jacobsen"), rows("SELECT m.name FROM action_owner o JOIN member m ON m.id = o.member_id"));

        String done = say("#1 är klar");
        assertTrue(done.contains("#1"), done);
        assertEquals(List.of("done"), rows("SELECT status FROM action_item WHERE number = 1"));
    }

    @Test
    void aMessageTheBotCannotReadGetsAnAnswerAndChangesNothing() throws Exception {
        say("Åtgärd: skicka underlaget, Tor ansvarar");
        String before = DbSnapshot.of(db);
        String reply = say("blaha blaha");
        assertTrue(reply.contains("Jag förstod inte"), reply);
        assertEquals(before, DbSnapshot.of(db), "nothing stored or changed");
    }
}
