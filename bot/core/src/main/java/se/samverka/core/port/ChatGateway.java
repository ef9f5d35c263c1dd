package se.samverka.core.port;

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
}
