package se.samverka.core.port;

import java.time.Instant;
import java.util.Optional;
import se.samverka.core.chat.ConversationRef;
import se.samverka.core.chat.Reply;

/**
 * Sends messages on one chat platform: to a group's channel, to one person, or a file into a channel. Each call
 * either delivers or throws {@link DeliveryException}; callers that must not lose a message retry later.
 */
public interface ChatGateway {

    /** Posts the reply's blocks to the channel; returns the platform's id of the message. */
    String post(ConversationRef channel, Reply message);

    /** Sends the reply's blocks to one user of the workspace as a direct message; returns the message id. */
    String direct(String workspaceId, String userId, Reply message);

    /** Shares a file in the channel (minutes, an invitation); returns the platform's id of the file. */
    String upload(ConversationRef channel, String fileName, String title, byte[] content);

    /**
     * Sends a message of the outbox to its address, carrying its idempotency key where the platform can keep it with
     * the message (Slack's message metadata), so that {@link #findSent} can find it after a crash.
     */
    default String send(Outbox.Address to, Reply message, String key) {
        return to.toUser() ? direct(to.workspace(), to.userId(), message) : post(to.channel(), message);
    }

    /**
     * Sends a message of the outbox with the files rendered for it. The files go first (uploaded to the channel), the
     * message after: a crash in between sends the files again (a duplicate), never a message whose files are missing.
     */
    default String send(Outbox.Address to, Reply message, String key, java.util.List<MinutesFiles.File> files) {
        if (!to.toUser()) {
            for (MinutesFiles.File f : files) upload(to.channel(), f.name(), f.name(), f.content());
        }
        return send(to, message, key);
    }

    /**
     * Asks the platform whether it already took the message with this key, sent at or after {@code since}: its id if
     * so; empty if not, or if the platform cannot be asked (then the message is sent again: at most a duplicate).
     */
    default Optional<String> findSent(Outbox.Address to, String key, Instant since) {
        return Optional.empty();
    }
}
