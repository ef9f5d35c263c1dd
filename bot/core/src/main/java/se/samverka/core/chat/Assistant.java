package se.samverka.core.chat;

import java.util.List;

/** What a chat adapter asks of the bot: commands, a user's home page, and the roster behind a channel's forms. */
public interface Assistant extends CommandHandler {

    /** The user's own page for a workspace: their open items, coming meetings and groups. Never throws. */
    Reply home(String platform, String workspaceId, ChatUser user);

    /**
     * The channel whose group a direct chat with the bot works on: the chat itself when a group is bound to it
     * (grupp koppla), else a channel of the one group the user is a member of in the workspace; otherwise the
     * chat itself (and a command there is told to bind a group).
     */
    default String directChannel(ConversationRef chat, ChatUser user) {
        return chat.channelId();
    }

    /** Minutes shared as a file in a conversation, to import into its group's history. Never throws. */
    default Reply importMinutes(ConversationRef where, ChatUser user, String fileName, byte[] content) {
        return importMinutes(where, user, SharedFile.of(fileName, content));
    }

    /**
     * Minutes shared as a file, fetched only once the conversation's group and the user's right to import into it
     * are known; a file of a type not read, too big or not fetched is refused with a reply saying so. Never throws.
     */
    default Reply importMinutes(ConversationRef where, ChatUser user, SharedFile file) {
        return Reply.rejected(new Block.Paragraph("Import is not available here."));
    }

    /**
     * Whether the user may act in a channel the platform did not vouch for itself — one carried in a button's value
     * or a form's metadata: the channel (of the user's own workspace) is bound to a group and the user is a member
     * of that group. Unless the engine says so, no.
     */
    default boolean mayActIn(ConversationRef channel, ChatUser user) {
        return false;
    }

    /** The names on the roster of the group bound to the channel (empty when none is); for pickers in forms. */
    List<String> roster(ConversationRef channel);
}
