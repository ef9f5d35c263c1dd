package se.samverka.integrations;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import se.samverka.core.chat.Reply;
import se.samverka.core.command.Grammar;
import se.samverka.core.command.Verb;
import se.samverka.core.port.Inbox;
import se.samverka.core.port.Transactions;

/**
 * A platform's durable acknowledgement: a command is stored in the {@link Inbox} before the platform is told
 * "received" (one small insert), carried out by the {@link Workers}, its effects and its reply committed in one
 * transaction, then answered. After a restart {@link #replay} takes up what is left: a command not yet carried out
 * is carried out, a reply not yet delivered is delivered.
 */
public final class InboxWorkers implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(InboxWorkers.class.getName());

    /** What became of a command at its acknowledgement. */
    public enum Accepted { QUEUED, REPEAT, BUSY }

    private final String platform;
    private final Inbox inbox;
    private final Transactions transactions;
    private final Clock clock;
    private final Workers workers;

    public InboxWorkers(String platform, Inbox inbox, Transactions transactions, Clock clock) {
        this.platform = platform;
        this.inbox = inbox;
        this.transactions = transactions;
        this.clock = clock;
        this.workers = new Workers(platform);
    }

    /**
     * The acknowledgement: stores the command, then hands it to a worker. REPEAT for a delivery stored already (the
     * platform's retry: nothing more to do), BUSY when too much is waiting (the command is taken back, not stored).
     */
    public Accepted accept(String deliveryId, String payload, Consumer<Inbox.Entry> work) {
        Optional<Inbox.Entry> entry = transactions.inTransaction(
                () -> inbox.receive(platform, deliveryId, payload, clock.instant()), e -> true);
        if (entry.isEmpty()) return Accepted.REPEAT;
        if (submit(entry.get(), work)) return Accepted.QUEUED;
        transactions.run(() -> inbox.forget(entry.get().id()));
        return Accepted.BUSY;
    }

    /**
     * A command carried out and answered before its acknowledgement (a Slack form): stored only with its effects, as
     * done, so that its answer survives a crash; a rejected one is not stored (the form shows what is wrong).
     */
    public Reply carryOutNow(String deliveryId, String payload, Supplier<Reply> command, Consumer<Inbox.Entry> answer) {
        Done done = transactions.inTransaction(() -> {
            Reply r = command.get();
            if (r.outcome() != Reply.Outcome.DONE) return new Done(r, Optional.empty());
            Optional<Inbox.Entry> entry = inbox.receive(platform, deliveryId, payload, clock.instant());
            entry.ifPresent(e -> inbox.done(e.id(), r));
            return new Done(r, entry.map(e -> new Inbox.Entry(e.id(), e.platform(), e.deliveryId(), e.payload(),
                    e.receivedAt(), Optional.of(r), e.attempts())));
        }, d -> d.reply().outcome() == Reply.Outcome.DONE);
        done.entry().ifPresent(e -> submit(e, answer));
        return done.reply();
    }

    private record Done(Reply reply, Optional<Inbox.Entry> entry) {}

    /**
     * Carries out a stored command: its reply is recorded in the command's own transaction, so that a crash leaves
     * either nothing done (carried out on replay) or the effects with the reply (only answered on replay). A command
     * that asks another service before its transaction ({@code medlem importera}) is recorded just after.
     */
    public Reply carryOut(Inbox.Entry entry, String text, Supplier<Reply> command) {
        if (entry.reply().isPresent()) return entry.reply().get();
        if (!atomic(text)) return recorded(entry, command.get());
        Reply reply = transactions.inTransaction(() -> {
            Optional<Reply> already = inbox.doneReply(entry.id()); // by another instance meanwhile: not again
            if (already.isPresent()) return already.get();
            Reply r = command.get();
            if (!r.rejected()) inbox.done(entry.id(), r);
            return r;
        }, r -> !r.rejected()); // a rejected command writes nothing, as on its own
        if (reply.rejected()) transactions.run(() -> inbox.done(entry.id(), reply));
        return reply;
    }

    /** Records the reply of what was carried out outside a transaction (a file import, a home page). */
    public Reply recorded(Inbox.Entry entry, Reply reply) {
        transactions.run(() -> inbox.done(entry.id(), reply));
        return reply;
    }

    /** Whether the command can run inside the transaction that records its reply (holding no lock over the network). */
    static boolean atomic(String text) {
        return Grammar.parse(text).map(p -> p.verb() != Verb.MEMBER_IMPORT).orElse(true);
    }

    /**
     * After a restart: every command of the platform left unanswered is carried out (if it was not) and answered by
     * {@code work}; one replayed {@link Inbox#MAX_ATTEMPTS} times already is given up and logged. Returns how many.
     */
    public int replay(Consumer<Inbox.Entry> work) {
        List<Inbox.Entry> left = transactions.inTransaction(() -> inbox.unanswered(platform), l -> true);
        int replayed = 0;
        for (Inbox.Entry entry : left) {
            if (entry.attempts() > Inbox.MAX_ATTEMPTS) {
                LOG.log(System.Logger.Level.ERROR, platform + " command " + entry.deliveryId() + " given up after "
                        + Inbox.MAX_ATTEMPTS + " restarts");
                transactions.run(() -> inbox.failed(entry.id(), "given up after " + Inbox.MAX_ATTEMPTS + " restarts"));
            } else if (submit(entry, work)) {
                replayed++;
            }
        }
        if (!left.isEmpty()) LOG.log(System.Logger.Level.INFO, platform + " inbox: " + replayed + " commands taken up again");
        return replayed;
    }

    private boolean submit(Inbox.Entry entry, Consumer<Inbox.Entry> work) {
        return workers.submit(() -> {
            work.accept(entry);
            transactions.run(() -> inbox.answered(entry.id(), clock.instant()));
        });
    }

    /** Runs work that is not a stored command (opening a form, the home tab): lost in a crash, and harmless so. */
    public boolean submit(Runnable work) {
        return workers.submit(work);
    }

    @Override
    public void close() {
        workers.close();
    }
}
