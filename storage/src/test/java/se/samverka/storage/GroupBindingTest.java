package se.samverka.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverka.core.chat.ConversationRef;
import se.samverka.core.chat.Reply;

/**
 * Who may bind a channel to a group: its chair or secretary, or whoever has a one-time code from one of them
 * (grupp kod) — in the same workspace or in another one, on another platform. Nobody else, and a code only once,
 * only before it expires.
 */
class GroupBindingTest {
    static final String GROUP = "Strategisk grupp integration";
    static final Pattern CODE = Pattern.compile("[A-Z2-9]{4}-[A-Z2-9]{4}");

    @TempDir
    Path folder;
    TestBot bot;
    final TestBot.User boel = TestBot.user("Boel Abelson-Crossley");
    final TestBot.User amina = TestBot.user("Amina Boulaabi");
    final TestBot.User tor = TestBot.user("Tor Jacobsen");
    final TestBot.User eve = TestBot.user("Eve Outsider");
    /** A channel in Teams, another platform and workspace than the group's Slack-like "test" workspace. */
    final TestBot.User inTeams = new TestBot.User("Tor Jacobsen", new ConversationRef("teams", "tenant-2", "19:kanal@thread.tacv2"),
            Optional.empty());

    @BeforeEach
    void group() {
        bot = new TestBot(folder);
        bot.ok(boel, "grupp skapa " + GROUP);
        bot.ok(boel, "medlem Amina Boulaabi, Region Halland, amina@example.se, sekreterare");
        bot.ok(boel, "medlem Tor Jacobsen, Falkenberg, tor@example.se");
        bot.ok(boel, "beslut Hemligt beslut om budgeten.");
    }

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    void anOutsiderOrAPlainMemberCannotBindAChannelByNameAndNothingChanges() {
        String before = bot.snapshot();
        String refused = bot.refused(eve.in("C666"), "grupp koppla " + GROUP);
        assertTrue(refused.contains("Bara gruppens ordförande eller sekreterare kan koppla en kanal"), refused);
        assertTrue(refused.contains("grupp koppla " + GROUP + " <kod>"), refused);
        assertTrue(bot.refused(tor.in("C667"), "group bind " + GROUP).contains("Only the group's chair or secretary"));
        assertEquals(before, bot.snapshot(), "a refused binding writes nothing");
        assertTrue(bot.refused(eve.in("C666"), "sök budgeten").contains("inte kopplad till någon grupp"),
                "the outsider's channel is still no window into the group");
    }

    @Test
    void theChairAndTheSecretaryBindByName() {
        assertTrue(bot.ok(amina.in("C2"), "grupp koppla " + GROUP).contains("kopplad till gruppen"));
        assertTrue(bot.ok(boel.in("C3"), "grupp koppla " + GROUP).contains("kopplad till gruppen"));
        assertTrue(bot.ok(tor.in("C2"), "sök budgeten").contains("Hemligt beslut"));
    }

    @Test
    void aOneTimeCodeFromTheChairBindsAChannelInAnotherWorkspaceOnce() {
        assertTrue(bot.refused(tor, "grupp kod").contains("bara ordföranden eller sekreteraren"), "members give no codes");
        String code = code(bot.say(boel, "grupp kod"));

        assertTrue(bot.refused(inTeams, "grupp koppla Fel grupp " + code).contains("Koden gäller inte"),
                "a code binds only to its own group");
        String bound = bot.ok(inTeams, "grupp koppla " + GROUP.toLowerCase() + " " + code.toLowerCase());
        assertTrue(bound.contains("Kanalen är nu kopplad till gruppen \"" + GROUP + "\""), bound);
        assertTrue(bot.ok(inTeams, "sök budgeten").contains("Hemligt beslut"), "the Teams channel works on the group");
        assertTrue(bot.ok(boel, "grupp").contains("Tor Jacobsen"), "and the group's own channel still does");

        TestBot.User elsewhere = new TestBot.User("Eve Outsider", new ConversationRef("teams", "tenant-2", "19:annan"), Optional.empty());
        String before = bot.snapshot();
        assertTrue(bot.refused(elsewhere, "grupp koppla " + GROUP + " " + code).contains("redan använd"), "once only");
        assertEquals(before, bot.snapshot());
        assertEquals(1, bot.count("binding_code WHERE used_at IS NOT NULL"));
    }

    @Test
    void aCodeExpiresAfterADay() {
        String code = code(bot.say(amina, "grupp kod"));
        bot.now(TestBot.at("2026-11-03T10:01"));
        String before = bot.snapshot();
        assertTrue(bot.refused(eve.in("C5"), "grupp koppla " + GROUP + " " + code).contains("för gammal"));
        assertEquals(before, bot.snapshot());
        String fresh = code(bot.say(amina, "grupp kod"));
        assertTrue(bot.ok(eve.in("C5"), "grupp koppla " + GROUP + " " + fresh).contains("kopplad till gruppen"));
    }

    @Test
    void aCodeIsForTheGiverOnlyAndStoredOnlyAsAHash() {
        Reply reply = bot.say(boel, "grupp kod");
        assertFalse(reply.shared(), "not shown to the channel");
        String code = code(reply);
        assertTrue(TestBot.text(reply).contains("gäller till tisdag 3 november 2026"), TestBot.text(reply));
        assertFalse(bot.snapshot().contains(code.replace("-", "")), "the table alone binds nothing");
        String boundElsewhere = bot.refused(boel, "grupp koppla Annan grupp " + code);
        assertTrue(boundElsewhere.contains("redan kopplad"), boundElsewhere);
        assertEquals(0, bot.count("binding_code WHERE used_at IS NOT NULL"), "a refused binding leaves the code unused");
    }

    private static String code(Reply reply) {
        Matcher m = CODE.matcher(TestBot.text(reply));
        assertTrue(m.find(), TestBot.text(reply));
        return m.group();
    }
}
