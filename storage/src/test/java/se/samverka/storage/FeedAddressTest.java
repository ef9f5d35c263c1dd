package se.samverka.storage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverka.core.chat.ChatUser;
import se.samverka.core.chat.ConversationRef;
import se.samverka.core.chat.IncomingCommand;
import se.samverka.core.domain.Lang;
import se.samverka.core.engine.MeetingAssistant;
import se.samverka.core.engine.Settings;

/** kalender names the plain address with the scheme it really has: https only when the bot's address is https. */
class FeedAddressTest {
    static final Pattern SECRET = Pattern.compile("[0-9a-f]{32}");

    @TempDir
    Path folder;
    TestBot bot;
    final TestBot.User amina = TestBot.user("Amina Boulaabi");

    @BeforeEach
    void group() {
        bot = new TestBot(folder);
        bot.ok(amina, "grupp skapa Strategisk grupp integration");
    }

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    void onAnHttpAddressTheLineSaysHttpNotHttps() {
        String reply = SECRET.matcher(bot.ok(amina, "kalender")).replaceAll("S");
        assertTrue(reply.contains("\nwebcal://localhost:7070/calendar/1/S.ics\n"
                + "Samma adress med http (okrypterat, bara för prov): http://localhost:7070/calendar/1/S.ics\n"), reply);
        assertFalse(reply.contains("med https: http://"), reply);
        String rotated = SECRET.matcher(bot.ok(amina, "calendar new link")).replaceAll("S");
        assertTrue(rotated.contains("The same address with http (unencrypted, for a trial only): http://localhost:7070/"), rotated);
    }

    @Test
    void onAnHttpsAddressTheLineSaysHttps() {
        MeetingAssistant behindHttps = new MeetingAssistant(bot.store, bot.clock(), new Settings(TestBot.STOCKHOLM, Lang.SV,
                LocalTime.of(9, 0), LocalTime.of(12, 0), MonthDay.of(6, 20), MonthDay.of(8, 15), "https://samverka.example.se/"));
        String reply = SECRET.matcher(TestBot.text(behindHttps.handle(new IncomingCommand(new ConversationRef("test", "T1", "C1"),
                new ChatUser("u-amina-boulaabi", "Amina Boulaabi", Optional.empty(), true), "kalender")))).replaceAll("S");
        assertTrue(reply.contains("\nwebcal://samverka.example.se/calendar/1/S.ics\n"
                + "Samma adress med https: https://samverka.example.se/calendar/1/S.ics\n"), reply);
    }
}
