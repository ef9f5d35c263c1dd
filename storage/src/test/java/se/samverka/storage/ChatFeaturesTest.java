package se.samverka.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverka.core.chat.Block;
import se.samverka.core.chat.Button;
import se.samverka.core.chat.ChatUser;
import se.samverka.core.chat.ConversationRef;
import se.samverka.core.chat.IncomingCommand;
import se.samverka.core.chat.Reply;

/** What chat platforms add to the engine: repeated deliveries, mentions, buttons, shared replies and the home page. */
class ChatFeaturesTest {
    static final ConversationRef CHANNEL = new ConversationRef("test", "T1", "C1");

    @TempDir
    Path folder;
    TestBot bot;
    final TestBot.User boel = TestBot.user("Boel Abelson-Crossley");

    @BeforeEach
    void group() {
        bot = new TestBot(folder);
        bot.ok(boel, "grupp skapa Strategisk grupp integration");
        bot.ok(boel, "medlem Amina Boulaabi, Region Halland, amina@example.se, sekreterare");
        bot.ok(boel, "medlem Tor Jacobsen, Falkenberg, tor@example.se");
        bot.ok(boel, "möte 24 november 9-12 Halmstad");
    }

    @AfterEach
    void close() {
        bot.close();
    }

    private Reply deliver(String text, String deliveryId) {
        ChatUser user = new ChatUser("u-boel-abelson-crossley", "Boel Abelson-Crossley", Optional.empty(), true);
        return bot.assistant.handle(new IncomingCommand(CHANNEL, user, text, List.of(), Optional.of(deliveryId)));
    }

    @Test
    void aRepeatedDeliveryIsCarriedOutOnce() {
        Reply first = deliver("beslut Vi bjuder in Migrationsverket.", "Ev1");
        String after = bot.snapshot();
        Reply second = deliver("beslut Vi bjuder in Migrationsverket.", "Ev1");
        assertEquals(Reply.Outcome.DONE, first.outcome());
        assertEquals(Reply.Outcome.REPEAT, second.outcome());
        assertTrue(second.blocks().isEmpty());
        assertEquals(after, bot.snapshot(), "nothing written for the repeat");
        assertEquals(Reply.Outcome.DONE, deliver("beslut Vi bjuder in Migrationsverket.", "Ev2").outcome(),
                "the same words in a new delivery are a new decision");
        assertTrue(bot.ok(boel, "sök Migrationsverket").contains("D2"));
    }

    @Test
    void aRefusedDeliveryLeavesNoMarkSoItsRetryIsAnsweredAgain() {
        assertTrue(deliver("åtgärd Kalle gör något", "Ev9").rejected());
        Reply again = deliver("åtgärd Kalle gör något", "Ev9");
        assertTrue(again.rejected(), "refused again, with the same explanation");
        assertTrue(TestBot.text(again).contains("Kalle"));
    }

    @Test
    void mentionsBecomeRosterMembersFoundByLinkOrEmail() {
        ChatUser boelUser = new ChatUser("u-boel-abelson-crossley", "Boel", Optional.empty(), true);
        ChatUser tor = new ChatUser("UTOR", "tor.j", Optional.of("TOR@example.se"), false);
        Reply reply = bot.assistant.handle(new IncomingCommand(CHANNEL, boelUser,
                "åtgärd <@UTOR|tor.j> bokar lokal senast 20 november", List.of(tor), Optional.empty()));
        assertFalse(reply.rejected(), TestBot.text(reply));
        assertTrue(TestBot.text(reply).startsWith("Åtgärd #1: bokar lokal — ansvarig: Tor Jacobsen"), TestBot.text(reply));
        assertEquals(Optional.of("Tor Jacobsen"), bot.db.inTransaction(() -> bot.store.members().byIdentity(
                bot.store.groups().boundTo(bot.store.groups().workspace("test", "T1"), "C1").orElseThrow().scope(),
                "test", "UTOR").map(m -> m.name())), "linked by e-mail on first mention");
        Reply later = bot.assistant.handle(new IncomingCommand(CHANNEL, boelUser, "åtgärder <@UTOR>",
                List.of(), Optional.empty()));
        assertTrue(TestBot.text(later).contains("Öppna åtgärder för Tor Jacobsen"), TestBot.text(later));

        ChatUser outsider = new ChatUser("UOUT", "Okänd Person", Optional.of("okand@example.se"), false);
        Reply unknown = bot.assistant.handle(new IncomingCommand(CHANNEL, boelUser, "åtgärd <@UOUT> ringer runt",
                List.of(outsider), Optional.empty()));
        assertTrue(unknown.rejected());
        assertTrue(TestBot.text(unknown).contains("Okänd"), TestBot.text(unknown));
    }

