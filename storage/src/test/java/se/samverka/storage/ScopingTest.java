package se.samverka.storage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverka.core.chat.ConversationRef;

/** One group never reads or changes another's data: not in the same workspace, not across workspaces. */
class ScopingTest {
    @TempDir
    Path folder;
    TestBot bot;
    final TestBot.User anna = TestBot.user("Anna Lindskog");
    final TestBot.User annaInB = anna.in("C-B");
    final TestBot.User elsewhere = new TestBot.User("Anna Lindskog", new ConversationRef("test", "T2", "C1"), Optional.empty());

    @BeforeEach
    void twoGroups() {
        bot = new TestBot(folder);
        bot.ok(anna, "grupp skapa Grupp A");
        bot.ok(anna, "medlem Tor Jacobsen, Falkenberg");
        bot.ok(anna, "möte 2 november 13-16 Laholm");
        bot.now("2026-11-02T14:00");
        bot.ok(anna, "beslut Hemligt beslut om budgeten.");
        bot.ok(anna, "åtgärd Tor hemlig åtgärd om budgeten");
        bot.ok(annaInB, "grupp skapa Grupp B");
        bot.ok(elsewhere, "grupp skapa Grupp A");
    }

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    void anotherGroupInTheSameWorkspaceSeesNothing() {
        assertTrue(bot.ok(annaInB, "åtgärder alla").contains("Inga åtgärder."));
        assertTrue(bot.ok(annaInB, "sök budgeten").contains("Inga träffar."));
        assertTrue(bot.refused(annaInB, "klar 1").contains("Det finns ingen åtgärd #1"));
        assertTrue(bot.refused(annaInB, "åtgärd Tor gör något").contains("Jag hittar ingen \"Tor\""));
        assertTrue(bot.refused(annaInB, "protokoll").contains("Gruppen har inga möten än"));
        assertFalse(bot.ok(annaInB, "grupp").contains("Tor"));
        assertTrue(bot.ok(anna, "åtgärder alla").contains("#1 hemlig åtgärd om budgeten"), "A still has its own");
    }

    @Test
    void aGroupOfTheSameNameInAnotherWorkspaceIsAnotherGroup() {
        assertTrue(bot.ok(elsewhere, "sök budgeten").contains("Inga träffar."));
        assertFalse(bot.ok(elsewhere, "grupp").contains("Tor Jacobsen"));
        TestBot.User otherChannel = elsewhere.in("C9");
        assertTrue(bot.refused(otherChannel, "grupp koppla Grupp B").contains("Det finns ingen grupp som heter \"Grupp B\""),
                "groups of another workspace cannot be bound");
    }

    @Test
    void numbersArePerGroup() {
        bot.ok(annaInB, "åtgärd Anna första åtgärden i B");
        assertTrue(bot.ok(annaInB, "åtgärder alla").contains("#1 första åtgärden i B"));
        bot.ok(annaInB, "klar 1");
        assertTrue(bot.ok(anna, "åtgärder alla").contains("#1 hemlig åtgärd om budgeten — Tor Jacobsen"),
                "marking B's #1 done left A's #1 open");
    }
}
