package se.samverka.integrations.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import se.samverka.core.chat.ConversationRef;
import se.samverka.core.chat.Reply;
import se.samverka.core.port.ChatGateway;
import se.samverka.core.port.DeliveryException;
import se.samverka.core.port.Outbox;

/**
 * What the bot sends on its own to console groups (digests, reminders): appended to a file next to the database
 * ({@code outbox/console.txt}), each message with its time and channel, so a console user can read it.
 */
public final class ConsoleGateway implements ChatGateway {
    private static final String KEY = "key ";
    private final Path file;
    private final Clock clock;
    private final AtomicLong ids = new AtomicLong();

    public ConsoleGateway(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    @Override
    public String post(ConversationRef channel, Reply message) {
        return write(channel.channelId(), message);
    }

    @Override
    public String direct(String workspaceId, String userId, Reply message) {
        return write("@" + userId, message);
    }

    @Override
    public String upload(ConversationRef channel, String fileName, String title, byte[] content) {
        return write(channel.channelId(), Reply.builder().text(title + " (" + fileName + ")").ok());
    }

    /** An outbox message: the key is written in the message's header line, where {@link #findSent} looks for it. */
    @Override
    public String send(Outbox.Address to, Reply message, String key) {
        return write(to.toUser() ? "@" + to.userId() : to.target(), message, " " + KEY + key);
    }

    @Override
    public synchronized Optional<String> findSent(Outbox.Address to, String key, Instant since) {
        if (!Files.exists(file)) return Optional.empty();
        String wanted = " " + KEY + key + ")";
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.startsWith("--- ") && line.endsWith(wanted))
                    .map(line -> line.substring(line.lastIndexOf('(') + 1, line.length() - wanted.length()))
                    .findFirst();
        } catch (IOException e) {
            throw new DeliveryException("cannot read " + file + ": " + e.getMessage(), Optional.empty(), e);
        }
    }

    private String write(String to, Reply message) {
        return write(to, message, "");
    }

    private synchronized String write(String to, Reply message, String key) {
        String id = "console-" + clock.instant().toEpochMilli() + "-" + ids.incrementAndGet();
        String text = "--- " + clock.instant() + " → " + to + " (" + id + key + ")\n" + TextRenderer.render(message) + "\n\n";
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return id;
        } catch (IOException e) {
            throw new DeliveryException("cannot write " + file + ": " + e.getMessage(), Optional.empty(), e);
        }
    }
}
