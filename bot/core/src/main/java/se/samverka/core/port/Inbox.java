package se.samverka.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.samverka.core.chat.Reply;

/**
 * The commands a platform handed over: each is stored before the platform is told "received", then carried out and
 * answered from here, and whatever a crash left unanswered is carried out and answered after the restart. Every
 * method runs in the caller's transaction.
 */
public interface Inbox {
    /** Replays of one command after restarts before it is given up (a command that crashes the bot stops here). */
    int MAX_ATTEMPTS = 3;

    /**
     * One stored command.
     *
     * @param payload  the command as received and where to answer it, in the adapter's own form
     * @param reply    the reply, once the command is carried out (then only the answer is left)
     * @param attempts how many restarts have taken it up again
     */
    record Entry(long id, String platform, String deliveryId, String payload, Instant receivedAt,
                 Optional<Reply> reply, int attempts) {
        public Entry {
            Objects.requireNonNull(platform, "platform");
            Objects.requireNonNull(deliveryId, "deliveryId");
            Objects.requireNonNull(payload, "payload");
            Objects.requireNonNull(receivedAt, "receivedAt");
            Objects.requireNonNull(reply, "reply");
        }
    }

    /** Stores a command as received; empty when this delivery is stored already (the platform's retry). */
    Optional<Entry> receive(String platform, String deliveryId, String payload, Instant at);

    /**
     * The reply of a command already carried out, read in the transaction that would carry it out: another instance
     * (replaying after a restart) or an earlier run of the same transaction may have done it meanwhile.
     */
    Optional<Reply> doneReply(long id);

    /** The command is carried out: its reply is kept until it is answered. In the command's own transaction. */
    void done(long id, Reply reply);

    /** The reply reached the platform. Entries answered more than a week ago are let go. */
    void answered(long id, Instant at);

    /** Takes back a command that was not accepted after all (the workers were full): a retry may store it again. */
    void forget(long id);

    /** Gives up on a command (replayed {@link #MAX_ATTEMPTS} times), keeping why. */
    void failed(long id, String error);

    /** The platform's commands not yet answered, oldest first, each counted as one more attempt. */
    List<Entry> unanswered(String platform);
}
