package se.samverka.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.samverka.core.chat.Block;
import se.samverka.core.chat.Button;
import se.samverka.core.chat.Reply;

/**
 * Chat as people write it, through the engine on a real SQLite file: a verb with a colon or a dash, a decision in a
 * plain sentence, an action item marked done in a sentence, and a sentence that reads like an action item proposed
 * for confirmation. Each row says what is stored.
 */
class ChatPhrasesTest {
    @TempDir
    Path folder;
    TestBot bot;
    final TestBot.User amina = TestBot.user("Amina Boulaabi");

    @BeforeEach
    void group() {
        bot = new TestBot(folder);
        bot.now("2026-10-01T10:00");
        bot.ok(amina, "grupp skapa Strategisk grupp integration");
        bot.ok(amina, "medlem Amina Boulaabi, Region Halland, sekreterare");
        bot.ok(amina, "medlem Ibrahim Ali, Halmstad");
        bot.ok(amina, "medlem Lovisa Berg, Laholm");
        bot.ok(amina, "möte 2 november 13-16 Halmstad");
        bot.ok(amina, "möte 7 december 13-16 Laholm");
        bot.ok(amina, "punkt Inledning");
        bot.now("2026-11-02T14:00");
    }

    @AfterEach
    void close() {
        bot.close();
    }

    List<String> decisions() {
        return bot.rows("SELECT text FROM decision ORDER BY number");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Beslut: Ibrahim mailar ut inbjudan till alla   | Ibrahim mailar ut inbjudan till alla
            Beslut - Lovisa bevakar frågan                 | Lovisa bevakar frågan
            beslut – Lovisa bevakar frågan                 | Lovisa bevakar frågan
            Decision: Invite AF to the next meeting        | Invite AF to the next meeting
            Gruppen beslutade att bjuda in AF              | Bjuda in AF
            Vi beslutade att ställa in julmötet            | Ställa in julmötet
            Beslutades att anta verksamhetsplanen          | Anta verksamhetsplanen
            Beslutas att skjuta upp frågan                 | Skjuta upp frågan
            The group decided to invite AF                 | Invite AF
            """)
    void aDecisionWrittenAsPeopleWriteItIsRecordedWithoutTheMarkOrTheVerb(String said, String stored) {
        String reply = bot.ok(amina, said);
        assertTrue(reply.contains("D1"), reply);
        assertEquals(List.of(stored), decisions());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"#1 är klar", "1 klar", "1 är klart.", "klart med 1", "Klar med #1!", "åtgärd 1 är klar", "#1 is done",
            "1 done", "done with 1"})
    void anActionItemIsMarkedDoneInASentence(String said) {
        bot.ok(amina, "åtgärd Ibrahim mailar ut inbjudan senast 20 november");
        bot.ok(amina, said);
        assertEquals(List.of("done"), bot.rows("SELECT status FROM action_item WHERE number = 1"));
    }

    @Test
    void colonsAndDashesWorkOnEveryVerb() {
        bot.ok(amina, "Punkt: Budget 2027");
        bot.ok(amina, "Åtgärd: Lovisa ringer AF senast 20 november");
        bot.ok(amina, "Anteckning: Fbg: 3 personer som jobbar med detta.");
        bot.ok(amina, "laget runt: Inget nytt från Region Halland");
        assertEquals(List.of("Budget 2027"), bot.rows("SELECT text FROM agenda_item WHERE text LIKE 'Budget%'"));
        assertEquals(List.of("ringer AF"), bot.rows("SELECT task FROM action_item"));
        assertEquals(List.of("Fbg: 3 personer som jobbar med detta."), bot.rows("SELECT text FROM meeting_note"));
        assertEquals(List.of("Inget nytt från Region Halland"), bot.rows("SELECT report FROM round_table_entry"));
    }

    @Test
    void aSentenceThatReadsLikeAnActionItemIsProposedAndStoredOnlyWhenConfirmed() {
        String before = bot.snapshot();
        Reply reply = bot.say(amina, "Lovisa ska ringa AF till nästa möte");
        String text = TestBot.text(reply);
        assertFalse(reply.rejected(), text);
        assertTrue(text.startsWith("Menade du en åtgärd för Lovisa: \"Lovisa ska ringa AF till nästa möte\"? Inget är sparat än."), text);
        assertEquals(before, bot.snapshot(), "nothing is stored before it is confirmed");
        Button confirm = reply.blocks().stream().flatMap(b -> b instanceof Block.Entry e ? e.buttons().stream() : java.util.stream.Stream.empty())
                .filter(b -> b.kind() == Button.Kind.CONFIRM).findFirst().orElseThrow();
        assertEquals("åtgärd Lovisa ska ringa AF till nästa möte", confirm.command());
        bot.ok(amina, confirm.command());
        assertEquals(List.of("2026-12-07"), bot.rows("SELECT due_date FROM action_item"));
        assertEquals(List.of("Lovisa Berg"), bot.rows("SELECT m.name FROM action_owner o JOIN member m ON m.id = o.member_id"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Kalle ska ringa AF", "Lovisa ringde AF igår", "Hej allihop", "Lovisa ska"})
    void aSentenceTheBotCannotReadGetsAnAnswerAndChangesNothing(String said) {
        String reply = bot.refusedUnchanged(amina, said);
        assertTrue(reply.startsWith("Jag förstod inte"), reply);
    }
}
