package se.samverka.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ändra, ta bort, ångra, historik and behörighet given wrongly, and the command words that used to become content
 * ("punkt ta bort 8", "laget runt ta bort"): each is refused with a reply that says why, and every table is the
 * same row by row before and after.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditBadInputTest {
    TestBot bot;
    final TestBot.User amina = TestBot.user("Amina Boulaabi");
    final TestBot.User tor = TestBot.user("Tor Jacobsen");
    final TestBot.User other = new TestBot.User("Olle Annan", TestBot.user("x").where(), java.util.Optional.empty()).in("C2");

    @BeforeAll
    void group(@TempDir Path folder) {
        bot = new TestBot(folder);
        bot.now("2026-10-01T10:00");
        bot.ok(amina, "grupp skapa Strategisk grupp integration");
        bot.ok(amina, "medlem Amina Boulaabi, Region Halland, sekreterare");
        bot.ok(amina, "medlem Tor Jacobsen, Falkenberg");
        bot.ok(amina, "möte 2 november 13-16 Halmstad");
        bot.ok(amina, "punkt Inledning");
        bot.ok(amina, "stående punkt Övriga frågor");
        bot.ok(other, "grupp skapa Annan grupp");
        bot.ok(other, "möte 2 november 9-10 Varberg");
        bot.ok(other, "punkt Annat");
        bot.now("2026-11-02T14:00");
        bot.ok(amina, "beslut Gruppen bjuder in Arbetsförmedlingen");
        bot.ok(amina, "beslut Ett beslut som togs bort");
        bot.ok(amina, "ta bort D2");
        bot.ok(tor, "åtgärd Tor kollar upp indikatorer");
        bot.ok(tor, "anteckning punkt 2: Fbg: 3 personer.");
        bot.ok(other, "beslut Den andra gruppens beslut");
        bot.ok(other, "beslut Den andra gruppens andra beslut");
        bot.ok(other, "beslut Den andra gruppens tredje beslut");
    }

    @AfterAll
    void close() {
        bot.close();
    }

    static Stream<Arguments> badEdits() {
        return Stream.of(
                bad("ändra D99: Något", "Det finns inget beslut D99."),
                bad("ändra D3: Något", "Det finns inget beslut D3."),
                bad("ändra D1", "Skriv den nya texten efter ett kolon"),
                bad("ändra D1:", "Den nya texten saknas"),
                bad("ändra D1 Något annat", "Skriv den nya texten efter ett kolon"),
                bad("ändra åtgärd 1 Tor fixar", "Skriv den nya texten efter ett kolon"),
                bad("ta bort D1 nu", "Ta bort behöver bara vilken post det gäller, ingen text: \"D1 nu\""),
                bad("ändra D1: ...", "Den nya texten saknas"),
                bad("ändra D1: ta bort 7", "\"ta bort 7\" ser ut som ett kommando, inte som text"),
                bad("ändra D1: Gruppen bjuder in Arbetsförmedlingen", "D1 har redan den texten"),
                bad("ändra D1: " + "a".repeat(600), "Texten är för lång: högst 500 tecken (den har 600)"),
                bad("ändra D2: Något", "D2 togs bort"),
                bad("ändra blabla: Något", "\"blabla: Något\" säger inte vilken post som menas"),
                bad("ändra", "säger inte vilken post som menas"),
                bad("ändra åtgärd 9: Tor fixar", "Det finns ingen åtgärd #9."),
                bad("ändra åtgärd 1: Kalle fixar kaffe", "Jag hittar ingen \"Kalle\""),
                bad("ändra åtgärd 1: Tor", "Skriv vad som ska göras"),
                bad("ändra åtgärd 1: Tor fixar senast 2020-01-01", "har redan passerat"),
                bad("ändra anteckning 9: Något", "Det finns ingen anteckning 9."),
                bad("ändra punkt 9: Något", "Det finns ingen punkt 9; dagordningen för måndag 2 november 2026"),
                bad("ändra stående punkt 5: Något", "Det finns ingen stående punkt 5; gruppen har 1."),
                bad("ändra rapport: Något", "Amina Boulaabi har ingen rapport i laget runt"),
                bad("ändra rapport Kalle: Något", "Jag hittar ingen \"Kalle\""),
                bad("ta bort", "säger inte vilken post som menas"),
                bad("ta bort D99", "Det finns inget beslut D99."),
                bad("ta bort D2", "D2 togs bort"),
                bad("ta bort D1: Något", "Ta bort behöver bara vilken post det gäller, ingen text"),
                bad("radera åtgärd 9", "Det finns ingen åtgärd #9."),
                bad("ta bort rapport", "har ingen rapport i laget runt"),
                bad("ta bort punkt 2", "punkten \"Inledning\" har 1 beslut, åtgärder eller anteckningar under sig"),
                bad("ångra nu", "Ångra tar alltid din senaste ändring och behöver inget mer"),
                bad("historik D99", "Det finns inget beslut D99."),
                bad("historik", "säger inte vilken post som menas"),
                bad("behörighet kanske", "\"kanske\" är ingen behörighet"),
                bad("edit D99: Something", "There is no decision D99."),
                bad("edit D1", "Write the new text after a colon"),
                bad("delete D2", "D2 was removed on"),
                bad("undo now", "Undo always takes your last change"),
                bad("permissions maybe", "\"maybe\" is no permission mode"));
    }

    /** The command words that were once stored as content: now edits and removals, refused here for a bad reference. */
    static Stream<Arguments> commandWords() {
        return Stream.of(
                bad("punkt ta bort 8", "Det finns ingen punkt 8"),
                bad("punkt ändra 3: Ny text", "Det finns ingen punkt 3"),
                bad("punkt radera 8", "Det finns ingen punkt 8"),
                bad("beslut ta bort D11", "Det finns inget beslut D11."),
                bad("beslut ändra D11: Ny text", "Det finns inget beslut D11."),
                bad("beslut ta bort 11", "Det finns inget beslut D11."),
                bad("åtgärd ta bort 4", "Det finns ingen åtgärd #4."),
                bad("åtgärd ändra 4: Tor fixar", "Det finns ingen åtgärd #4."),
                bad("anteckning ta bort 2", "Det finns ingen anteckning 2."),
                bad("anteckning ändra 2: Ny text", "Det finns ingen anteckning 2."),
                bad("laget runt ta bort", "Amina Boulaabi har ingen rapport i laget runt"),
                bad("laget runt ändra: Ny text", "Amina Boulaabi har ingen rapport i laget runt"),
                bad("stående punkt ändra 4: Ny text", "Det finns ingen stående punkt 4"),
                bad("Punkt: ta bort 8", "Det finns ingen punkt 8"),
                bad("punkt - ta bort 8", "Det finns ingen punkt 8"),
                bad("Beslut: ta bort D11", "Det finns inget beslut D11."),
                bad("Beslut - ändra D11: Ny text", "Det finns inget beslut D11."),
                bad("Åtgärd: ta bort 4", "Det finns ingen åtgärd #4."),
                bad("Laget runt: ta bort", "Amina Boulaabi har ingen rapport i laget runt"),
                bad("laget runt - ändra: Ny text", "Amina Boulaabi har ingen rapport i laget runt"),
                bad("Decision: delete D11", "There is no decision D11."),
                bad("Note: delete 2", "There is no note 2."),
                bad("stående punkt radera 1", "\"radera 1\" ser ut som ett kommando, inte som text, så inget sparades."),
                bad("punkt under 1: ta bort 2", "\"ta bort 2\" ser ut som ett kommando"),
                bad("rubrik ta bort 1", "\"ta bort 1\" ser ut som ett kommando"),
                bad("punkt ångra", "\"ångra\" ser ut som ett kommando"),
                bad("åtgärd Tor ta bort 3", "\"ta bort 3\" ser ut som ett kommando"),
                bad("agenda standing delete 1", "\"delete 1\" looks like a command, not like text"),
                bad("decision delete D11", "There is no decision D11."),
                bad("item delete 8", "There is no item 8"),
                bad("round delete", "Amina Boulaabi has no round-the-table report"));
    }

    static Arguments bad(String command, String expected) {
        return Arguments.of(command, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"badEdits", "commandWords"})
    void aBadEditIsExplainedAndChangesNothing(String command, String expected) {
        bot.now("2026-11-02T15:00");
        String text = bot.refusedUnchanged(amina, command);
        assertTrue(text.contains(expected), "reply to \"" + command + "\" was:\n" + text);
    }

    @Test
    void aBadEditShowsTheRightForm() {
        String text = bot.refused(amina, "ändra D1");
        assertTrue(text.contains("Så här skriver du: ändra <D<nr> | åtgärd <nr>"), text);
        assertTrue(text.contains("till exempel: ändra D3: Gruppen bjuder in"), text);
    }

    @Test
    void anItemToChangeWithNoMeetingAheadIsRefusedInWordsThatFitChangingIt() {
        bot.now("2026-11-10T10:00"); // the group's only meeting is over
        try {
            for (String command : new String[] {"punkt ta bort 1", "ta bort punkt 1", "ändra punkt 1: Något", "historik punkt 1"}) {
                String text = bot.refusedUnchanged(amina, command);
                assertTrue(text.startsWith("Det finns inget pågående eller kommande möte, så ingen dagordning har en punkt 1 "
                        + "att ändra eller ta bort."), command + ": " + text);
            }
            assertTrue(bot.refusedUnchanged(amina, "item delete 1").startsWith("There is no current or coming meeting, "
                    + "so no agenda has an item 1 to edit or delete."));
            for (String command : new String[] {"punkt flytta 1 före 2", "bordlägg 1", "dagordning", "dagordning skicka"}) {
                String text = bot.refusedUnchanged(amina, command);
                assertTrue(text.startsWith("Det finns inget pågående eller kommande möte, och alltså ingen dagordning."),
                        command + ": " + text);
            }
        } finally {
            bot.now("2026-11-02T15:00");
        }
    }

    @Test
    void anotherGroupsRecordIsNotReachedAndItsUndoIsItsOwn() {
        String before = bot.snapshot();
        assertTrue(bot.refused(amina, "ta bort D3").contains("Det finns inget beslut D3."));
        assertTrue(bot.refused(other, "ändra anteckning 1: Något").contains("Det finns ingen anteckning 1."));
        assertTrue(bot.refused(other, "ta bort åtgärd 1").contains("Det finns ingen åtgärd #1."));
        assertEquals(before, bot.snapshot());
    }
}
