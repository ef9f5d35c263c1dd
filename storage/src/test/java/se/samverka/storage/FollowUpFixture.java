package se.samverka.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverka.core.chat.ConversationRef;
import se.samverka.core.chat.Reply;
import se.samverka.core.chat.Block;
import se.samverka.core.port.ChatGateway;
import se.samverka.core.port.Outbox;
import se.samverka.core.port.DeliveryException;
import se.samverka.core.followup.FollowUp;
import se.samverka.core.followup.OutboxSender;
import se.samverka.core.engine.Settings;

/**
 * What the follow-up tests share: a group (Amina, one action item) on a test database, the planner, and an outbox
 * sender with a platform that records what is posted and can be told to fail; helpers for what was queued.
 */
abstract class FollowUpFixture {
    @TempDir
    Path folder;
    TestBot bot;
    FollowUp followUp;
    OutboxSender sender;
    final List<String> posted = new ArrayList<>();
    int failures;
    final TestBot.User amina = TestBot.user("Amina Boulaabi");

    @BeforeEach
    void group() {
        bot = new TestBot(folder);
        bot.now("2026-10-15T10:00");
        bot.ok(amina, "grupp skapa Strategisk grupp integration");
        bot.ok(amina, "åtgärd Amina skickar ut kallelsen");
        followUp = new FollowUp(bot.store, bot.clock(), Settings.defaults());
        ChatGateway fake = new ChatGateway() {
            @Override
            public String post(ConversationRef channel, Reply message) {
                if (failures > 0) {
                    failures--;
                    throw new DeliveryException("ratelimited", java.util.Optional.empty(), null);
                }
                posted.add(channel.channelId() + ": " + TestBot.text(message).lines().findFirst().orElse(""));
                return "m" + posted.size();
            }

            @Override
            public String direct(String workspaceId, String userId, Reply message) {
                return post(new ConversationRef("test", workspaceId, "user:" + userId), message);
            }

            @Override
            public String upload(ConversationRef channel, String fileName, String title, byte[] content) {
                return "f";
            }
        };
        sender = new OutboxSender(bot.store, Map.of("test", fake), bot.clock());
    }

    @AfterEach
    void close() {
        bot.close();
    }


    /** Tor on the roster (not linked); the digest, laget runt and carry-over off, so only the reminders are queued. */
    void withTorAndOnlyTheDateReminders() {
        bot.ok(amina, "veckosammanfattning av");
        bot.ok(amina, "påminnelser laget runt av");
        bot.ok(amina, "påminnelser uppföljning av");
        bot.ok(amina, "medlem Tor Jacobsen, Falkenberg");
    }


    final TestBot.User sara = TestBot.user("Sara Ek");

    /** A group of three: Amina and Sara linked on the platform, Tor only on the roster; a meeting on 30 October 13–16. */
    void roundGroup() {
        bot.ok(amina, "veckosammanfattning av");
        bot.ok(amina, "medlem Sara Ek, Hylte");
        bot.ok(amina, "medlem Tor Jacobsen, Falkenberg");
        bot.ok(amina, "möte 30 oktober 13-16 Halmstad");
        bot.ok(sara, "dagordning"); // Sara is linked by her first command
    }


    long rounds() {
        return queued().stream().filter(q -> q.startsWith("round")).count();
    }

    /** The text of the (first) queued message of the kind. */
    String body(String kind) {
        return bot.store.transactions().inTransaction(() -> bot.store.outbox().due(bot.clock().instant().plusSeconds(999_999), 500)
                .stream().filter(m -> m.kind().equals(kind)).findFirst().map(m -> TestBot.text(m.body())).orElseThrow(), b -> true);
    }

    /** The kinds queued, oldest first, with their targets. */
    List<String> queued() {
        return bot.store.transactions().inTransaction(() -> bot.store.outbox().due(bot.clock().instant().plusSeconds(999_999), 500)
                .stream().map(m -> m.kind() + "→" + m.to().target()).toList(), l -> true);
    }


    /** Plans at 09.00 on each day from {@code first} to {@code last}; what was queued, by day ("2026-11-06 due"). */
    List<String> queuedDayByDay(java.time.LocalDate first, java.time.LocalDate last) {
        List<String> out = new ArrayList<>();
        for (java.time.LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            int before = queued().size();
            bot.now(d + "T09:00");
            followUp.plan();
            List<String> now = queued();
            for (String kind : now.subList(before, now.size())) out.add(d + " " + kind.substring(0, kind.indexOf('→')));
        }
        return out;
    }
}
