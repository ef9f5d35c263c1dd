package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import se.samverka.storage.TestDatabase;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.samverka.config.ConfigLoader;
import se.samverka.core.chat.Block;
import se.samverka.core.chat.Button;
import se.samverka.core.chat.ChatUser;
import se.samverka.core.chat.ConversationRef;
import se.samverka.core.chat.IncomingCommand;
import se.samverka.core.chat.Reply;

/**
 * Owners where people write them, through the whole bot on a real SQLite file (the console's path): first or last in
 * an action item, in a parenthesis, after a dash, after "ansvarig:" / "owner", in a passive ("tas fram av Jyrki"),
 * organisations, "alla" / "everyone" and roles ("sekreteraren", "the secretary"). Each row says what is stored: the
 * owners (members by name, "org:" an organisation, "everyone"), the task without the owner words, and the due date.
 */
class ChatOwnersTest {
    static final ConversationRef CHANNEL = new ConversationRef("console", "local", "sgi");
    static final ChatUser AMINA = new ChatUser("amina", "Amina Boulaabi", Optional.empty(), true);

    @TempDir
    Path folder;
    String db;
    Samverka samverka;

    @BeforeEach
    void group() {
        db = TestDatabase.setting(folder.resolve("s.db"));
        Clock clock = Clock.fixed(LocalDateTime.parse("2026-11-02T10:00").atZone(ZoneId.of("Europe/Stockholm")).toInstant(),
                ZoneId.of("Europe/Stockholm"));
        samverka = Samverka.open(ConfigLoader.load(Map.of(ConfigLoader.DB, db), Optional.empty()), clock);
        for (String c : List.of("grupp skapa Strategisk grupp integration",
                "medlem Amina Boulaabi, Region Halland, sekreterare", "medlem Anna Berg, Halmstad",
                "medlem Tor Jacobsen, Falkenberg", "medlem Jyrki Niemi, Region Halland", "medlem Sara Lind, Digg",
                "medlem Boel Abelson-Crossley, Hylte", "medlem Lovisa Ljungberg, Länsstyrelsen",
                "medlem Ibrahim Baalbaki, Hylte", "möte 24 november 9-12 Halmstad")) {
            Reply reply = say(c);
            assertFalse(reply.rejected(), c + ": " + text(reply));
        }
    }

    @AfterEach
    void close() {
        samverka.close();
    }

    Reply say(String text) {
        return samverka.assistant().handle(new IncomingCommand(CHANNEL, AMINA, text));
    }

    static String text(Reply reply) {
        return reply.blocks().stream().map(ChatOwnersTest::text).collect(Collectors.joining("\n"));
    }

    static String text(Block block) {
        if (block instanceof Block.Paragraph p) return p.text();
        if (block instanceof Block.Context c) return c.text();
        if (block instanceof Block.Entry e) return e.text();
        if (block instanceof Block.Heading h) return h.text();
        if (block instanceof Block.Items i) return String.join("\n", i.items());
        return block.toString();
    }

    static List<String> confirmations(Reply reply) {
        return reply.blocks().stream().flatMap(b -> b instanceof Block.Entry e ? e.buttons().stream() : java.util.stream.Stream.empty())
                .filter(b -> b.kind() == Button.Kind.CONFIRM).map(Button::command).toList();
    }

