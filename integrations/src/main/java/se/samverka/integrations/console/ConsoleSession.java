package se.samverka.integrations.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import se.samverka.core.chat.ChatUser;
import se.samverka.core.chat.CommandHandler;
import se.samverka.core.chat.ConversationRef;
import se.samverka.core.chat.IncomingCommand;
import se.samverka.core.chat.Reply;

/**
 * The local console: one command per line (what a user types after /samverka), one reply per command. Works
 * the same from a terminal and from a pipe; returns at the end of input.
 */
public final class ConsoleSession {
    public static final String PLATFORM = "console";
    public static final String WORKSPACE = "local";

    private final CommandHandler handler;
    private final ConversationRef conversation;
    private final ChatUser user;
    private final Optional<String> group;
    private final Optional<java.nio.file.Path> files;

    /**
     * @param group the group this console talks to (its own console channel); empty for the default channel
     * @param user  who types; the console's operator is trusted to be who they say
     */
    public ConsoleSession(CommandHandler handler, Optional<String> group, String user) {
        this(handler, group, user, Optional.empty());
    }

    /** @param files where calendar invitations are saved (their paths are printed) */
    public ConsoleSession(CommandHandler handler, Optional<String> group, String user, Optional<java.nio.file.Path> files) {
        this.handler = Objects.requireNonNull(handler, "handler");
        this.files = Objects.requireNonNull(files, "files");
        this.group = group.map(String::strip).filter(g -> !g.isEmpty());
        this.conversation = new ConversationRef(PLATFORM, WORKSPACE,
                this.group.map(g -> "console:" + slug(g)).orElse("console"));
        this.user = new ChatUser("console:" + slug(user), user.strip(), Optional.empty(), true);
    }

    public ConversationRef conversation() {
        return conversation;
    }

    /** Sends one command as this console's user and returns the reply. */
    public Reply send(String command) {
        return handler.handle(new IncomingCommand(conversation, user, command));
    }

    /**
     * Reads commands until the end of input.
     *
     * @param prompt true in a terminal: prints a prompt and puts start-up notes on {@code out}, not {@code err}
     */
    public void run(BufferedReader in, PrintStream out, PrintStream err, boolean prompt) throws IOException {
        group.ifPresent(name -> {
            Reply bind = send("grupp koppla " + name);
            if (bind.rejected() || prompt) (prompt ? out : err).println(TextRenderer.render(bind) + "\n");
        });
        String line;
        while (true) {
            if (prompt) {
                out.print("> ");
                out.flush();
            }
            line = in.readLine();
            if (line == null) break;
            if (line.isBlank() || isComment(line)) continue;
            String command = line.strip();
            if (prompt && (command.equals("exit") || command.equals("quit") || command.equals("avsluta"))) break;
            Reply reply = send(command);
            out.println(TextRenderer.render(reply, files));
            out.println();
            out.flush();
        }
    }

    /** "# en kommentar" in a script is skipped; "#3 är klar" is a command. */
    static boolean isComment(String line) {
        String s = line.stripLeading();
        return s.startsWith("#") && (s.length() == 1 || !Character.isLetterOrDigit(s.charAt(1)));
    }

    static String slug(String text) {
        String slug = text.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "user" : slug;
    }
}
