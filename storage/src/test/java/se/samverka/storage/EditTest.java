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
import se.samverka.core.chat.Block;
import se.samverka.core.chat.Button;
import se.samverka.core.chat.Reply;

/**
 * ändra, ta bort, ångra and historik through the engine on a real SQLite file: a removed record leaves the minutes,
 * the board, the digest and search but stays in the history; undo takes back the member's own last change. Today is
 * Monday 2 November 2026, the meeting 13–16 in Halmstad; Amina is the secretary, Tor and Ibrahim are members.
 */
class EditTest {
    @TempDir
    Path folder;
    TestBot bot;
    final TestBot.User amina = TestBot.user("Amina Boulaabi");
    final TestBot.User tor = TestBot.user("Tor Jacobsen");
    final TestBot.User ibrahim = TestBot.user("Ibrahim Baalbaki");

    @BeforeEach
    void group() {
        bot = new TestBot(folder);
        bot.now("2026-10-01T10:00");
        bot.ok(amina, "grupp skapa Strategisk grupp integration");
        bot.ok(amina, "medlem Amina Boulaabi, Region Halland, sekreterare");
        bot.ok(amina, "medlem Tor Jacobsen, Falkenberg");
        bot.ok(amina, "medlem Ibrahim Baalbaki, Hylte");
        bot.ok(amina, "möte 2 november 13-16 Halmstad");
        bot.ok(amina, "möte 30 november 13-16 Laholm");
        bot.ok(amina, "punkt Inledning");
        bot.ok(tor, "punkt Kartläggning av återsökningar");
        bot.now("2026-11-02T14:00");
        bot.ok(amina, "beslut punkt 2: Gruppen bjuder in Arbetsförmedlingen");
        bot.ok(amina, "beslut punkt 2: Ta bort D11");
        bot.ok(tor, "åtgärd Tor kollar upp indikatorer till nästa möte");
        bot.ok(tor, "anteckning punkt 2: Fbg: 3 personer jobbar med detta.");
        bot.ok(tor, "laget runt Falkenberg anställer en samordnare");
    }

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    void aDecisionIsEditedAndTheEditTakenBack() {
        String edited = bot.ok(amina, "ändra D1: Gruppen bjuder in Arbetsförmedlingen och Försäkringskassan");
        assertTrue(edited.startsWith("D1 har ändrats:\nGruppen bjuder in Arbetsförmedlingen och Försäkringskassan"), edited);
        assertTrue(edited.contains("Förut: Gruppen bjuder in Arbetsförmedlingen"), edited);
        assertTrue(bot.ok(amina, "protokoll idag").contains("Arbetsförmedlingen och Försäkringskassan"));
        assertTrue(bot.ok(amina, "sök Försäkringskassan").contains("D1"));
        String undone = bot.ok(amina, "ångra");
        assertEquals("Ångrade: ändringen av D1 (\"Gruppen bjuder in Arbetsförmedlingen\" igen i stället för "
                + "\"Gruppen bjuder in Arbetsförmedlingen och Försäkringskassan\").", undone);
        assertFalse(bot.ok(amina, "protokoll idag").contains("Försäkringskassan"));
    }

    @Test
    void aRemovedDecisionLeavesMinutesAndSearchButStaysInHistory() {
        String removed = bot.ok(amina, "beslut ta bort D2");
        assertTrue(removed.startsWith("D2 har tagits bort: Ta bort D11"), removed);
        String minutes = bot.ok(amina, "protokoll idag");
        assertFalse(minutes.contains("Ta bort D11"), minutes);
        assertTrue(minutes.contains("Gruppen bjuder in Arbetsförmedlingen"), minutes);
        assertFalse(bot.ok(amina, "sök D11").contains("Ta bort D11"));
        assertFalse(bot.ok(amina, "sammanfattning").contains("Ta bort D11"), "nor in the digest");
        assertTrue(bot.ok(amina, "sammanfattning").contains("Gruppen bjuder in Arbetsförmedlingen"));
        String history = bot.ok(tor, "historik D2");
        assertTrue(history.contains("Historik för D2\nBorttagen: Ta bort D11"), history);
        assertTrue(history.contains("Amina Boulaabi: lade till \"Ta bort D11\""), history);
        assertTrue(history.contains("Amina Boulaabi: tog bort den"), history);
        assertEquals(1, bot.db.inTransaction(() -> new Sql(bot.db).one(
                "SELECT COUNT(*) FROM decision WHERE number = 2 AND removed_at IS NOT NULL", rs -> rs.getLong(1)).orElseThrow()));
        assertTrue(bot.ok(amina, "ångra").startsWith("Ångrade: borttagningen av D2"));
        assertTrue(bot.ok(amina, "protokoll idag").contains("Ta bort D11"));
        assertTrue(bot.ok(amina, "sök D11").contains("Ta bort D11"), "back in search");
    }

