package se.samverka.integrations.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samverka.core.chat.Block;
import se.samverka.core.chat.IncomingCommand;
import se.samverka.core.chat.Reply;

class ConsoleSessionTest {
    final List<IncomingCommand> received = new ArrayList<>();
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    Reply echo(IncomingCommand command) {
        received.add(command);
        if (command.text().startsWith("grupp koppla")) return Reply.rejected(new Block.Paragraph("Det finns ingen grupp."));
        return Reply.ok(new Block.Heading("Svar"), new Block.Items(List.of("ett", "två"), true),
                new Block.Paragraph("du skrev: " + command.text()), new Block.Context("tips"));
    }

    void run(ConsoleSession session, String input, boolean prompt) throws IOException {
        session.run(new BufferedReader(new StringReader(input)), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), prompt);
    }

    @Test
    void aCommentIsAHashAndASpaceWhileAHashBeforeANumberIsACommand() throws IOException {
        ConsoleSession session = new ConsoleSession(this::echo, Optional.empty(), "Amina Boulaabi");
        run(session, "# en kommentar\n#\n## rubrik\n#3 är klar\n  #12 klar\n", false);
        assertEquals(List.of("#3 är klar", "#12 klar"), received.stream().map(IncomingCommand::text).toList());
    }

    @Test
    void oneReplyPerLineSkippingBlankLinesAndComments() throws IOException {
        ConsoleSession session = new ConsoleSession(this::echo, Optional.empty(), "Amina Boulaabi");
        run(session, "dagordning\n\n# en kommentar\n  klar 3  \n", false);
        assertEquals(List.of("dagordning", "klar 3"), received.stream().map(IncomingCommand::text).toList());
        assertEquals("""
                Svar
                ====
                1. ett
                2. två
                du skrev: dagordning
                  (tips)

                Svar
                ====
                1. ett
                2. två
                du skrev: klar 3
                  (tips)

                """, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theConsoleUserIsTrustedAndEachGroupHasItsOwnChannel() throws IOException {
        ConsoleSession session = new ConsoleSession(this::echo, Optional.of("Strategisk grupp integration"), "Amina Boulaabi");
        run(session, "grupp\n", false);
        IncomingCommand bind = received.get(0);
        assertEquals("grupp koppla Strategisk grupp integration", bind.text());
        assertEquals("console:strategisk-grupp-integration", bind.conversation().channelId());
        assertEquals("console", bind.conversation().platform());
        assertTrue(bind.user().nameTrusted());
        assertEquals("Amina Boulaabi", bind.user().displayName());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Det finns ingen grupp."), "a failed bind is reported on stderr");
        assertEquals("grupp", received.get(1).text());
    }

    @Test
    void promptsInATerminal() throws IOException {
        run(new ConsoleSession(this::echo, Optional.empty(), "x"), "hjälp\n", true);
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("> Svar"));
    }

    @Test
    void rendersADocumentWhole() {
        String text = TextRenderer.render(Reply.ok(new Block.Document("m.md", "text/markdown", "# Rubrik\n\ntext\n")));
        assertEquals("--- m.md ---\n# Rubrik\n\ntext\n--- end ---", text);
    }
}
