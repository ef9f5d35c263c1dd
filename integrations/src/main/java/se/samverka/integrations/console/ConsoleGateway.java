package se.samverka.integrations.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import se.samverka.core.chat.ConversationRef;
import se.samverka.core.chat.Reply;
import se.samverka.core.port.ChatGateway;
import se.samverka.core.port.DeliveryException;

/**
 * What the bot sends on its own to console groups (digests, reminders): appended to a file next to the database
 * ({@code outbox/console.txt}), each message with its time and channel, so a console user can read it.
 */
public final class ConsoleGateway implements ChatGateway {
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

    private synchronized String write(String to, Reply message) {
        String id = "console-" + clock.instant().toEpochMilli() + "-" + ids.incrementAndGet();
        String text = "--- " + clock.instant() + " → " + to + " (" + id + ")\n" + TextRenderer.render(message) + "\n\n";
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return id;
        } catch (IOException e) {
            throw new DeliveryException("cannot write " + file + ": " + e.getMessage(), Optional.empty(), e);
        }
    }
}
