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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverka.config.ConfigLoader;

/**
 * Chat as people write it, from Slack: "/samverka …" requests signed as Slack signs them, through Bolt and the whole
 * bot to a real SQLite file, the answer read from the fake Slack's response_url. The console's rows are in
 * {@code ChatPhrasesTest} and {@code ChatOwnersTest}; these prove the same sentences work from Slack.
 */
class SlackChatPhrasesTest extends SlackAppFixture {
    @BeforeEach
    void phrasesGroup() throws Exception {
        for (String c : List.of("grupp skapa Strategisk grupp integration",
                "medlem Boel Abelson-Crossley, Hylte, boel@example.se, sekreterare",
                "medlem Tor Jacobsen, Falkenberg, tor@example.se", "möte 24 november 9-12 Halmstad")) {
            say(c);
        }
    }

    /** "/samverka text" from Boel in the group's channel; the text of the bot's answer at the response_url. */
    String say(String text) throws Exception {
        String trigger = slack.trigger();
        HttpResponse<String> ack = slack.slash(trigger, BOEL, text);
        assertEquals(200, ack.statusCode(), ack.body());
        JsonObject reply = fake.await("respond:" + trigger, 1).get(0).json();
        return reply.toString();
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
