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
 * The weekly digest through the outbox (once a week at its local time, across a DST change, retried and parked), laget
 * runt and carry-over questions.
 */
class FollowUpTest extends FollowUpFixture {
    @Test
    void theDigestComesOnceAWeekAtEightLocalTimeAcrossTheChangeToWinterTime() {
        bot.now("2026-10-19T07:59");
        assertEquals(0, followUp.plan(), "not before Monday 08:00");
        bot.now("2026-10-19T08:00");
        assertEquals(1, followUp.plan());
        assertEquals(0, followUp.plan(), "once: the key is taken");
        assertEquals(1, sender.sendDue());
        assertEquals(0, sender.sendDue(), "sent once");
        assertEquals(List.of("C1: Veckosammanfattning — Strategisk grupp integration, vecka 43"), posted);

        // summer time ended on Sunday 25 October: 08:00 is now 07:00 UTC, not 06:00
        bot.now(Instant.parse("2026-10-26T06:30:00Z"));
        assertEquals(0, followUp.plan(), "07:30 local");
        bot.now(Instant.parse("2026-10-26T07:00:00Z"));
        assertEquals(1, followUp.plan());
        sender.sendDue();
        assertEquals("C1: Veckosammanfattning — Strategisk grupp integration, vecka 44", posted.get(1));
    }

    @Test
    void aMissedDigestIsCaughtUpButNotOneFromLongAgo() {
        bot.now("2026-10-21T12:00"); // the bot was down on Monday
        assertEquals(1, followUp.plan());
        bot.now("2026-10-25T12:00");
        assertEquals(0, followUp.plan(), "already queued this week");
        bot.ok(amina, "veckosammanfattning torsdag 9:00");
        bot.now("2026-11-05T09:00");
        assertEquals(1, followUp.plan(), "the new day");
        bot.ok(amina, "veckosammanfattning av");
        bot.now("2026-11-12T09:00");
        assertEquals(0, followUp.plan(), "turned off");
    }

    @Test
    void aFailingPlatformIsRetriedThenParkedAndTheChairIsTold() {
        bot.now("2026-10-19T08:00");
        followUp.plan();
        failures = 100;
        for (int attempt = 1; attempt <= OutboxSender.MAX_ATTEMPTS; attempt++) {
            assertEquals(0, sender.sendDue());
            bot.now(bot.clock().instant().plus(java.time.Duration.ofHours(2)));
        }
        var parked = bot.store.transactions().inTransaction(() -> bot.store.outbox().byKey(
                "digest:1:2026-W43").orElseThrow(), m -> true);
        assertEquals(OutboxSender.MAX_ATTEMPTS, parked.attempts());
        failures = 0;
        assertEquals(1, sender.sendDue(), "the notice to the chair");
        assertTrue(posted.get(0).contains("Amina Boulaabi: ett meddelande från Samverka (digest) kunde inte skickas"), posted.toString());
        assertEquals(0, sender.sendDue(), "the parked digest is not resent by itself");
    }

    @Test
    void aMessageThatMayHaveGoneOutBeforeACrashIsSentAgainWhereThePlatformCannotBeAsked() {
        bot.now("2026-10-19T08:00");
        followUp.plan();
        // the process died after its attempt began: the attempt is on record, the message still pending
        bot.store.transactions().run(() -> bot.store.outbox().attempting(bot.store.outbox().byKey("digest:1:2026-W43")
                .orElseThrow().id(), bot.clock().instant()));
        assertEquals(1, sender.sendDue());
        assertEquals(1, posted.size(), "sent again: at most a duplicate, never lost");
    }

