package se.samverka.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samverka.core.chat.Reply;
import se.samverka.core.engine.MeetingAssistant;
import se.samverka.integrations.console.ConsoleSession;
import se.samverka.integrations.console.TextRenderer;

/**
 * Fills an empty database with "Strategisk grupp integration" as the seed minutes describe it (seeds/004): the
 * roster, the autumn 2017 meetings, the 5 September meeting with its agenda, decisions, action items and laget
 * runt, and one upcoming meeting. It is a script of ordinary commands run through the engine, each at the time
 * it would have been typed, so the demo also shows the commands.
 */
final class Demo {
    static final String GROUP = "Strategisk grupp integration";
    static final String SECRETARY = "Amina Boulaabi";
    private static final String SCRIPT = "/demo/strategisk-grupp-integration.txt";
    private static final Pattern DIRECTIVE = Pattern.compile("@(\\S+)\\s+as\\s+(.+)");

    private Demo() {}

    /** Runs the script; false when the demo group is there already (nothing is changed then). */
    static boolean load(Samverka samverka, Clock realClock) {
        if (exists(samverka)) return false;
        MutableClock clock = new MutableClock(realClock.instant(), realClock.getZone());
        MeetingAssistant assistant = new MeetingAssistant(samverka.store(), clock, samverka.settings());
        ConsoleSession session = null;
        int lineNumber = 0;
        for (String line : script()) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) continue;
            Matcher directive = DIRECTIVE.matcher(line.strip());
            if (directive.matches()) {
                clock.set(directive.group(1).equals("now") ? realClock.instant()
                        : LocalDateTime.parse(directive.group(1)).atZone(samverka.settings().zone()).toInstant());
                session = new ConsoleSession(assistant, Optional.of(GROUP), directive.group(2).strip());
                continue;
            }
            Objects.requireNonNull(session, "the demo script must start with @<time> as <name>");
            Reply reply = session.send(line.strip());
            if (reply.rejected()) {
                throw new IllegalStateException("demo line " + lineNumber + " (" + line.strip() + ") was refused: "
                        + TextRenderer.render(reply));
            }
        }
        return true;
    }

    /** Whether the demo group is in the console's workspace. */
    static boolean exists(Samverka samverka) {
        var store = samverka.store();
        return store.transactions().inTransaction(() -> store.groups().byName(
                store.groups().workspace(ConsoleSession.PLATFORM, ConsoleSession.WORKSPACE), GROUP).isPresent(), r -> true);
    }

    private static java.util.List<String> script() {
        try (InputStream in = Demo.class.getResourceAsStream(SCRIPT)) {
            if (in == null) throw new IllegalStateException("missing " + SCRIPT);
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