    @Test
    void anActionItemsOwnersAndDueDateAreReadAgainAndRestoredByUndo() {
        String edited = bot.ok(tor, "ändra åtgärd 1: Ibrahim och Tor kollar upp indikatorer senast 20 november");
        assertTrue(edited.contains("#1 kollar upp indikatorer — Ibrahim Baalbaki, Tor Jacobsen — senast 20 nov"), edited);
        assertTrue(bot.ok(ibrahim, "åtgärder mina").contains("#1 kollar upp indikatorer"));
        bot.ok(tor, "ångra");
        String board = bot.ok(amina, "åtgärder alla");
        assertTrue(board.contains("#1 kollar upp indikatorer — Tor Jacobsen — senast 30 nov"), board);
        assertFalse(bot.ok(ibrahim, "åtgärder mina").contains("#1"));
    }

    @Test
    void anEditOfOnlyTheOwnersAndDueDateSaysWhatChangedInUndoAndHistory() {
        bot.ok(tor, "ändra åtgärd 1: Ibrahim och Tor kollar upp indikatorer senast 20 november");
        String history = bot.ok(amina, "historik åtgärd 1");
        assertTrue(history.contains("Nu: kollar upp indikatorer — Ibrahim Baalbaki, Tor Jacobsen — senast 20 november"), history);
        assertTrue(history.contains("Tor Jacobsen: ändrade \"kollar upp indikatorer — Tor Jacobsen — senast 30 november\" till "
                + "\"kollar upp indikatorer — Ibrahim Baalbaki, Tor Jacobsen — senast 20 november\""), history);
        assertEquals("Ångrade: ändringen av åtgärd #1 (\"kollar upp indikatorer — Tor Jacobsen — senast 30 november\" igen i stället för "
                + "\"kollar upp indikatorer — Ibrahim Baalbaki, Tor Jacobsen — senast 20 november\").", bot.ok(tor, "ångra"));
        assertTrue(bot.ok(amina, "historik åtgärd 1").contains("Tor Jacobsen: ändrade den; förut: "
                + "\"kollar upp indikatorer — Tor Jacobsen — senast 30 november\" (ångrat)"));
    }

    @Test
    void theRepliesReadRightWhateverTheGenderOfTheRecord() {
        assertTrue(bot.ok(tor, "ändra åtgärd 1: Tor kollar upp fler indikatorer till nästa möte")
                .startsWith("åtgärd #1 har ändrats:"), "not \"åtgärd #1 är ändrat\"");
        bot.ok(amina, "punkt Tredje punkten");
        assertTrue(bot.ok(amina, "ta bort punkt 3").startsWith("punkten \"Tredje punkten\" har tagits bort"),
                "not \"punkten … är borttaget\"");
    }

    @Test
    void undoDoesNotThrowAwaySomeoneElsesLaterChange() {
        bot.ok(tor, "anteckning punkt 2: Tors anteckning");
        bot.ok(amina, "ändra anteckning 2: Aminas rättning av Tors anteckning");
        assertEquals("Ångrade: tillägget av anteckning 2 (\"Tors anteckning\"). Någon annan hade redan ändrat posten, så den fick"
                + " stå som den är.", bot.ok(tor, "ångra"));
        assertTrue(bot.ok(amina, "protokoll idag").contains("Aminas rättning av Tors anteckning"), "the secretary's correction stays");

        bot.ok(amina, "ändra anteckning 1: Fbg: tre personer jobbar med detta.");
        bot.ok(tor, "ändra anteckning 1: Fbg: tre personer jobbar med detta, på heltid.");
        assertTrue(bot.ok(amina, "ångra").contains("Någon annan hade redan ändrat posten"));
        assertTrue(bot.ok(amina, "protokoll idag").contains("Fbg: tre personer jobbar med detta, på heltid."), "Tor's edit stays");
        assertTrue(bot.ok(tor, "ångra").startsWith("Ångrade: ändringen av anteckning 1"), "Tor's own undo still works");
        assertTrue(bot.ok(amina, "protokoll idag").contains("Fbg: tre personer jobbar med detta.\n"));
    }

