package se.samverka.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.samverka.core.chat.Reply;
import se.samverka.core.domain.GroupScope;

/** Messages the bot sends on its own, kept until they are sent (or parked after too many failures). */
public interface Outbox {

    /** Where a message goes: a platform's channel, or a user ("user:" + id). */
    record Address(String platform, String workspace, String target) {}

    record Message(long id, GroupScope group, String key, String kind, Address to, Reply body, int attempts) {}

    /** Queues the message unless one with the key is queued or sent already; returns whether it was new. */
    boolean enqueue(GroupScope group, String key, String kind, Address to, Reply body, Instant at);

    /** Pending messages whose time has come, oldest first. */
    List<Message> due(Instant now, int limit);

    void sent(long id, String platformId, Instant at);

    void retry(long id, int attempts, Instant nextTry, String error);

    void park(long id, int attempts, String error);

    boolean exists(String key);

    /** Parked messages of a group (to show the chair). */
    List<Message> parked(GroupScope group);

    Optional<Message> byKey(String key);
}
