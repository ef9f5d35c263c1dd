package se.samverka.integrations;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import se.samverka.core.chat.Incident;
import se.samverka.core.chat.Reply;
import se.samverka.core.command.Grammar;
import se.samverka.core.command.Verb;
import se.samverka.core.domain.Lang;
import se.samverka.core.port.Inbox;
import se.samverka.core.port.Transactions;

/**
 * A platform's durable acknowledgement: a command is stored in the {@link Inbox} before the platform is told
 * "received" (one small insert), carried out by the {@link Workers}, its effects and its reply committed in one
 * transaction, then answered. After a restart {@link #replay} takes up what is left: a command not yet carried out
 * is carried out, a reply not yet delivered is delivered.
 *
 * <p>Several instances may share the database. Each stored command is claimed by this {@link Instance} while it is
 * queued or being carried out, and the claim is renewed every {@link #RENEW}; another instance takes it up only
 * when nobody holds it — its holder's process on the same machine has ended, or its claim is older than
 * {@link #STALE} (the holder died elsewhere or lost the database). Every instance looks for such commands every
 * {@link #RENEW}, so a dead instance's commands are carried out by the living without waiting for its restart.
 */
public final class InboxWorkers implements AutoCloseable {
    /** How often an instance renews its claims and looks for commands nobody holds. */
    public static final java.time.Duration RENEW = java.time.Duration.ofSeconds(5);
    /** A claim not renewed for this long is given up as its holder's: six renewals missed. */
    public static final java.time.Duration STALE = RENEW.multipliedBy(6);
    private static final int BATCH = 100;
    private static final System.Logger LOG = System.getLogger(InboxWorkers.class.getName());

    /** What became of a command at its acknowledgement. */
    public enum Accepted { QUEUED, REPEAT, BUSY }

    private final String platform;
    private final Inbox inbox;
    private final Transactions transactions;
    private final Clock clock;
    private final Instance instance;
    private final Clock claims;
    private final Workers workers;
    private final java.util.Set<Long> held = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.ScheduledExecutorService watch;
    private volatile boolean watching;

    /** The workers of this process, its claims in real time. */
    public InboxWorkers(String platform, Inbox inbox, Transactions transactions, Clock clock) {
        this(platform, inbox, transactions, clock, Instance.current(), Clock.systemUTC());
    }