    @Test
    void aPointWhoseSubItemHasNotesIsNotRemovedWithThem() {
        bot.ok(amina, "punkt under 1: Presentation av Laholm");
        bot.ok(tor, "anteckning punkt 1.1: Laholm bifogar ppt");
        String refused = bot.refusedUnchanged(amina, "ta bort punkt 1");
        assertTrue(refused.startsWith("punkten \"Inledning\" har 1 beslut, åtgärder eller anteckningar under sig"), refused);
        assertTrue(bot.ok(amina, "protokoll idag").contains("Laholm bifogar ppt"));
    }

    @Test
    void aSubItemIsEditedAndRemovedByItsNumber() {
        bot.ok(amina, "punkt under 2: Statstik");
        bot.ok(amina, "punkt under 2: Analys");
        assertTrue(bot.ok(amina, "ändra punkt 2.1: Statistik").startsWith("punkten \"Statstik\" har ändrats:"));
        assertTrue(bot.ok(amina, "protokoll idag").contains("### 2.1 Statistik"));
        assertTrue(bot.ok(amina, "item delete 2.2").startsWith("the item \"Analys\" is removed"));
        assertFalse(bot.ok(amina, "protokoll idag").contains("Analys"), bot.ok(amina, "protokoll idag"));
        assertTrue(bot.refusedUnchanged(amina, "ta bort punkt 2.7").startsWith("Det finns ingen punkt 2.7"));
        bot.ok(amina, "punkt under 2: Felskriven");
        assertTrue(bot.ok(amina, "ångra").startsWith("Ångrade: tillägget av punkten \"Felskriven\""));
        assertFalse(bot.ok(amina, "dagordning").contains("Felskriven"), "an undone sub-item leaves the agenda");
    }

    @Test
    void aRemovedActionItemLeavesTheBoardAndTheDigest() {
        bot.ok(tor, "åtgärd ta bort 1");
        assertFalse(bot.ok(amina, "åtgärder alla").contains("indikatorer"));
        assertFalse(bot.ok(tor, "åtgärder mina").contains("indikatorer"));
        assertFalse(bot.ok(amina, "sammanfattning").contains("indikatorer"));
        assertFalse(bot.ok(amina, "protokoll idag").contains("indikatorer"));
        assertTrue(bot.ok(amina, "historik åtgärd 1").contains("Tor Jacobsen: tog bort den"));
    }

    @Test
    void undoIsRepeatableAndTakesBackAnAdd() {
        bot.ok(tor, "ändra anteckning 1: Fbg: 4 personer jobbar med detta.");
        bot.ok(tor, "ångra");
        assertTrue(bot.ok(tor, "anteckning 1").contains("Fbg: 3 personer"));
        String second = bot.ok(tor, "ångra");
        assertTrue(second.startsWith("Ångrade: tillägget av Tor Jacobsens rapport i laget runt"), second);
        String third = bot.ok(tor, "ångra");
        assertTrue(third.startsWith("Ångrade: tillägget av anteckning 1 (\"Fbg: 3 personer"), third);
        assertFalse(bot.ok(amina, "protokoll idag").contains("Fbg: 3 personer"));
        assertTrue(bot.ok(tor, "ångra").startsWith("Ångrade: tillägget av åtgärd #1"));
        String before = bot.snapshot();
        String old = bot.refused(tor, "ångra");
        assertTrue(old.startsWith("Din senaste ändring, tillägget av punkten \"Kartläggning av återsökningar\", gjordes"), old);
        assertTrue(old.contains("gjordes 1 oktober kl. 10.00, för mer än ett dygn sedan, och kan inte ångras."), old);
        assertEquals(before, bot.snapshot());
        assertTrue(bot.refused(ibrahim, "ångra").contains("Du har ingen ändring i gruppen att ångra."));
    }

    @Test
    void anAgendaItemAndAStandingItemAreEditedAndRemovedByTheirNumber() {
        bot.ok(amina, "stående punkt Övriga frågor");
        bot.ok(amina, "punkt ändra 1: Inledning och presentation");
        String agenda = bot.ok(tor, "dagordning");
        assertTrue(agenda.contains("Inledning och presentation"), agenda);
        bot.ok(amina, "ändra stående punkt 1: Övriga frågor och nästa möte");
        assertTrue(bot.ok(tor, "dagordning 30 november").contains("Övriga frågor och nästa möte"));
        bot.ok(amina, "ta bort stående punkt 1");
        assertFalse(bot.ok(tor, "dagordning 30 november").contains("Övriga frågor"));
        bot.ok(amina, "punkt ta bort 1");
        assertFalse(bot.ok(tor, "dagordning").contains("Inledning"));
    }

