package se.samverka.core.port;

import java.util.Objects;
import java.util.Optional;

/**
 * Where the bot can write without being spoken to first (Teams: a service URL and a conversation id, learnt
 * from every activity the bot receives), per workspace and per channel or user.
 */
public interface ConversationReferences {

    /**
     * How to reach a channel or a user.
     *
     * @param serviceUrl      the platform endpoint that serves this conversation
     * @param conversationId  the conversation to post into, when known (a channel, or the user's 1:1 chat)
     * @param platformUserId  the user's id in the chat platform (Teams' 29:… id), for users
     */
    record Ref(String serviceUrl, Optional<String> conversationId, Optional<String> platformUserId) {
        public Ref {
            Objects.requireNonNull(serviceUrl, "serviceUrl");
            Objects.requireNonNull(conversationId, "conversationId");
            Objects.requireNonNull(platformUserId, "platformUserId");
        }
    }

    /** Keeps the newest reference; a reference without a conversation id keeps the one already known. */
    void save(String platform, String workspaceId, String target, Ref ref);

    Optional<Ref> find(String platform, String workspaceId, String target);

    /** The serviceUrl the workspace was last heard from, for reaching someone the bot has no reference for. */
    Optional<String> serviceUrl(String platform, String workspaceId);

    /** The target of a user. */
    static String user(String userId) {
        return "user:" + userId;
    }
}