    @Test
    void listsCarryButtonsThatRunTheRightCommand() {
        bot.ok(boel, "åtgärd Tor bokar lokal");
        Reply actions = bot.say(boel, "åtgärder alla");
        Block.Entry entry = entries(actions).get(0);
        assertEquals(List.of(new Button("Klar", "klar 1", Button.Kind.RUN),
                new Button("Ändra", "ändra åtgärd 1: Tor Jacobsen bokar lokal", Button.Kind.EDIT),
                new Button("Ta bort", "ta bort åtgärd 1", Button.Kind.RUN)), entry.buttons());
        Reply english = bot.say(boel, "meetings");
        assertEquals("absent 2026-11-24", entries(english).get(0).buttons().get(0).command());
        assertEquals("Can't come", entries(english).get(0).buttons().get(0).label());
        bot.ok(boel, entries(actions).get(0).buttons().get(0).command());
        assertTrue(bot.ok(boel, "åtgärder alla").contains("Inga åtgärder."));

        Reply decision = bot.say(boel, "beslut Tor och Amina tar fram ett förslag på program.");
        List<Block.Entry> entries = entries(decision);
        assertEquals(2, entries.size(), "the decision with Ändra and Ta bort, then the proposal");
        assertEquals(List.of(Button.Kind.EDIT, Button.Kind.RUN), entries.get(0).buttons().stream().map(Button::kind).toList());
        List<Block.Entry> proposals = entries.subList(1, 2);
        assertEquals(List.of(Button.Kind.CONFIRM, Button.Kind.EDIT),
                proposals.get(0).buttons().stream().map(Button::kind).toList());
        String confirm = proposals.get(0).buttons().get(0).command();
        assertTrue(bot.ok(boel, confirm).contains("Tor Jacobsen, Amina Boulaabi"), confirm);
    }

    @Test
    void changesAreSharedWithTheChannelAndLookupsAreNot() {
        assertTrue(bot.say(boel, "punkt Budget 2027").shared());
        assertTrue(bot.say(boel, "beslut Budgeten antas.").shared());
        assertFalse(bot.say(boel, "dagordning").shared());
        assertFalse(bot.say(boel, "åtgärder").shared());
        assertFalse(bot.say(boel, "hjälp").shared());
        assertFalse(bot.say(boel, "åtgärd Nisse gör något").shared(), "a refusal is for the asker only");
    }

    @Test
    void theHomePageShowsMyItemsMeetingsAndGroupsWithChannelButtons() {
        bot.ok(boel, "åtgärd Amina skriver minnesanteckningar senast 30 november");
        bot.ok(boel, "åtgärd Tor bokar lokal");
        ChatUser amina = new ChatUser("UAMINA", "amina", Optional.of("amina@example.se"), false);
        Reply home = bot.assistant.home("test", "T1", amina);
        String text = TestBot.text(home);
        assertTrue(text.contains("Strategisk grupp integration: #1 skriver minnesanteckningar"), text);
        assertFalse(text.contains("bokar lokal"), "only my items: " + text);
        assertTrue(text.contains("Strategisk grupp integration — sekreterare"), text);
        List<Block.Entry> entries = entries(home);
        assertEquals(new Button("Klar", "klar 1", Button.Kind.RUN, Optional.of("C1")), entries.get(0).buttons().get(0));
        assertEquals(Optional.of("C1"), entries.get(1).buttons().get(0).channelId(), "the meeting's Förhinder button");

        Reply stranger = bot.assistant.home("test", "T1", new ChatUser("UX", "x", Optional.empty(), false));
        assertTrue(TestBot.text(stranger).contains("Du finns inte med i någon grupp"), TestBot.text(stranger));
        assertFalse(TestBot.text(stranger).contains("Strategisk grupp integration"), "no other group's name: " + TestBot.text(stranger));
    }

    private static List<Block.Entry> entries(Reply reply) {
        return reply.blocks().stream().filter(Block.Entry.class::isInstance).map(Block.Entry.class::cast).toList();
    }
}
