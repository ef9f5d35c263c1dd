package se.samverka.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** organisation <namn> registrator <e-post>: set by the chair or secretary for an organisation of the roster, refused otherwise. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegistrarTest {
    TestBot bot;
    final TestBot.User amina = TestBot.user("Amina Boulaabi");
    final TestBot.User tor = TestBot.user("Tor Jacobsen");

    @BeforeAll
    void group(@TempDir Path folder) {
        bot = new TestBot(folder);
        bot.now("2026-10-01T10:00");
        bot.ok(amina, "grupp skapa Strategisk grupp integration");
        bot.ok(amina, "medlem Amina Boulaabi, Region Halland, sekreterare");
        bot.ok(amina, "medlem Tor Jacobsen, Falkenbergs kommun");
    }

    @AfterAll
    void close() {
        bot.close();
    }

    static Stream<Arguments> bad() {
        return Stream.of(
                Arguments.of("amina", "organisation Falkenbergs kommun registrator tor.falkenberg.se", "ser inte ut som en e-postadress"),
                Arguments.of("amina", "organisation Falkenbergs kommun registrator a@b", "ser inte ut som en e-postadress"),
                Arguments.of("amina", "organisation Falkenbergs kommun registrator <a@b.se>", "ser inte ut som en e-postadress"),
                Arguments.of("amina", "organisation Falkenbergs kommun registrator", "Skriv registratorns e-postadress för Falkenbergs kommun"),
                Arguments.of("amina", "organisation Laholm registrator diarium@laholm.se", "Ingen i gruppen är från \"Laholm\""),
                Arguments.of("amina", "organisation Falkenbergs kommun", "Skriv organisationen och registratorns e-postadress"),
                Arguments.of("amina", "organisation Falkenbergs kommun registrar x", "doesn't look like an e-mail address"),
                Arguments.of("amina", "organisation Hylte registrar diarium@hylte.se", "No one in the group is from \"Hylte\""),
                Arguments.of("tor", "organisation Falkenbergs kommun registrator diarium@falkenberg.se",
                        "Det kan bara ordföranden eller sekreteraren göra"));
    }

    @Order(1)
    @ParameterizedTest(name = "{1}")
    @MethodSource("bad")
    void refusedWithNothingChanged(String user, String command, String expected) {
        String reply = bot.refusedUnchanged(user.equals("tor") ? tor : amina, command);
        assertTrue(reply.contains(expected), command + " → " + reply);
    }

    @Order(2)
    @Test
    void theRegistrarIsKeptForTheOrganisationAsTheRosterSpellsIt() {
        String set = bot.ok(amina, "organisation falkenbergs KOMMUN registrator diarium@falkenberg.se");
        assertTrue(set.contains("Registrator för Falkenbergs kommun: diarium@falkenberg.se"), set);
        assertEquals(List.of("registrar:falkenbergs kommun=diarium@falkenberg.se"),
                bot.rows("SELECT name || '=' || value FROM group_setting WHERE name LIKE 'registrar:%'"));
        String again = bot.refusedUnchanged(amina, "organisation Falkenbergs kommun registrator diarium@falkenberg.se");
        assertTrue(again.contains("har redan registratorn diarium@falkenberg.se"), again);
        String english = bot.ok(amina, "organisation Region Halland registrar registrator@regionhalland.se");
        assertTrue(english.contains("Registrar for Region Halland: registrator@regionhalland.se"), english);
        assertEquals(2, bot.rows("SELECT name FROM group_setting WHERE name LIKE 'registrar:%'").size());
    }
}
