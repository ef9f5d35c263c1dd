package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import se.samverka.storage.TestDatabase;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.samverka.config.ConfigLoader;
import se.samverka.core.chat.Block;
import se.samverka.core.chat.Button;
import se.samverka.core.chat.ChatUser;
import se.samverka.core.chat.ConversationRef;
import se.samverka.core.chat.IncomingCommand;
import se.samverka.core.chat.Reply;

/** `beslut <text>` in chat proposes the action items the minutes understanding finds, owners matched to the roster. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DecisionUnderstandingTest {
    static final ConversationRef CHANNEL = new ConversationRef("console", "local", "sgi");
    static final ChatUser AMINA = new ChatUser("amina", "Amina Boulaabi", Optional.empty(), true);

    @TempDir
    static Path folder;
    Samverka samverka;

    @BeforeAll
    void group() {
        Clock clock = Clock.fixed(LocalDateTime.parse("2026-09-05T10:00").atZone(ZoneId.of("Europe/Stockholm")).toInstant(),
                ZoneId.of("Europe/Stockholm"));
        samverka = Samverka.open(ConfigLoader.load(Map.of(ConfigLoader.DB, TestDatabase.setting(folder.resolve("s.db"))),
                Optional.empty()), clock);
        for (String c : List.of("grupp skapa Strategisk grupp integration",
                "medlem Amina Boulaabi, Region Halland, sekreterare",
                "medlem Anna-Maria Mårtensson, Laholm", "medlem Boel Abelson-Crossley, Region Halland",
                "medlem Ibrahim Baalbaki, Hylte", "medlem Annika Vannerberg, Halmstad", "medlem Lovisa Ljungberg, Länsstyrelsen")) {
            assertFalse(say(c).rejected(), c);
        }
    }

    @AfterAll
    void close() {
        samverka.close();
    }

    Reply say(String text) {
        return samverka.assistant().handle(new IncomingCommand(CHANNEL, AMINA, text));
    }

    static Stream<Arguments> decisions() {
        return Stream.of(
                Arguments.of("beslut Ibrahim mailar ut syftet med föreläsningen samt målgruppen.",
                        List.of("åtgärd Ibrahim mailar ut syftet med föreläsningen samt målgruppen")),
                Arguments.of("beslut Bjuda in ngn från analysavdelningen. Boel och Amina kollar upp möjligheterna kring indikatorer.",
                        List.of("åtgärd Boel och Amina kollar upp möjligheterna kring indikatorer")),
                Arguments.of("beslut Utbilda guider till vernissagen; Annika ansvarar/återkopplar.",
                        List.of("åtgärd Annika ansvarar/återkopplar")),
                Arguments.of("beslut Vi beslöt att Laholm skickar ut presentationen senast 30 september.",
                        List.of("åtgärd Anna-Maria skickar ut presentationen senast 30 september")),
                Arguments.of("beslut Gruppen uppdrar åt Lovisa att bevaka nästa utbildningstillfälle.",
                        List.of("åtgärd Lovisa bevaka nästa utbildningstillfälle")),
                Arguments.of("beslut Ingen konferens på temat är aktuell i nuläget.", List.of()),
                Arguments.of("beslut Lovisa informerade om länstalen.", List.of()),
                Arguments.of("beslut Kalle ringer Migrationsverket.", List.of()));
    }

    @ParameterizedTest
    @MethodSource("decisions")
    void theActionItemsInADecisionAreProposedForOneClick(String command, List<String> proposed) {
        Reply reply = say(command);
        assertFalse(reply.rejected(), reply.toString());
        List<String> confirm = reply.blocks().stream().filter(b -> b instanceof Block.Entry).map(b -> (Block.Entry) b)
                .flatMap(e -> e.buttons().stream()).filter(b -> b.kind() == Button.Kind.CONFIRM).map(Button::command).toList();
        assertEquals(proposed, confirm, command);
        for (String c : confirm) assertFalse(say(c).rejected(), "the proposal is a command that works: " + c);
    }
}
