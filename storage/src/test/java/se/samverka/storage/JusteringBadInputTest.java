package se.samverka.storage;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Justering given wrongly or by the wrong person: each refused with a reply that says why, every table unchanged. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JusteringBadInputTest {
    TestBot bot;
    final TestBot.User amina = TestBot.user("Amina Boulaabi");
    final TestBot.User tor = TestBot.user("Tor Jacobsen");
    final TestBot.User sara = TestBot.user("Sara Ek");
    final TestBot.User lena = TestBot.user("Lena Lind");

    @BeforeAll
    void group(@TempDir Path folder) {
        bot = new TestBot(folder);
        bot.now("2026-10-01T10:00");
        bot.ok(amina, "grupp skapa Strategisk grupp integration");
        bot.ok(amina, "medlem Amina Boulaabi, Region Halland, sekreterare");
        bot.ok(amina, "medlem Tor Jacobsen, Falkenberg");
        bot.ok(amina, "medlem Sara Ek, Hylte");
        bot.ok(amina, "medlem Lena Lind, Laholm");
        bot.ok(amina, "möte 2 november 13-16 Halmstad");
        bot.ok(amina, "möte 9 november 13-16 Halmstad");
        bot.ok(amina, "punkt Inledning");
        bot.now("2026-11-02T14:00");
        bot.ok(amina, "beslut Gruppen bjuder in Arbetsförmedlingen");
        bot.now("2026-11-03T09:00");
        bot.ok(amina, "justerare Tor 2026-11-09"); // the later meeting has justerare but is not sent
    }

    @AfterAll
    void close() {
        bot.close();
    }

    static Stream<Arguments> bad() {
        return Stream.of(
                Arguments.of("amina", "justerare Kalle", "Jag hittar ingen \"Kalle\""),
                Arguments.of("amina", "justerare", "Skriv vem som ska justera"),
                Arguments.of("tor", "justerare Sara", "Det kan bara ordföranden eller sekreteraren göra"),
                Arguments.of("amina", "justerare Tor 5 maj", "5 maj"),
                Arguments.of("amina", "protokoll klart", "Inga justerare är valda för måndag 2 november 2026"),
                Arguments.of("amina", "protokoll klart", "Välj först med: justerare <namn>[, <namn>] 2026-11-02"),
                Arguments.of("tor", "protokoll klart 2026-11-09", "Bara ordförande, sekreterare eller den vid tangenterna"),
                Arguments.of("tor", "justera 2026-11-09", "inte skickat för justering"),
                Arguments.of("lena", "justera", "inte skickat för justering"),
                Arguments.of("tor", "begär ändring", "Skriv vad som ska ändras"),
                Arguments.of("tor", "begär ändring det var fel", "inte skickat för justering"),
                Arguments.of("amina", "protokoll rättelse 2026-11-02", "En rättelse behöver en orsak"),
                Arguments.of("amina", "protokoll rättelse 2026-11-02:  ", "En rättelse behöver en orsak"),
                Arguments.of("amina", "protokoll rättelse 2026-11-02: fel", "är inte justerat; det kan ändras som vanligt"),
                Arguments.of("tor", "protokoll rättelse 2026-11-02: fel", "Det kan bara ordföranden eller sekreteraren göra"),
                Arguments.of("amina", "protokoll status 5 maj", "5 maj"),
                Arguments.of("amina", "protokoll version x", "Skriv vilken version"),
                Arguments.of("amina", "protokoll version 3", "Det finns ingen version 3"),
                Arguments.of("amina", "justera D99 omedelbart", "Det finns inget beslut D99."),
                Arguments.of("tor", "justera D1 omedelbart", "Det kan bara ordföranden eller sekreteraren göra"));
    }

    TestBot.User who(String name) {
        return switch (name) {
            case "amina" -> amina;
            case "tor" -> tor;
            case "sara" -> sara;
            default -> lena;
        };
    }

    @Order(1)
    @ParameterizedTest(name = "{1}")
    @MethodSource("bad")
    void refusedWithNothingChanged(String user, String command, String expected) {
        String reply = bot.refusedUnchanged(who(user), command);
        assertTrue(reply.contains(expected), command + " → " + reply);
    }

    static Stream<Arguments> badWhileSent() {
        return Stream.of(
                Arguments.of("sara", "justera 2026-11-02", "Sara Ek är inte justerare för måndag 2 november 2026"),
                Arguments.of("sara", "begär ändring Fel", "Sara Ek är inte justerare"),
                Arguments.of("amina", "protokoll klart 2026-11-02", "redan skickat för justering (version 1)"),
                Arguments.of("tor", "justera 2026-11-02", "Du har redan justerat"),
                Arguments.of("amina", "protokoll rättelse 2026-11-02: fel", "är inte justerat"));
    }

    @Order(2)
    @ParameterizedTest(name = "{1}")
    @MethodSource("badWhileSent")
    void refusedWhileSentWithNothingChanged(String user, String command, String expected) {
        if (bot.rows("SELECT id FROM minutes_version").isEmpty()) {
            bot.ok(amina, "justerare Tor, Lena 2026-11-02");
            bot.ok(amina, "protokoll klart 2026-11-02");
            bot.ok(tor, "justera 2026-11-02");
        }
        String reply = bot.refusedUnchanged(who(user), command);
        assertTrue(reply.contains(expected), command + " → " + reply);
    }
}
