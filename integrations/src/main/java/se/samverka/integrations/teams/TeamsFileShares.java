package se.samverka.integrations.teams;

import com.google.gson.JsonObject;
import java.net.URI;
import java.util.Optional;
import se.samverka.core.chat.Assistant;
import se.samverka.core.chat.ChatUser;
import se.samverka.core.chat.ConversationRef;
import se.samverka.core.chat.Reply;

/**
 * Minutes sent to the bot in a Teams personal chat: the message's {@code file.download.info} attachment (Teams sends
 * one once the user has attached a file; the app package says {@code supportsFiles}) is handed to
 * {@link Assistant#importMinutes} for the group of the chat (as a command there would be) — which knows the group and
 * the sender's right to import before {@link TeamsFiles} fetches anything, and reads and imports as
 * {@code samverka import-minutes} does. In a channel or group chat Teams gives a bot no such attachment (a file
 * there is a link in the message's HTML), so the message is read as a command.
 */
final class TeamsFileShares {
    private final Assistant assistant;
    private final TeamsFiles files;

    TeamsFileShares(Assistant assistant, Optional<URI> allowed) {
        this.assistant = assistant;
        this.files = new TeamsFiles(allowed);
    }

    /** The reply to a message with a file, or empty when it carries none. */
    Optional<Reply> importFile(JsonObject activity, TeamsAdapter.Where where, ChatUser user) {
        Optional<TeamsFiles.Shared> shared = TeamsFiles.of(activity);
        if (shared.isEmpty()) return Optional.empty();
        ConversationRef chat = new ConversationRef(TeamsAdapter.PLATFORM, where.tenant(), where.channelId());
        String channel = where.personal() ? assistant.directChannel(chat, user) : where.channelId();
        ConversationRef group = new ConversationRef(TeamsAdapter.PLATFORM, where.tenant(), channel);
        return Optional.of(assistant.importMinutes(group, user, files.fetchable(shared.get())));
    }
}