    @Test
    void aLagetRuntReportIsEditedAndRemovedByItsAuthorOrTheSecretary() {
        bot.ok(tor, "laget runt ändra: Falkenberg anställer två samordnare");
        assertTrue(bot.ok(amina, "laget runt").contains("Falkenberg anställer två samordnare"));
        String removed = bot.ok(amina, "ta bort rapport Tor");
        String round = bot.ok(amina, "laget runt");
        assertFalse(round.contains("Falkenberg anställer"), removed + "\n" + round);
        assertTrue(bot.ok(amina, "ångra").startsWith("Ångrade: borttagningen av Tor Jacobsens rapport"));
    }

    @Test
    void aMemberChangesOnlyTheirOwnRecordsUntilThePermissionsAreOpen() {
        String before = bot.snapshot();
        String refused = bot.refused(ibrahim, "ändra D1: Något annat");
        assertTrue(refused.contains("D1 lades till av Amina Boulaabi. Du kan ändra och ta bort det du själv lagt till;"
                + " allt annat ändrar ordförande eller sekreterare (Amina Boulaabi)"), refused);
        assertTrue(bot.refused(ibrahim, "ta bort anteckning 1").contains("anteckning 1 lades till av Tor Jacobsen"));
        assertTrue(bot.refused(tor, "behörighet öppen").contains("Bara ordföranden"));
        assertEquals(before, bot.snapshot());
        bot.ok(amina, "behörighet öppen");
        bot.ok(ibrahim, "ändra D1: Något annat");
        bot.ok(amina, "behörighet standard");
        assertTrue(bot.refused(ibrahim, "ta bort D1").contains("lades till av"));
    }

    @Test
    void decisionsAreRecordedByTheChairTheSecretaryAndTheNoteTakerOrAnyoneWhenOpen() {
        String before = bot.snapshot();
        String refused = bot.refused(tor, "beslut Vi bjuder in Försäkringskassan");
        assertTrue(refused.contains("Beslut skrivs in av ordförande eller sekreterare (Amina Boulaabi) eller den som sitter"
                + " vid tangenterna."), refused);
        assertTrue(bot.refused(tor, "decision We invite them").contains("Decisions are recorded by the chair or the secretary"));
        assertEquals(before, bot.snapshot());
        bot.ok(amina, "vid tangenterna Ibrahim");
        String named = bot.refused(tor, "beslut Vi bjuder in Försäkringskassan");
        assertTrue(named.contains("ordförande eller sekreterare (Amina Boulaabi) eller den som sitter vid tangenterna"
                + " (Ibrahim Baalbaki)."), "the note-taker named once, where the note-taker is meant: " + named);
        String notYours = bot.refused(tor, "ändra D1: Något annat");
        assertTrue(notYours.endsWith("ändrar ordförande eller sekreterare (Amina Boulaabi) eller den som sitter vid tangenterna"
                + " (Ibrahim Baalbaki)."), notYours);
        bot.ok(ibrahim, "beslut Vi bjuder in Försäkringskassan");
        bot.ok(amina, "behörighet öppen");
        assertTrue(bot.ok(tor, "behörighet").startsWith("Behörighet: öppen."));
        bot.ok(tor, "beslut Tor får också skriva beslut");
        bot.ok(amina, "permissions standard");
        assertTrue(bot.ok(tor, "behörighet").startsWith("Behörighet: standard."));
        bot.refused(tor, "beslut Nu inte längre");
    }

    @Test
    void anotherMembersItemIsMarkedDoneByTheNoteTakerOrAnyoneWhenOpen() {
        String before = bot.snapshot();
        assertTrue(bot.refused(ibrahim, "klar 1").contains("Bara den som är ansvarig för #1 (Tor Jacobsen)"));
        assertEquals(before, bot.snapshot());
        bot.ok(amina, "vid tangenterna Ibrahim");
        bot.ok(ibrahim, "klar 1");
        bot.ok(tor, "åtgärd Tor ringer Rådet");
        bot.ok(amina, "vid tangenterna Amina");
        bot.refused(ibrahim, "klar 2");
        bot.ok(amina, "behörighet öppen");
        bot.ok(ibrahim, "klar 2");
    }

