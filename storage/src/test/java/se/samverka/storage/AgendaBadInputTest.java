package se.samverka.storage;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every new agenda and meeting-edit command refuses bad input with a clear reply in the user's language, and changes
 * nothing (the whole database compared before and after). The meeting of 2 November has four items (one standing)
 * and no meeting after it.
 */
class AgendaBadInputTest {
    @TempDir
    Path folder;
    TestBot bot;
    final TestBot.User amina = TestBot.user("Amina Boulaabi");
    final TestBot.User tor = TestBot.user("Tor Jacobsen");

    @BeforeEach
    void group() {
        bot = new TestBot(folder);
        bot.now("2026-10-01T10:00");
        bot.ok(amina, "grupp skapa Strategisk grupp integration");
        bot.ok(amina, "medlem Amina Boulaabi, Region Halland, sekreterare");
        bot.ok(amina, "medlem Tor Jacobsen, Falkenberg");
        bot.ok(amina, "möte 2 november 13-16 Halmstad");
        bot.ok(amina, "stående punkt Laget runt");
        bot.ok(amina, "punkt Inledning");
        bot.ok(amina, "punkt Budget");
        bot.ok(amina, "punkt Kartläggning");
    }

    @AfterEach
    void close() {
        bot.close();
    }

    static Stream<Arguments> badCommands() {
        return Stream.of(
                bad("punkt flytta 9 före 2", "Det finns ingen punkt 9 på dagordningen. Punkterna är 1, 2, 3, 4."),
                bad("punkt flytta 2 före 9", "Det finns ingen punkt 9 på dagordningen."),
                bad("punkt flytta 2 före 2", "Punkt 2 ligger redan där (\"2 före 2\"). Inget är flyttat."),
                bad("punkt flytta 2 före 3", "Punkt 2 ligger redan där"),
                bad("punkt flytta 4 sist", "Punkt 4 ligger redan där"),
                bad("punkt flytta 1 före 3", "Punkt 1, Laget runt, är en stående punkt"),
                bad("punkt flytta 3 före 1", "Punkt 1, Laget runt, är en stående punkt"),
                bad("punkt flytta 2", "Skriv vilken punkt och vart"),
                bad("punkt flytta 2 till 3", "Jag förstår inte \"2 till 3\""),
                bad("rubrik", "Skriv rubriken, till exempel: rubrik Erfarenhetsutbyte"),
                bad("rubrik :", "Skriv rubriken"),
                bad("punkt under 9: Statistik", "Det finns ingen punkt 9 på dagordningen. Punkterna är 1, 2, 3, 4."),
                bad("punkt under 2.1: Statistik", "Skriv vilken punkt den hör till"),
                bad("punkt under året", "Skriv vilken punkt den hör till och texten"),
                bad("punkt under 2:", "Skriv vilken punkt den hör till"),
                bad("punkt Migration (Boel, 20 mjn)", "\"20 mjn\" är ingen tid jag förstår"),
                bad("punkt Migration (0 min)", "\"0 min\" är ingen tid"),
                bad("punkt Migration (11 h)", "\"11 h\" är ingen tid"),
                bad("punkt Migration (tjugo minuter)", "\"tjugo minuter\" är ingen tid"),
                bad("punkt Migration (20 min, 1 h)", "\"1 h\" är ingen tid"),
                bad("punkt under 2: Statistik (5 mjn)", "\"5 mjn\" är ingen tid"),
                bad("stående punkt Övriga frågor (tio min) sist", "\"tio min\" är ingen tid"),
                bad("bordlägg 3", "Det finns inget möte efter måndag 2 november 2026, 13.00–16.00 · Halmstad att bordlägga till."),
                bad("bordlägg 1", "Punkt 1, Laget runt, är en stående punkt"),
                bad("bordlägg 9", "Det finns ingen punkt 9 på dagordningen"),
                bad("bordlägg", "Skriv numret på punkten som ska bordläggas"),
                bad("bordlägg Budget", "Jag förstår inte \"Budget\""),
                bad("ändra möte 2 november", "Skriv vad som ska ändras: plats:, tid: eller värd:"),
                bad("ändra möte", "Skriv vad som ska ändras"),
                bad("ändra möte 5 november plats: Falkenberg", "5 november"),
                bad("ändra möte blabla plats: Falkenberg", "Jag förstår inte vilket möte \"blabla\" är"),
                bad("ändra möte plats:", "Skriv vad plats: ska vara."),
                bad("ändra möte tid: sent", "Skriv en ny tid, till exempel tid: 13-16"),
                bad("ändra möte tid: 1 oktober 9-12", "har redan varit"),
                bad("ändra möte plats: Halmstad", "Mötet är redan måndag 2 november 2026, 13.00–16.00 · Halmstad. Inget är ändrat."),
                bad("ändra möte 2 november tid: 13-16", "Mötet är redan"),
                bad("ändra möte plats: Varberg plats: Laholm", "plats: står två gånger"),
                bad("agenda move 9 before 2", "There is no item 9 on the agenda. The items are 1, 2, 3, 4."),
                bad("agenda move 2 before 2", "Item 2 is already there"),
                bad("section", "Write the heading"),
                bad("agenda sub 9: Statistics", "There is no item 9 on the agenda"),
                bad("item Migration (20 minz)", "\"20 minz\" is no time I understand"),
                bad("table 3", "There is no meeting after Monday 2 November 2026, 13:00–16:00 · Halmstad to table it to."),
                bad("edit meeting", "Say what to change: place:, time: or host:"),
                bad("edit meeting next place: Halmstad", "The meeting is already"));
    }

    static Arguments bad(String command, String expected) {
        return Arguments.of(command, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCommands")
    void aBadCommandIsRefusedClearlyAndChangesNothing(String command, String expected) {
        String reply = bot.refusedUnchanged(amina, command);
        assertTrue(reply.contains(expected), command + " → " + reply);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("managersOnly")
    void aMemberWhoIsNotChairOrSecretaryIsToldWhoCan(String command) {
        String reply = bot.refusedUnchanged(tor, command);
        assertTrue(reply.contains("Amina Boulaabi"), command + " → " + reply);
    }

    static Stream<String> managersOnly() {
        return Stream.of("punkt flytta 4 före 2", "bordlägg 3", "dagordning skicka", "ändra möte plats: Varberg");
    }
}
