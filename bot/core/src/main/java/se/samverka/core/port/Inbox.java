package se.samverka.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.samverka.core.chat.Reply;

/**
 * The commands a platform handed over: each is stored before the platform is told "received", then carried out and
 * answered from here, and whatever a crash left unanswered is carried out and answered after the restart. Each open
 * command is claimed by one instance (of several on one database) at a time: the one that stored it, or the one that
 * took it up after its holder died. Every method runs in the caller's transaction.
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

    /**
     * An instance's hold on a command: who ({@code host/process/start}, unique to one run of one process) and when it
     * last said so. Times are real time, not the bot's (possibly rehearsed) clock: they are compared across instances.
     */
    record Claim(String owner, Instant at) {
        public Claim {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * Stores a command as received, claimed by the instance storing it; empty when this delivery is stored already
     * (the platform's retry, on this instance or another).
     */
    Optional<Entry> receive(String platform, String deliveryId, String payload, Instant at, Claim claim);

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

    /** Who holds claims on the platform's commands not yet answered (to tell which holders are gone). */
    List<String> claimants(String platform);

    /**
     * Claims for {@code claim.owner()} the platform's commands not yet answered that nobody holds: unclaimed, claimed
     * last before {@code staleBefore}, or claimed by one of {@code gone} (processes known to have ended). Oldest first,
     * at most {@code limit}, each counted as one more attempt. Of several instances claiming at once, each command
     * goes to one (PostgreSQL: {@code FOR UPDATE SKIP LOCKED}; SQLite has one writer).
     */
    List<Entry> claim(String platform, Claim claim, Instant staleBefore, List<String> gone, int limit);

    /** The owner still holds these commands (those it is carrying out or has queued): their claims renewed to {@code at}. */
    void renew(String owner, List<Long> ids, Instant at);
}
