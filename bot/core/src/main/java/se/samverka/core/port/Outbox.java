package se.samverka.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.samverka.core.chat.ConversationRef;
import se.samverka.core.chat.Reply;
import se.samverka.core.domain.GroupScope;

/** Messages the bot sends on its own, kept until they are sent (or parked after too many failures). */
public interface Outbox {
    /** The "platform" of an e-mail: its target is the address ({@link Address#mail}). */
    String MAIL = "mail";

    /** Where a message goes: a platform's channel, or a user ("user:" + id). */
    record Address(String platform, String workspace, String target) {
        private static final String USER = "user:";

        public static Address user(String platform, String workspace, String userId) {
            return new Address(platform, workspace, USER + userId);
        }

        /** An e-mail to the address, for the group of the workspace. */
        public static Address mail(String workspace, String email) {
            return new Address(MAIL, workspace, email);
        }

        public boolean toUser() {
            return target.startsWith(USER);
        }

        /** The user's id, for a direct message. */
        public String userId() {
            return target.substring(USER.length());
        }

        /** The channel, for a message to a channel. */
        public ConversationRef channel() {
            return new ConversationRef(platform, workspace, target);
        }
    }

    /**
     * A queued message; {@code attempted} is when a first attempt to send it began (a pending message that has one
     * may have reached the platform before the process died).
     */
    record Message(long id, GroupScope group, String key, String kind, Address to, Reply body, int attempts,
                   Optional<Instant> attempted) {}

    /** Queues the message unless one with the key is queued or sent already; returns whether it was new. */
    boolean enqueue(GroupScope group, String key, String kind, Address to, Reply body, Instant at);

    /** Pending messages whose time has come, oldest first. */
    List<Message> due(Instant now, int limit);

    /** Notes that an attempt to send begins (kept from the first attempt on). */
    void attempting(long id, Instant at);

    void sent(long id, String platformId, Instant at);

    void retry(long id, int attempts, Instant nextTry, String error);

    void park(long id, int attempts, String error);

    boolean exists(String key);

    /** Whether any message's key starts with the prefix ("round-ask:12:"). */
    boolean anyWithPrefix(String prefix);

    /** Parked messages of a group (to show the chair). */
    List<Message> parked(GroupScope group);

    Optional<Message> byKey(String key);
}