    @Test
    void aPlatformThatHasTheMessageIsBelievedAndAPlatformThatCannotAnswerGetsItAgain() {
        bot.now("2026-10-19T08:00");
        followUp.plan();
        long id = bot.store.transactions().inTransaction(() -> bot.store.outbox().byKey("digest:1:2026-W43").orElseThrow().id(),
                m -> true);
        bot.store.transactions().run(() -> bot.store.outbox().attempting(id, bot.clock().instant()));
        List<java.time.Instant> asked = new ArrayList<>();
        boolean[] answers = {true};
        ChatGateway remembering = new ChatGateway() {
            @Override
            public java.util.Optional<String> findSent(se.samverka.core.port.Outbox.Address to, String key, java.time.Instant since) {
                asked.add(since);
                if (!answers[0]) throw new DeliveryException("missing_scope", java.util.Optional.empty(), null);
                return java.util.Optional.of("m-earlier");
            }

            @Override
            public String post(ConversationRef channel, Reply message) {
                posted.add(channel.channelId());
                return "m-new";
            }

            @Override
            public String direct(String workspaceId, String userId, Reply message) {
                return post(null, message);
            }

            @Override
            public String upload(ConversationRef channel, String fileName, String title, byte[] content) {
                return "f";
            }
        };
        OutboxSender asking = new OutboxSender(bot.store, Map.of("test", remembering), bot.clock());
        assertEquals(1, asking.sendDue());
        assertEquals(List.of(), posted, "the platform has it: not sent again");
        assertEquals(List.of(bot.clock().instant().minus(java.time.Duration.ofMinutes(5))), asked, "asked from the attempt on");

        bot.now("2026-10-26T08:00");
        followUp.plan();
        long next = bot.store.transactions().inTransaction(() -> bot.store.outbox().byKey("digest:1:2026-W44").orElseThrow().id(),
                m -> true);
        bot.store.transactions().run(() -> bot.store.outbox().attempting(next, bot.clock().instant()));
        answers[0] = false;
        assertEquals(1, asking.sendDue());
        assertEquals(1, posted.size(), "the platform could not answer: sent again");
    }

    @Test
    void lagetRuntAsksEveryoneByDirectMessageFiveDaysBeforeOnAWorkingDayAndPostsTheSummaryTwoHoursBefore() {
        roundGroup();
        bot.now("2026-10-24T09:00");
        followUp.plan();
        assertEquals(List.of(), queued().stream().filter(q -> q.startsWith("round")).toList(), "not six days before");
        bot.now("2026-10-25T09:00");
        followUp.plan();
        assertEquals(List.of(), queued().stream().filter(q -> q.startsWith("round")).toList(),
                "five days before is a Sunday: not on the weekend");
        bot.now("2026-10-26T09:00");
        followUp.plan();
        followUp.plan();
        assertEquals(List.of("round-ask→user:u-amina-boulaabi", "round-ask→user:u-sara-ek"),
                queued().stream().filter(q -> q.startsWith("round")).toList(), "once each; Tor cannot be reached directly");
        String question = body("round-ask");
        assertTrue(question.contains("Laget runt inför mötet fredag 30 oktober") && question.contains("Svara här med: laget runt")
                && question.contains("Grupp: Strategisk grupp integration"), question);

        bot.ok(sara, "laget runt Vi har anställt en ny samordnare i Hylte");
        bot.ok(amina, "förhinder 30 oktober"); // Amina sends apologies: not listed as missing
        bot.now("2026-10-30T10:59");
        followUp.plan();
        assertEquals(0, queued().stream().filter(q -> q.startsWith("round-summary")).count(), "not before 11.00");
        bot.now("2026-10-30T11:00");
        followUp.plan();
        followUp.plan();
        assertEquals(List.of("round-summary→C1"), queued().stream().filter(q -> q.startsWith("round-summary")).toList());
        String summary = body("round-summary");
        assertTrue(summary.contains("Sara: Vi har anställt en ny samordnare i Hylte"), summary);
        assertTrue(summary.contains("Inte rapporterat: Tor Jacobsen"), summary);
        bot.now("2026-10-30T17:00");
        assertTrue(bot.ok(amina, "protokoll 30 oktober").contains("Sara: Vi har anställt en ny samordnare i Hylte"), "in the minutes");
    }

    @Test
    void lagetRuntStartAsksNowAndNobodyTwice() {
        roundGroup();
        bot.now("2026-10-20T14:00");
        String started = bot.ok(amina, "laget runt start");
        assertTrue(started.contains("Jag har frågat Amina Boulaabi, Sara Ek direkt."), started);
        assertTrue(started.contains("Nås inte direkt (inte kopplade här): Tor Jacobsen"), started);
        assertEquals(2, queued().size(), "the two questions, queued with the command");
        bot.ok(sara, "laget runt Inget nytt");
        bot.now("2026-10-25T09:00");
        followUp.plan();
        assertEquals(2, rounds(), "the automatic round does not ask again");
        bot.ok(amina, "påminnelser laget runt av");
        bot.now("2026-10-30T11:00");
        followUp.plan();
        assertEquals(2, rounds(), "turned off: no summary from the bot");
        assertTrue(bot.ok(amina, "påminnelser").contains("Laget runt: frågan till var och en fem dagar före mötet, sammanställningen två timmar före — av"));
    }

