package se.samverka.core.chat;

import java.util.Objects;

/** One command as a user typed it after the slash command (or a mention), with where and who. */
public record IncomingCommand(ConversationRef conversation, ChatUser user, String text) {
    public IncomingCommand {
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(user, "user");
        text = Objects.requireNonNullElse(text, "").strip();
    }
}
