package se.samverka.integrations.teams;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Optional;
import se.samverka.core.chat.Block;
import se.samverka.core.chat.ConversationRef;
import se.samverka.core.chat.Reply;
import se.samverka.core.port.ChatGateway;
import se.samverka.core.port.ConversationReferences;
import se.samverka.core.port.DeliveryException;
import se.samverka.core.port.Store;

/**
 * Messages to Teams without being asked (proactive): into a channel or to one person, through the Bot Connector
 * at the serviceUrl stored when the bot last heard from that channel or person. A person the bot has no chat with
 * yet gets one opened (the bot must be installed for them, or in a team they are in); one it has never heard from
 * is addressed by their directory (AAD object) id, which Teams accepts within the tenant.
 */
public final class TeamsGateway implements ChatGateway {
    private final BotConnector connector;
    private final Store store;
    private final String appId;

    TeamsGateway(BotConnector connector, Store store, String appId) {
        this.connector = connector;
        this.store = store;
        this.appId = appId;
    }

    @Override
    public String post(ConversationRef channel, Reply message) {
        ConversationReferences.Ref ref = find(channel.workspaceId(), channel.channelId())
                .orElseThrow(() -> unknown("channel " + channel.channelId()));
        return send(ref.serviceUrl(), ref.conversationId().orElse(channel.channelId()), Optional.empty(), message);
    }

    @Override
    public String direct(String workspaceId, String userId, Reply message) {
        String target = ConversationReferences.user(userId);
        // someone the bot has not heard from is reached by their directory id at the tenant's serviceUrl
        ConversationReferences.Ref ref = find(workspaceId, target).or(() -> store.transactions().inTransaction(
                () -> store.conversations().serviceUrl(TeamsAdapter.PLATFORM, workspaceId), r -> true)
                .map(url -> new ConversationReferences.Ref(url, Optional.empty(), Optional.empty())))
                .orElseThrow(() -> unknown("user " + userId));
        String conversation = ref.conversationId().orElseGet(() -> {
            JsonObject parameters = new JsonObject();
            parameters.addProperty("isGroup", false);
            parameters.addProperty("tenantId", workspaceId);
            parameters.add("bot", account("28:" + appId));
            JsonArray members = new JsonArray();
            members.add(account(ref.platformUserId().orElse(userId)));
            parameters.add("members", members);
            JsonObject tenant = new JsonObject();
            tenant.addProperty("id", workspaceId);
            JsonObject channelData = new JsonObject();
            channelData.add("tenant", tenant);
            parameters.add("channelData", channelData);
            String id = connector.createConversation(ref.serviceUrl(), parameters);
            store.transactions().run(() -> store.conversations().save(TeamsAdapter.PLATFORM, workspaceId, target,
                        new ConversationReferences.Ref(ref.serviceUrl(), Optional.of(id), ref.platformUserId())));
            return id;
        });
        return send(ref.serviceUrl(), conversation, Optional.empty(), message);
    }

    /**
     * Teams lets a bot attach files only through the user's OneDrive (a consent card in 1:1 chats) or SharePoint,
     * so a document is posted as a card that shows its text, under the file's name.
     */
    @Override
    public String upload(ConversationRef channel, String fileName, String title, byte[] content) {
        String text = new String(content, java.nio.charset.StandardCharsets.UTF_8);
        return post(channel, Reply.ok(new Block.Document(title + " (" + fileName + ")", "text/markdown", text)));
    }

    /**
     * An outbox message with files: Teams takes no file from a bot in a channel (see {@link #upload}), so the message
     * alone goes — the justerade minutes reach Teams as a card whose link opens them on the web.
     */
    @Override
    public String send(se.samverka.core.port.Outbox.Address to, Reply message, String key,
                       java.util.List<se.samverka.core.port.MinutesFiles.File> files) {
        return send(to, message, key);
    }

    /** Sends the reply as one activity per card, each under Teams' size limit; returns the id of the first. */
    String send(String serviceUrl, String conversationId, Optional<String> replyTo, Reply reply) {
        String first = "";
        for (JsonObject activity : AdaptiveCards.activities(reply)) {
            String id = connector.send(serviceUrl, conversationId, replyTo, activity);
            if (first.isEmpty()) first = id;
        }
        return first;
    }

    private Optional<ConversationReferences.Ref> find(String workspaceId, String target) {
        return store.transactions().inTransaction(
                () -> store.conversations().find(TeamsAdapter.PLATFORM, workspaceId, target), r -> true);
    }

    private static DeliveryException unknown(String what) {
        return new DeliveryException("Teams has not told the bot where " + what + " is yet (no activity from there)",
                Optional.empty(), null);
    }

    private static JsonObject account(String id) {
        JsonObject a = new JsonObject();
        a.addProperty("id", id);
        return a;
    }
}
