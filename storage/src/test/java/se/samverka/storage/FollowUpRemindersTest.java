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

/** Reminders of meetings and action items: at nine local time, once, across DST, on working days, each one off. */
class FollowUpRemindersTest extends FollowUpFixture {
    @Test
    void remindersFollowTheLocalNineOClockAcrossTheEndOfSummerTime() {
        withTorAndOnlyTheDateReminders();
        bot.ok(amina, "åtgärd Tor bokar lokal senast 24 oktober");
        bot.ok(amina, "åtgärd Tor ringer Migrationsverket senast 28 oktober");
        // summer time (UTC+2): 09.00 is 07.00 UTC
        bot.now(java.time.Instant.parse("2026-10-22T06:59:00Z"));
        assertEquals(0, followUp.plan());
        bot.now(java.time.Instant.parse("2026-10-22T07:00:00Z"));
        followUp.plan();
        assertEquals(List.of("due→C1"), queued(), "09.00 local in summer time: #1 is due in two days");
        // summer time ended on Sunday 25 October; winter time (UTC+1): 09.00 is 08.00 UTC
        bot.now(java.time.Instant.parse("2026-10-26T07:00:00Z"));
        followUp.plan();
        assertEquals(List.of("due→C1"), queued(), "08.00 local: the reminder for the 28th waits");
        bot.now(java.time.Instant.parse("2026-10-26T07:59:00Z"));
        followUp.plan();
        assertEquals(1, queued().size());
        bot.now(java.time.Instant.parse("2026-10-26T08:00:00Z"));
        followUp.plan();
        assertEquals(List.of("due→C1", "overdue→C1", "due→C1"), queued(), "at 09.00 local: #1 overdue, #2 due in two days");
    }

    @Test
    void aRemovedActionItemIsNotRemindedOf() {
        withTorAndOnlyTheDateReminders();
        bot.ok(amina, "åtgärd Tor bokar lokal senast 24 oktober");
        bot.ok(amina, "åtgärd Tor ringer Migrationsverket senast 24 oktober");
        bot.ok(amina, "ta bort åtgärd 3");
        bot.now(java.time.Instant.parse("2026-10-22T07:00:00Z"));
        followUp.plan();
        String reminders = bot.store.transactions().inTransaction(() -> bot.store.outbox()
                .due(bot.clock().instant().plusSeconds(999_999), 500).stream().map(m -> TestBot.text(m.body()))
                .collect(java.util.stream.Collectors.joining("\n")), l -> true);
        assertTrue(reminders.contains("bokar lokal"), reminders);
        assertFalse(reminders.contains("ringer Migrationsverket"), "#3 is removed: " + reminders);
    }

    @Test
    void anOrganisationsItemRemindsItsMembersAndEveryonesItemNoOne() {
        withTorAndOnlyTheDateReminders();
        bot.ok(amina, "medlem Sara Ek, Falkenberg");
        bot.ok(amina, "åtgärd Falkenberg bokar lokal senast 24 oktober");
        bot.ok(amina, "åtgärd alla läser rapporten senast 24 oktober");
        bot.now(java.time.Instant.parse("2026-10-22T07:00:00Z"));
        followUp.plan();
        assertEquals(List.of("due→C1", "due→C1"), queued(), "Tor and Sara, both of Falkenberg, in the channel by name");
    }

    @Test
    void remindersComeOnceAtNineLocalTime() {
        withTorAndOnlyTheDateReminders();
        bot.ok(amina, "möte 30 oktober 9-12 Halmstad");
        bot.ok(amina, "åtgärd Tor bokar lokal senast 24 oktober");
        bot.now("2026-10-22T08:59");
        assertEquals(0, followUp.plan(), "not before 09.00");
        bot.now("2026-10-22T09:00");
        followUp.plan();
        assertEquals(List.of("due→C1"), queued(), "two days before the due date; Tor is not linked, so in the channel");
        followUp.plan();
        assertEquals(1, queued().size(), "once");
        bot.now("2026-10-23T09:00");
        followUp.plan();
        assertEquals(List.of("due→C1", "agenda-call→C1"), queued(), "a week before the meeting");
        bot.now("2026-10-27T09:00");
        followUp.plan();
        assertEquals(List.of("due→C1", "agenda-call→C1", "no-agenda→user:u-amina-boulaabi", "overdue→C1"), queued(),
                "the chair, by direct message, three days before a meeting with no agenda; the item is overdue");
        bot.now("2026-10-29T09:00");
        followUp.plan();
        assertEquals(5, queued().size());
        assertEquals("agenda→C1", queued().get(4), "the agenda the day before; overdue not again in the same week");
        bot.now("2026-11-02T09:00");
        followUp.plan();
        assertEquals("overdue→C1", queued().get(5), "overdue again the next week");
        assertEquals(6, queued().size());
    }

    @Test
    void eachReminderCanBeTurnedOff() {
        bot.ok(amina, "veckosammanfattning av");
        assertTrue(bot.ok(amina, "påminnelser punkter av").contains("Uppmaning att föreslå punkter, en vecka före mötet — av"));
        bot.ok(amina, "påminnelser åtgärder av");
        bot.ok(amina, "påminnelser laget runt av");
        bot.ok(amina, "påminnelser uppföljning av");
        bot.ok(amina, "medlem Tor Jacobsen, Falkenberg");
        bot.ok(amina, "möte 30 oktober 9-12 Halmstad");
        bot.ok(amina, "punkt Budget");
        bot.ok(amina, "åtgärd Tor bokar lokal senast 24 oktober");
        for (String day : List.of("2026-10-22T09:00", "2026-10-23T09:00", "2026-10-27T09:00")) {
            bot.now(day);
            followUp.plan();
        }
        assertEquals(List.of(), queued(), "no call, no item reminders, and the agenda is not empty");
        assertTrue(bot.refused(amina, "påminnelser ibland").contains("Jag förstår inte"));
    }

    @Test
    void remindersGoOutOnWorkingDaysOnlyTheWorkingDayBeforeOrAfter() {
        withTorAndOnlyTheDateReminders();
        bot.ok(amina, "åtgärd Tor bokar lokal senast 9 november");           // #2: two days before is Saturday the 7th
        bot.ok(amina, "åtgärd Tor ringer Migrationsverket senast 13 november"); // #3: a Friday, overdue from Saturday
        bot.ok(amina, "möte 16 november 9-12 Halmstad");                       // a Monday, with no agenda
        assertEquals(List.of(
                "2026-11-06 due",          // #2: Friday, the working day before Saturday (two days before the 9th)
                "2026-11-09 agenda-call",  // a week before the meeting
                "2026-11-10 overdue",      // #2
                "2026-11-11 due",          // #3, two days before the 13th
                "2026-11-13 agenda",       // the day before a Monday meeting is a Sunday: the Friday before
                "2026-11-13 no-agenda",    // the chair, three days before
                "2026-11-16 overdue",      // #2 again, a new week
                "2026-11-16 overdue"),     // #3: not on the weekend after its Friday, but on Monday
                queuedDayByDay(java.time.LocalDate.of(2026, 11, 5), java.time.LocalDate.of(2026, 11, 17)));
        bot.ok(amina, "klar 2, 3");
        bot.ok(amina, "åtgärd Tor skickar underlag senast 2027-03-30");       // the Tuesday after Easter
        assertEquals(List.of("2027-03-25 due", "2027-03-31 overdue"),
                queuedDayByDay(java.time.LocalDate.of(2027, 3, 22), java.time.LocalDate.of(2027, 3, 31)),
                "two days before is påskdagen: Thursday the 25th, the working day before långfredagen");
    }
}