    @Test
    void theNoteTakerChangesAnyonesRecordsOfTheMeeting() {
        bot.ok(amina, "vid tangenterna Ibrahim");
        bot.ok(ibrahim, "ändra anteckning 1: Fbg: tre personer jobbar med detta.");
        assertTrue(bot.ok(ibrahim, "historik anteckning 1").contains("Ibrahim Baalbaki: ändrade"));
    }

    @Test
    void aChangeOlderThanADayIsNotUndone() {
        bot.ok(tor, "ändra anteckning 1: Fbg: fyra personer.");
        bot.now("2026-11-03T15:00");
        String before = bot.snapshot();
        String refused = bot.refused(tor, "ångra");
        assertTrue(refused.startsWith("Din senaste ändring, ändringen av anteckning 1 från \"Fbg: 3 personer jobbar med detta.\" till"
                + " \"Fbg: fyra personer.\", gjordes 2 november kl. 14.00, för mer än ett dygn sedan"), "the change as made: " + refused);
        assertEquals(before, bot.snapshot());
        bot.now("2026-11-03T15:10");
        bot.ok(tor, "ta bort anteckning 1");
        bot.now("2026-11-04T16:00");
        assertTrue(bot.refused(tor, "undo").startsWith("Your last change, the removal of note 1 (\"Fbg: fyra personer.\"), was made"),
                "not \"… is back\"");
    }

    @Test
    void aRecordOfACancelledMeetingIsNotChanged() {
        bot.ok(amina, "ställ in 2 november");
        String before = bot.snapshot();
        String refused = bot.refused(amina, "ändra D1: Något annat");
        assertTrue(refused.contains("D1 hör till måndag 2 november 2026"), refused);
        assertTrue(refused.contains("som är inställt, så inget ändrades."), refused);
        assertTrue(bot.refused(tor, "ta bort anteckning 1").contains("som är inställt"));
        assertEquals(before, bot.snapshot());
    }

    @Test
    void eachDecisionAndActionItemInAReplyHasEditAndDeleteButtonsThatRunAsShown() {
        Reply decision = bot.say(amina, "beslut Gruppen träffas varannan månad");
        assertEquals(List.of("ändra D3: Gruppen träffas varannan månad", "ta bort D3"), commands(decision));
        Reply action = bot.say(amina, "åtgärd Ibrahim och Tor bokar lokal senast 20 november");
        assertEquals(List.of("ändra åtgärd 2: Ibrahim Baalbaki och Tor Jacobsen bokar lokal senast 2026-11-20",
                "ta bort åtgärd 2"), commands(action));
        assertTrue(bot.refused(amina, commands(action).get(0)).contains("har redan den texten"), "the offered text reads back the same");
        bot.ok(amina, commands(action).get(0).replace("bokar lokal", "bokar en större lokal"));
        String board = bot.ok(amina, "åtgärder alla");
        assertTrue(board.contains("#2 bokar en större lokal — Ibrahim Baalbaki, Tor Jacobsen — senast 20 nov"), board);
        assertEquals(List.of("klar 2", "ändra åtgärd 2: Ibrahim Baalbaki och Tor Jacobsen bokar en större lokal senast 2026-11-20",
                "ta bort åtgärd 2", "klar 1", "ändra åtgärd 1: Tor Jacobsen kollar upp indikatorer senast 2026-11-30",
                "ta bort åtgärd 1"), commands(bot.say(amina, "åtgärder alla")), "earliest due first");
        bot.ok(amina, commands(decision).get(1));
        assertFalse(bot.ok(amina, "protokoll idag").contains("varannan månad"));
        Reply english = bot.say(amina, "decision We meet monthly");
        assertEquals(List.of("edit D4: We meet monthly", "delete D4"), commands(english));
    }

    private static List<String> commands(Reply reply) {
        return reply.blocks().stream().filter(b -> b instanceof Block.Entry).map(b -> (Block.Entry) b)
                .flatMap(e -> e.buttons().stream()).map(Button::command).toList();
    }

    @Test
    void theEnglishSpellingsWork() {
        assertTrue(bot.ok(amina, "edit D1: The group invites the employment service").startsWith("D1 is changed:"));
        assertTrue(bot.ok(amina, "delete D1").startsWith("D1 is removed: The group invites"));
        assertTrue(bot.ok(amina, "undo").startsWith("Undone: the removal of D1"));
        assertTrue(bot.ok(amina, "history D1").startsWith("History of D1"));
        assertTrue(bot.ok(amina, "remove note 1").startsWith("note 1 is removed"));
    }
}
