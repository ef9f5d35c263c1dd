package se.samverka.core.chat;

import java.util.List;

/** What a chat adapter asks of the bot: commands, a user's home page, and the roster behind a channel's forms. */
public interface Assistant extends CommandHandler {

    /** The user's own page for a workspace: their open items, coming meetings and groups. Never throws. */
    Reply home(String platform, String workspaceId, ChatUser user);

    /** The names on the roster of the group bound to the channel (empty when none is); for pickers in forms. */
    List<String> roster(ConversationRef channel);
}