    /**
     * @param clock    the bot's clock (when a command was received; replies say how late they are)
     * @param instance whose claims these are
     * @param claims   real time, for claims other instances compare
     */
    public InboxWorkers(String platform, Inbox inbox, Transactions transactions, Clock clock, Instance instance, Clock claims) {
        this.platform = platform;
        this.inbox = inbox;
        this.transactions = transactions;
        this.clock = clock;
        this.instance = instance;
        this.claims = claims;
        this.workers = new Workers(platform);
        this.watch = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, platform + "-inbox-claims");
            t.setDaemon(true);
            return t;
        });
    }

    private Inbox.Claim claim() {
        return new Inbox.Claim(instance.id(), claims.instant());
    }

    /**
     * The acknowledgement: stores the command, then hands it to a worker. REPEAT for a delivery stored already (the
     * platform's retry: nothing more to do), BUSY when too much is waiting (the command is taken back, not stored).
     */
    public Accepted accept(String deliveryId, String payload, Consumer<Inbox.Entry> work) {
        Optional<Inbox.Entry> entry = transactions.inTransaction(
                () -> inbox.receive(platform, deliveryId, payload, clock.instant(), claim()), e -> true);
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
            Optional<Inbox.Entry> entry = inbox.receive(platform, deliveryId, payload, clock.instant(), claim());
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
        Reply reply = inItsTransaction(entry, text, command);
        if (reply.rejected()) transactions.run(() -> inbox.done(entry.id(), reply));
        return reply;
    }

    /**
     * The command and its reply in one transaction. One that kept losing conflicts with other instances (every retry
     * used) or failed on the way is answered "something went wrong, nothing was saved" with an incident id, and that
     * answer recorded, rather than left in the inbox unanswered.
     */
    private Reply inItsTransaction(Inbox.Entry entry, String text, Supplier<Reply> command) {
        try {
            return transactions.inTransaction(() -> {
                Optional<Reply> already = inbox.doneReply(entry.id()); // by another instance meanwhile: not again
                if (already.isPresent()) return already.get();
                Reply r = command.get();
                if (!r.rejected()) inbox.done(entry.id(), r);
                return r;
            }, r -> !r.rejected()); // a rejected command writes nothing, as on its own
        } catch (RuntimeException e) {
            Lang lang = Grammar.parse(text).map(Grammar.Parsed::lang).orElse(Lang.SV);
            return Incident.reply(platform + " command " + entry.deliveryId() + " failed", lang, e);
        }
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
     * At start: every command of the platform left unanswered that nobody holds is carried out (if it was not) and
     * answered by {@code work}; then every {@link #RENEW} this instance renews its claims and takes up what other
     * instances left ({@link #takeUp}). Returns how many were taken up at start.
     */
    public int replay(Consumer<Inbox.Entry> work) {
        int replayed = takeUp(work);
        if (!watching) {
            watching = true;
            long every = RENEW.toMillis();
            watch.scheduleWithFixedDelay(() -> {
                try {
                    renew();
                    takeUp(work);
                } catch (RuntimeException e) { // the database away for a moment: next time
                    LOG.log(System.Logger.Level.WARNING, platform + " inbox claims: " + e.getMessage());
                }
            }, every, every, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        return replayed;
    }

    /**
     * Claims the commands nobody holds (unclaimed; claimed by a process of this machine that has ended; or claimed
     * longer than {@link #STALE} ago) and hands them to the workers; one replayed {@link Inbox#MAX_ATTEMPTS} times
     * already is given up and logged. Returns how many were handed over.
     */
    public int takeUp(Consumer<Inbox.Entry> work) {
        int replayed = 0;
        for (int batch = BATCH; batch == BATCH; ) {
            Inbox.Claim claim = claim();
            List<Inbox.Entry> taken = transactions.inTransaction(() -> inbox.claim(platform, claim,
                    claim.at().minus(STALE), instance.gone(inbox.claimants(platform)), BATCH), l -> true);
            batch = taken.size();
            for (Inbox.Entry entry : taken) {
                if (entry.attempts() > Inbox.MAX_ATTEMPTS) {
                    LOG.log(System.Logger.Level.ERROR, platform + " command " + entry.deliveryId() + " given up after "
                            + Inbox.MAX_ATTEMPTS + " attempts");
                    transactions.run(() -> inbox.failed(entry.id(), "given up after " + Inbox.MAX_ATTEMPTS + " attempts"));
                } else if (submit(entry, work)) {
                    replayed++;
                } else {
                    batch = 0; // the workers are full: the rest waits for the next look (its claim goes stale)
                }
            }
        }
        if (replayed > 0) LOG.log(System.Logger.Level.INFO, platform + " inbox: " + replayed + " commands taken up");
        return replayed;
    }

    /** Renews the claims of the commands this instance has queued or is carrying out. */
    public void renew() {
        List<Long> ids = List.copyOf(held);
        if (!ids.isEmpty()) transactions.run(() -> inbox.renew(instance.id(), ids, claims.instant()));
    }

    private boolean submit(Inbox.Entry entry, Consumer<Inbox.Entry> work) {
        held.add(entry.id());
        boolean queued = workers.submit(() -> {
            try {
                work.accept(entry);
                transactions.run(() -> inbox.answered(entry.id(), clock.instant()));
            } finally {
                held.remove(entry.id());
            }
        });
        if (!queued) held.remove(entry.id());
        return queued;
    }

    /** Runs work that is not a stored command (opening a form, the home tab): lost in a crash, and harmless so. */
    public boolean submit(Runnable work) {
        return workers.submit(work);
    }

    @Override
    public void close() {
        Workers.shutdown(watch);
        workers.close();
    }
}