    /** The newest action item as stored: "owners | task | due". */
    String stored() {
        String id = "(SELECT MAX(id) FROM action_item)";
        List<String> owners = new ArrayList<>(Rows.of(db, "SELECT m.name FROM action_owner o JOIN member m ON m.id = o.member_id"
                + " WHERE o.action_id = " + id + " ORDER BY o.position"));
        owners.addAll(Rows.of(db, "SELECT CASE kind WHEN 'organisation' THEN 'org:' || organisation ELSE kind END"
                + " FROM action_org_owner WHERE action_id = " + id + " ORDER BY position"));
        List<String> item = Rows.of(db, "SELECT task || ' | ' || COALESCE(due_date, '-') FROM action_item WHERE id = " + id);
        return String.join(", ", owners) + " | " + (item.isEmpty() ? "(none)" : item.get(0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Åtgärd: skicka underlaget till Anna, Tor ansvarar              | Tor Jacobsen            | skicka underlaget till Anna       | -
            åtgärd Skicka underlaget, Tor ansvarar, senast 20 november     | Tor Jacobsen            | Skicka underlaget                 | 2026-11-20
            åtgärd Förslag på sponsorpaket tas fram av Jyrki               | Jyrki Niemi             | Förslag på sponsorpaket tas fram  | -
            åtgärd Boka lokal (Digg bokar)                                 | org:Digg                | Boka lokal                        | -
            åtgärd Bjud in AF till nästa möte – DIGG                       | org:Digg                | Bjud in AF                        | 2026-11-24
            Åtgärd - Lovisa och Tor bevakar nästa utbildningstillfälle     | Lovisa Ljungberg, Tor Jacobsen | bevakar nästa utbildningstillfälle | -
            åtgärd Boka lokal senast 20 november, ansvarig: Boel           | Boel Abelson-Crossley   | Boka lokal                        | 2026-11-20
            åtgärd Ansvarig: Boel – boka lokal                             | Boel Abelson-Crossley   | boka lokal                        | -
            åtgärd Falkenberg tar fram ett förslag till nästa möte         | org:Falkenberg          | tar fram ett förslag              | 2026-11-24
            åtgärd Länsstyrelsen återkommer om datum                       | org:Länsstyrelsen       | återkommer om datum               | -
            åtgärd Läsa rapporten – alla                                   | everyone                | Läsa rapporten                    | -
            åtgärd Alla läser rapporten senast 20 november                 | everyone                | läser rapporten                   | 2026-11-20
            åtgärd Sekreteraren skickar ut kallelsen                       | Amina Boulaabi          | skickar ut kallelsen              | -
            åtgärd Kallelsen skickas ut av sekreteraren                    | Amina Boulaabi          | Kallelsen skickas ut              | -
            åtgärd Lovisa ska ringa AF till nästa möte                     | Lovisa Ljungberg        | ringa AF                          | 2026-11-24
            action send the report, owner Anna                             | Anna Berg               | send the report                   | -
            action Anna to send the report by 20 November                  | Anna Berg               | send the report                   | 2026-11-20
            action the secretary sends the invitation                      | Amina Boulaabi          | sends the invitation              | -
            Action: book the room (owner: Tor)                             | Tor Jacobsen            | book the room                     | -
            action the report is written by Jyrki                          | Jyrki Niemi             | the report is written             | -
            action everyone reads the report                               | everyone                | reads the report                  | -
            task: call AF, Tor is responsible                              | Tor Jacobsen            | call AF                           | -
            action book the room - Digg                                    | org:Digg                | book the room                     | -
            """)
    void anOwnerWrittenAnywhereIsStoredAsTheOwnerAndLeftOutOfTheTask(String said, String owners, String task, String due) {
        Reply reply = say(said);
        assertFalse(reply.rejected(), said + ": " + text(reply));
        assertEquals(owners.strip() + " | " + task.strip() + " | " + due.strip(), stored(), said);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Beslut: Ibrahim mailar ut syftet med föreläsningen             | åtgärd Ibrahim mailar ut syftet med föreläsningen  | Ibrahim Baalbaki | mailar ut syftet med föreläsningen
            Beslut: Vi tar fram ett paket. Förslag på sponsorpaket tas fram av Jyrki. | åtgärd Förslag på sponsorpaket tas fram av Jyrki | Jyrki Niemi | Förslag på sponsorpaket tas fram
            Decision: Invite AF. The invitation is sent by Anna.           | action The invitation is sent by Anna               | Anna Berg        | The invitation is sent
            """)
    void aDecisionWithAnOwnerIsStoredAndItsActionProposedAsEveryDecisionsIs(String said, String proposed, String owner, String task) {
        String before = Rows.of(db, "SELECT COUNT(*) FROM action_item").toString();
        Reply reply = say(said);
        assertFalse(reply.rejected(), text(reply));
        assertEquals(List.of("1"), Rows.of(db, "SELECT COUNT(*) FROM decision"));
        assertEquals(before, Rows.of(db, "SELECT COUNT(*) FROM action_item").toString(), "an action waits for its confirmation");
        assertTrue(confirmations(reply).contains(proposed.strip()), confirmations(reply).toString());
        assertFalse(say(proposed.strip()).rejected(), proposed);
        assertEquals(owner.strip() + " | " + task.strip() + " | -", stored());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            åtgärd Till nästa möte tar Boel fram ett förslag  | Menade du att Boel är ansvarig     | åtgärd Till nästa möte tar fram ett förslag, ansvarig: Boel
            action Next week Tor books the room               | Did you mean that Tor is the owner | action Next week books the room, owner: Tor
            """)
    void anOwnerInsideTheSentenceIsAskedAboutAndNothingIsStored(String said, String asked, String proposed) {
        String before = DbSnapshot.of(db);
        Reply reply = say(said);
        assertFalse(reply.rejected(), text(reply));
        assertTrue(text(reply).contains(asked.strip()), text(reply));
        assertEquals(List.of(proposed.strip()), confirmations(reply));
        assertEquals(before, DbSnapshot.of(db), "nothing is stored before it is confirmed");
        assertFalse(say(proposed.strip()).rejected(), "the proposal is a command that works");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            åtgärd Ordföranden kallar till mötet          | Ingen i gruppen är ordförande just nu
            åtgärd Boka lokal, ansvarig: ordföranden       | Ingen i gruppen är ordförande just nu
            action book the room, owner: the chair          | Nobody in the group is chair right now
            åtgärd skicka underlaget till Anna             | Jag ser inte vem som ska göra det
            action send the report to Anna                 | I can't see who will do it
            """)
    void anOwnerTheBotCannotReadIsAnsweredAndNothingIsStored(String said, String answer) {
        say("medlem Boel Abelson-Crossley, Hylte, medlem"); // nobody is chair
        String before = DbSnapshot.of(db);
        Reply reply = say(said);
        assertTrue(reply.rejected(), text(reply));
        assertTrue(text(reply).contains(answer.strip()), text(reply));
        assertEquals(before, DbSnapshot.of(db));
    }

    @Test
    void theChairIsWhoeverHoldsTheRole() {
        assertFalse(say("medlem Boel Abelson-Crossley, Hylte, ordförande").rejected());
        assertFalse(say("åtgärd Ordföranden kallar till mötet").rejected());
        assertEquals("Boel Abelson-Crossley | kallar till mötet | -", stored());
        assertFalse(say("action book the room, owner: the chair").rejected());
        assertEquals("Boel Abelson-Crossley | book the room | -", stored());
    }

    /** Rows of a query's first column, read through a connection of its own. */
    static final class Rows {
        static List<String> of(String db, String sql) {
            try (var c = TestDatabase.connect(db);
                 var st = c.createStatement(); var rs = st.executeQuery(sql)) {
                List<String> out = new ArrayList<>();
                while (rs.next()) out.add(rs.getString(1));
                return out;
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