    @Test
    void carryOverAsksEachOwnerWithButtonsAndTheAnswersShowOnTheAgendaUntilDone() {
        roundGroup();
        bot.ok(amina, "påminnelser laget runt av");
        bot.ok(amina, "påminnelser punkter av");
        bot.ok(amina, "möte 27 november 13-16 Halmstad");
        bot.ok(amina, "åtgärd Sara mailar ut syftet med föreläsningen");
        bot.ok(amina, "åtgärd Sara och Tor kollar upp lokalen senast 20 november");
        bot.now("2026-10-25T09:00");
        followUp.plan();
        assertEquals(List.of(), queued(), "not five days before");
        bot.now("2026-10-26T09:00");
        followUp.plan();
        followUp.plan();
        assertEquals(List.of("carry-over→user:u-sara-ek", "carry-over→C1", "carry-over→user:u-amina-boulaabi"), queued(),
                "once to each owner (items with the nearest date first); Tor is not linked, so in the channel by name");
        Outbox.Message toSara = bot.store.transactions().inTransaction(() -> bot.store.outbox().due(
                bot.clock().instant().plusSeconds(60), 10).get(0), m -> true);
        String asked = TestBot.text(toSara.body());
        assertTrue(asked.startsWith("Inför mötet fredag 30 oktober 13.00: hur går det med dina åtgärder, Sara?")
                || asked.contains("hur går det med dina åtgärder, Sara?"), asked);
        assertTrue(asked.contains("#2 mailar ut syftet med föreläsningen") && asked.contains("#3 kollar upp lokalen"), asked);
        List<String> buttons = toSara.body().blocks().stream().filter(b -> b instanceof Block.Entry).map(b -> (Block.Entry) b)
                .flatMap(e -> e.buttons().stream()).map(b -> b.label() + "=" + b.command() + "@" + b.channelId().orElse("")).toList();
        assertEquals(List.of("Klar=klar 3@C1", "Pågår=pågår 3@C1", "Flytta till nästa möte=flytta till nästa möte 3@C1",
                "Klar=klar 2@C1", "Pågår=pågår 2@C1", "Flytta till nästa möte=flytta till nästa möte 2@C1"), buttons);

        // Sara presses the buttons: each runs its command in the group's channel
        assertTrue(bot.ok(sara, "pågår 2").contains("Pågår: #2 mailar ut syftet med föreläsningen"));
        String moved = bot.ok(sara, "flytta till nästa möte 3");
        assertTrue(moved.contains("Flyttas till nästa möte: #3 kollar upp lokalen — nytt datum: mötet fredag 27 november"), moved);
        String agenda = bot.ok(amina, "dagordning 30 oktober");
        assertTrue(agenda.contains("#2 mailar ut syftet med föreläsningen — Sara Ek — pågår"), agenda);
        assertTrue(agenda.contains("#3 kollar upp lokalen — Sara Ek, Tor Jacobsen — senast 27 november — flyttas till nästa möte"), agenda);
        assertTrue(agenda.contains("#1 skickar ut kallelsen — Amina Boulaabi") && !agenda.contains("kallelsen — Amina Boulaabi —"),
                "no answer from Amina: no mark: " + agenda);

        // after the meeting: both still open, on the next agenda, without the old answers
        bot.now("2026-11-02T10:00");
        String next = bot.ok(amina, "dagordning");
        assertTrue(next.contains("#2 mailar ut syftet med föreläsningen — Sara Ek"), next);
        assertTrue(!next.contains("pågår") && !next.contains("flyttas"), next);
        assertTrue(next.contains("#3 kollar upp lokalen"), next);
        bot.ok(sara, "klar 2");
        assertTrue(bot.refused(sara, "pågår 2").contains("redan klar"));
    }
}
