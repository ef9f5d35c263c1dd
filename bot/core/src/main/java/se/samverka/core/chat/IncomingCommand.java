package se.samverka.core.chat;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One command as a user typed it after the slash command (or a mention), with where and who.
 *
 * @param text       the command; a mentioned person appears in it as {@code <@USERID>} (or {@code <@USERID|name>})
 * @param mentions   the people mentioned in the text, as the platform knows them
 * @param deliveryId the platform's id of this delivery (event id, trigger id); a second command with the same id
 *                   in the same workspace is a retry and is not carried out again
 */
public record IncomingCommand(ConversationRef conversation, ChatUser user, String text, List<ChatUser> mentions,
                              Optional<String> deliveryId) {
    public IncomingCommand {
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(user, "user");
        text = Objects.requireNonNullElse(text, "").strip();
        mentions = List.copyOf(mentions);
        Objects.requireNonNull(deliveryId, "deliveryId");
    }

    public IncomingCommand(ConversationRef conversation, ChatUser user, String text) {
        this(conversation, user, text, List.of(), Optional.empty());
    }
}
